package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace's page in a real browser, as an official uses it: Debian's headless Chromium
 * driven through Debian's chromedriver (named explicitly: no driver is ever downloaded). Without
 * Chromium the test is skipped with one line saying how to install it. Screenshots go to
 * target/screenshots/.
 */
class WorkspaceBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path DOWNLOADS = Path.of("target/browser-downloads").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static WebServer.Running server;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println("WorkspaceBrowserTest skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                    + "; install them with: apt-get install -y chromium chromium-driver");
        }
        assumeTrue(present, "Chromium and chromedriver are not installed (apt-get install -y chromium chromium-driver)");
        server = Cli.bean(WebServer.class).start(Workspace.of(List.of(Path.of("scenarios")), Path.of("rules")), "127.0.0.1", 0);
        deleteTree(DOWNLOADS);
        Files.createDirectories(DOWNLOADS);
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("adjudicator-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1500,1000", "--lang=en-US", "--user-data-dir=" + profile);
        // A browser in English, whatever the machine's locale: the page follows the browser's language.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (profile != null) deleteTree(profile);
    }

    private static WebDriverWait waiting() {
        // The page re-renders its report after each answer: an element read while it is replaced is read again.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static String text(String css) {
        return waiting().until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anOfficialAdjudicatesExplainsEditsUndoesSwitchesTheSetAndDownloads() throws Exception {
        browser.get(server.address() + "?scenario=" + ServerApiTest.NATIONAL);
        By general = By.cssSelector("#report table.standings[data-table='General table'] tbody tr");
        waiting().until(d -> d.findElements(general).size() == 50);
        List<WebElement> zones = browser.findElements(By.cssSelector("#report table[data-table='General table'] td.zone"));
        assertThat(zones.stream().filter(z -> z.getText().equals("round of 16")).count()).isEqualTo(8);
        assertThat(zones.stream().filter(z -> z.getText().equals("repechage")).count()).isEqualTo(16);
        assertThat(browser.findElements(By.cssSelector("#report table[data-table='General table'] tr.z0"))).hasSize(8);
        assertThat(text("#champion")).isEqualTo("Champion: Binacional");
        screenshot("workspace-before.png");

        // A tie-break, explained on a click, then its rule's DRL text on a further click.
        WebElement first = browser.findElements(general).get(0);
        first.findElement(By.cssSelector("td.decided summary")).click();
        WebElement why = first.findElement(By.cssSelector("td.decided .why"));
        assertThat(why.isDisplayed()).isTrue();
        assertThat(why.getText()).contains("Atlético Grau ranks above Binacional", "goal difference", "rule \"Goal difference\"");
        why.findElement(By.cssSelector("cite.rule")).click();
        waiting().until(d -> d.findElement(By.id("rule-dialog")).isDisplayed());
        assertThat(text("#rule-text")).contains("rule \"Goal difference\"");
        browser.findElement(By.cssSelector("#rule-dialog button")).click();

        // A final-group score edited in place: Atlético Grau becomes champion.
        WebElement finalGroup = browser.findElement(By.id("stage-final-group"));
        finalGroup.findElement(By.cssSelector("details.matches summary")).click();
        WebElement match = finalGroup.findElements(By.cssSelector("details.matches tr[data-match]")).stream()
                .filter(r -> r.getText().contains("Binacional") && r.getText().contains("Atlético Grau")).findFirst().orElseThrow();
        match.findElement(By.cssSelector("td[data-field='score']")).click();
        WebElement input = match.findElement(By.cssSelector("td[data-field='score'] input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0-1", Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("champion")).getText().equals("Champion: Atlético Grau"));
        assertThat(browser.findElements(By.cssSelector("#changes li")).stream().map(WebElement::getText))
                .anyMatch(s -> s.startsWith("champion: Binacional -> Atlético Grau"))
                .anyMatch(s -> s.startsWith("Final group: Atlético Grau: 2 -> 1"));
        assertThat(browser.findElements(By.cssSelector("#stage-final-group table.standings tr.changed"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(text("#stage-promotion li.changed")).startsWith("Atlético Grau");
        screenshot("workspace-after-edit.png");

        // Undo: the scenario as written again.
        browser.findElement(By.id("undo")).click();
        waiting().until(d -> d.findElement(By.id("champion")).getText().equals("Champion: Binacional"));
        assertThat(text("#changes")).isEqualTo("Nothing yet: the scenario as written.");

        // Another regulation set: what differs from the scenario's own.
        new Select(browser.findElement(By.id("rules"))).selectByValue("copa-peru-2017-proposal");
        waiting().until(d -> d.findElement(By.cssSelector("#report p.rules")).getText().startsWith("Rules: copa-peru-2017-proposal"));
        assertThat(browser.findElements(By.cssSelector("#changes li.change"))).isNotEmpty();
        // Under the proposal the 2017 knockout ties are not the ones its rules pair: no champion is decided.
        assertThat(text("#champion")).startsWith("No champion");

        // The changed scenario, downloaded, runs with `run` to the same outcome.
        browser.findElement(By.id("download-scenario")).click();
        Path downloaded = DOWNLOADS.resolve("national-stage-whatif.yaml");
        waiting().until(d -> Files.isRegularFile(downloaded) && downloaded.toFile().length() > 0);
        Cli.Result run = Cli.run("run", downloaded.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Cli.Result expected = Cli.run("run", ServerApiTest.NATIONAL, "--rules", "copa-peru-2017-proposal");
        assertThat(run.out()).isEqualTo(expected.out());
        assertThat(run.out()).contains("== Promotion ==  [not decided").doesNotContain("wins the final group");
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
