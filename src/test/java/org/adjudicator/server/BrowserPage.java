package org.adjudicator.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace served on a free port and Debian's headless Chromium driving it, as
 * {@link WorkspaceBrowserTest} sets them up, for the browser tests of one concern each. Without
 * Chromium the test is skipped with one line saying how to install it.
 */
final class BrowserPage implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final WebServer.Running server;
    final ChromeDriver browser;
    private final Path profile;

    private BrowserPage(WebServer.Running server, ChromeDriver browser, Path profile) {
        this.server = server;
        this.browser = browser;
        this.profile = profile;
    }

    /** Starts the server and the browser, or skips the test (with a printed reason) when Chromium is not installed. */
    static BrowserPage start(String test) throws Exception {
        return start(test, options -> { });
    }

    /**
     * The same, with {@code more} said to the browser after the usual options: a language
     * ({@code --lang=es-PE} and its {@code intl.accept_languages}), a download folder.
     */
    static BrowserPage start(String test, java.util.function.Consumer<ChromeOptions> more) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println(test + " skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                    + "; install them with: apt-get install -y chromium chromium-driver");
        }
        assumeTrue(present, "Chromium and chromedriver are not installed (apt-get install -y chromium chromium-driver)");
        WebServer.Running server = Cli.bean(WebServer.class).start(Workspace.of(List.of(Path.of("scenarios")), Path.of("rules")), "127.0.0.1", 0);
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory("adjudicator-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--user-data-dir=" + profile);
        more.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new BrowserPage(server, new ChromeDriver(service, options), profile);
    }

    /** The page's viewport made width x height (the window's frame, if any, added). */
    void viewport(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        long w = (Long) browser.executeScript("return window.innerWidth");
        long h = (Long) browser.executeScript("return window.innerHeight");
        if (w != width || h != height) {
            browser.manage().window().setSize(new Dimension(width + (int) (width - w), height + (int) (height - h)));
        }
    }

    /** Opens a scenario and waits for its report. */
    void open(String scenario) {
        browser.get(server.address() + "?scenario=" + scenario);
        waiting().until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#report section.stage")).isEmpty()
                && d.findElement(org.openqa.selenium.By.id("busy")).getAttribute("hidden") != null);
    }

    WebDriverWait waiting() {
        // The page re-renders its report after each answer: an element read while it is replaced is read again.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws Exception {
        browser.quit();
        server.close();
        try (Stream<Path> walk = Files.walk(profile)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
