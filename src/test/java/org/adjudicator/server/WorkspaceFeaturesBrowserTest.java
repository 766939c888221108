package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 26's features on the page, in Debian's headless Chromium at a laptop's 1280 x 800, as an
 * official uses them: needs on the table after round 4 (the solver, its method named), a knockout
 * tie explained, the bracket with a team's path lit on hover, two sets side by side, and the record
 * of a hearing downloaded. Skipped with one line when Chromium is not installed. Screenshots go to
 * target/screenshots/.
 */
class WorkspaceFeaturesBrowserTest {
    private static final Path DOWNLOADS = Path.of("target/browser-downloads-features").toAbsolutePath();
    private static final Path SCREENSHOTS = BrowserPage.SCREENSHOTS;
    private static final String ROUND_4 = FeaturesApiTest.ROUND_4;
    private static WebServer.Running server;
    private static ChromeDriver browser;
    private static BrowserPage page;

    @BeforeAll
    static void start() throws Exception {
        deleteTree(DOWNLOADS);
        Files.createDirectories(DOWNLOADS);
        page = BrowserPage.start("WorkspaceFeaturesBrowserTest", options -> options.setExperimentalOption("prefs",
                Map.of("download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false)));
        server = page.server;
        browser = page.browser;
    }

    @AfterAll
    static void stop() throws Exception {
        if (page != null) page.close();
    }

    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(180), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static String text(String css) {
        return waiting().until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    /** Opens a scenario and waits for its general table. */
    private static void open(String scenario) {
        browser.manage().window().setSize(new Dimension(1280, 800));
        browser.get(server.address() + "?scenario=" + scenario);
        waiting().until(d -> d.findElements(By.cssSelector("#report table.standings[data-table='General table'] tbody tr")).size() == 50);
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void needsOnTheTableAfterRound4IsAnsweredAndNamesItsMethod() throws Exception {
        open(ROUND_4);
        // The zones as colour bands, with their legend under the table.
        List<WebElement> legend = browser.findElements(By.cssSelector("#report [data-legend] .legend-item"));
        assertThat(legend.stream().map(WebElement::getText)).containsExactly("round of 16", "repechage", "eliminated");
        assertThat(browser.findElements(By.cssSelector("#report table[data-table='General table'] tr.z2"))).isNotEmpty();
        new Select(browser.findElement(By.id("needs-team"))).selectByValue("ADT");
        browser.findElement(By.cssSelector("#needs-form button")).click();
        waiting().until(d -> !d.findElement(By.id("needs-out")).getText().isEmpty());
        String answer = text("#needs-out");
        assertThat(answer).startsWith("What ADT needs in the General table: 50 match(es) left")
                .contains("Answered by the constraint solver (3^50 outcomes", "Round of 16 (places 1-8):")
                .doesNotContain("raise --limit");
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
        browser.executeScript("document.getElementById('needs-out').scrollIntoView()");
        screenshot("needs-round-4.png");
    }

    @Test
    void aKnockoutTieIsExplainedTheBracketShowsItAndATeamsPathLightsOnHover() throws Exception {
        open(ServerApiTest.NATIONAL);
        // "Why did ADT go through?": the tie offered beside the tables, explained with the rule that decided it.
        new Select(browser.findElement(By.id("explain-table"))).selectByValue("Tie R6");
        new Select(browser.findElement(By.id("explain-a"))).selectByValue("ADT");
        new Select(browser.findElement(By.id("explain-b"))).selectByValue("Deportivo Maldonado");
        browser.findElement(By.cssSelector("#explain-form button")).click();
        waiting().until(d -> d.findElement(By.id("explain-out")).getText().startsWith("ADT wins Tie R6"));
        assertThat(text("#explain-out")).contains("Aggregate score", "rule \"");

        // The bracket: a column a knockout round, each tie with its legs and what decided it.
        WebElement bracket = browser.findElement(By.cssSelector("#report [data-bracket]"));
        assertThat(bracket.findElements(By.cssSelector(".bracket-round")).size()).isGreaterThanOrEqualTo(3);
        WebElement r6 = bracket.findElement(By.cssSelector(".bracket-tie[data-tie='Tie R6']"));
        assertThat(r6.findElements(By.cssSelector(".bracket-team[data-team='ADT'] .bracket-leg"))).hasSize(2);
        assertThat(r6.findElement(By.cssSelector(".bracket-decided")).getText()).startsWith("Decided by ");
        // The bracket's top in view, below the page's toolbar.
        browser.executeScript("window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 80)", bracket);
        // Pointing at ADT (in the round of 16) lights each tie it played, in every round, and nothing else.
        WebElement o1 = bracket.findElement(By.cssSelector(".bracket-round[data-stage='round-of-16'] .bracket-team[data-team='ADT']"));
        new Actions(browser).moveToElement(o1).perform();
        waiting().until(d -> !d.findElements(By.cssSelector("[data-bracket] .bracket-team.path")).isEmpty());
        List<WebElement> lit = browser.findElements(By.cssSelector("[data-bracket] .bracket-team.path"));
        assertThat(lit).hasSizeGreaterThanOrEqualTo(2).allMatch(e -> "ADT".equals(e.getAttribute("data-team")));
        assertThat(lit.stream().map(e -> e.findElement(By.xpath("ancestor::div[@data-stage][1]")).getAttribute("data-stage")))
                .containsExactly("repechage", "round-of-16");
        screenshot("bracket.png");
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("#report h1"))).perform();
        waiting().until(d -> d.findElements(By.cssSelector("[data-bracket] .bracket-team.path")).isEmpty());
    }

    @Test
    void twoSetsSideBySideShowTheirDifferences() throws Exception {
        open(ServerApiTest.NATIONAL);
        new Select(browser.findElement(By.id("compare-set"))).selectByValue("copa-peru-2017-proposal");
        browser.findElement(By.id("compare-button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#compare-view .compare-changes li")).isEmpty());
        List<WebElement> sides = browser.findElements(By.cssSelector("#compare-view .compare-side"));
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).getAttribute("data-rules")).isEqualTo("copa-peru-2017");
        assertThat(sides.get(1).getAttribute("data-rules")).isEqualTo("copa-peru-2017-proposal");
        assertThat(text("#compare-view .compare-summary")).matches("\\d+ difference\\(s\\) from copa-peru-2017 to copa-peru-2017-proposal:");
        // The differences marked on both sides, side by side in one screen's width.
        assertThat(sides.get(0).findElements(By.cssSelector(".changed"))).isNotEmpty();
        assertThat(sides.get(1).findElements(By.cssSelector(".changed"))).isNotEmpty();
        assertThat(sides.get(1).getRect().getX()).isGreaterThan(sides.get(0).getRect().getX() + sides.get(0).getRect().getWidth() - 5);
        // The page's own report keeps its ids: no copy steals them.
        assertThat(browser.findElements(By.id("stage-final-group"))).hasSize(1);
        browser.executeScript("document.querySelector('#compare-view .compare-sides').scrollIntoView()");
        screenshot("side-by-side.png");
    }

    @Test
    void theRecordOfAHearingIsDownloadedWithTheReasonsEntered() throws Exception {
        open(ServerApiTest.NATIONAL);
        WebElement finalGroup = browser.findElement(By.id("stage-final-group"));
        finalGroup.findElement(By.cssSelector("details.matches summary")).click();
        WebElement match = finalGroup.findElements(By.cssSelector("details.matches tr[data-match]")).stream()
                .filter(r -> r.getText().contains("Binacional") && r.getText().contains("Atlético Grau")).findFirst().orElseThrow();
        match.findElement(By.cssSelector("td[data-field='score']")).click();
        match.findElement(By.cssSelector("td[data-field='score'] input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "0-1", Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("champion")).getText().equals("Champion: Atlético Grau"));
        WebElement reason = waiting().until(d -> d.findElement(By.cssSelector("#edits li input.reason")));
        reason.sendKeys("The referee's report gives the goal to Atlético Grau");
        browser.findElement(By.id("download-hearing")).click();
        Path record = DOWNLOADS.resolve("national-stage-hearing.html");
        waiting().until(d -> Files.isRegularFile(record) && record.toFile().length() > 0);
        String html = Files.readString(record, StandardCharsets.UTF_8);
        assertThat(html).contains("Record of the hearing: Copa Perú 2017", "The result Binacional 0-1 Atlético Grau",
                "Reason given: The referee&#39;s report gives the goal to Atlético Grau", "champion: Binacional -&gt; Atlético Grau",
                "@media print", "data-bracket");
        // The scenario as edited, downloaded: the file's comments kept, the score changed in place.
        browser.findElement(By.id("download-scenario")).click();
        Path scenario = DOWNLOADS.resolve("national-stage-whatif.yaml");
        waiting().until(d -> Files.isRegularFile(scenario) && scenario.toFile().length() > 0);
        List<String> written = Files.readAllLines(Path.of(ServerApiTest.NATIONAL), StandardCharsets.UTF_8);
        assertThat(Files.readAllLines(scenario, StandardCharsets.UTF_8))
                .containsSubsequence(written.stream().filter(l -> l.startsWith("#")).toList());
        // Opened as the official opens it, it reads as a document.
        browser.get(record.toUri().toString());
        assertThat(text("h1")).isEqualTo("Record of the hearing: Copa Perú 2017 - national stage");
        screenshot("hearing-record.png");
        // Printed to PDF as the browser prints it (the print style: one stage a page).
        Pdf pdf = browser.print(new PrintOptions());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(SCREENSHOTS.resolve("hearing-record.pdf"), bytes);
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
