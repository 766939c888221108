package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace's page as a Peruvian official's browser opens it: Chromium asking for Spanish
 * (its {@code Accept-Language} es-PE) gets the page in Spanish, the report, a what-if, an
 * explanation and an error included; the switch to English and back is remembered after a reload.
 * Set up as {@link WorkspaceBrowserTest} (Debian's Chromium and chromedriver; skipped without them).
 * The screenshots of both languages go to target/screenshots/ (copies in src/site/resources/images/).
 */
class WorkspaceSpanishBrowserTest {
    private static final Path SCREENSHOTS = BrowserPage.SCREENSHOTS;
    private static WebServer.Running server;
    private static ChromeDriver browser;
    private static BrowserPage page;

    /**
     * English that gives a Spanish page away: the phrases of the Spanish CLI test (SpanishOutputTest)
     * and the page's own words. Team, scenario and set names are data, left out before looking, as
     * are the rules' names quoted in each citation ({@code regla "Goal difference" (file:line)}).
     */
    static final List<String> ENGLISH = List.of("ranks above", "level on", "separates them", " wins on ", "Tie-breaks",
            "Criteria, in order", "Decided by", "Rules:", "waits for", "[complete]", "Pairings", "Note:", "undecided", "Promotion",
            " meets ", "second leg", "share position", "match(es)", "first round", "Adjustments", "Team", "Zone", "round of 16",
            "repechage", "eliminated", "Goal difference", "Goals scored", " the ", "Tie ", "point(s)", "Champion", "Undo", "Reset",
            "Download", "Changes", "What changed", "Nothing yet", "Sanction", "Withdraw", "Explain", "needs", "Simulate", "runs",
            "seed", "Matches (", "played)", "Leg ", "stands above", "criterion", "is not a score", "scenario's own", "adjudicating");

    /** Parts of the page left out of the check: none (every part speaks Spanish). */
    private static final List<String> NOT_YET_SPANISH = List.of();

    private static final Pattern CITATION = Pattern.compile("regla \"[^\"]*\" \\([^)]*\\)");

    @BeforeAll
    static void start() throws Exception {
        // A browser set to Spanish (Peru): its Accept-Language and navigator.languages say es-PE first.
        page = BrowserPage.start("WorkspaceSpanishBrowserTest", options -> {
            options.addArguments("--lang=es-PE");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-PE,es"));
        });
        server = page.server;
        browser = page.browser;
        // The page itself 1280x800 (a laptop's screen), whatever the window adds around it.
        page.viewport(1280, 800);
    }

    @AfterAll
    static void stop() throws Exception {
        if (page != null) page.close();
    }

    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static String text(String css) {
        return waiting().until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    /** The page's visible text, as the official reads it (document.body.innerText). */
    private static String visibleText() {
        Object hidden = browser.executeScript("const s = arguments[0].map((css) => document.querySelector(css)).filter((e) => e);"
                + "const kept = s.map((e) => e.style.display); s.forEach((e) => { e.style.display = 'none'; });"
                + "const text = document.body.innerText; s.forEach((e, i) => { e.style.display = kept[i]; }); return text;", NOT_YET_SPANISH);
        return String.valueOf(hidden);
    }

    /** No English phrase in what the page shows, the names of teams, scenarios and sets aside. */
    private static void assertSpanish(String when) {
        String text = CITATION.matcher(visibleText()).replaceAll("regla");
        // The names the page shows as they are written: the scenarios' (the select, the heading), the sets', the teams'.
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) browser.executeScript("return [...document.querySelectorAll('#scenario option, #rules option')]"
                + ".map((o) => o.textContent).concat([...document.querySelectorAll('#report h1, td.team, #sanction-team option')]"
                + ".map((e) => e.textContent));");
        for (String name : names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (!name.isBlank()) text = text.replace(name, "·");
        }
        for (String line : text.lines().toList()) {
            for (String english : ENGLISH) {
                assertThat(line).as("the Spanish page " + when + " says English (\"" + english + "\")").doesNotContain(english);
            }
        }
    }

    private static void screenshot(String name) throws Exception {
        browser.executeScript("window.scrollTo(0, 0); document.querySelector('aside.side').scrollTo(0, 0);");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void loaded(String champion) {
        waiting().until(d -> d.findElements(By.cssSelector("#report table.standings[data-table='General table'] tbody tr")).size() == 50
                && d.findElement(By.id("champion")).getText().equals(champion) && d.findElement(By.id("busy")).getAttribute("hidden") != null);
    }

    @Test
    void aBrowserInSpanishGetsTheWholeWorkspaceInSpanishAndTheSwitchIsRemembered() throws Exception {
        browser.get(server.address() + "?scenario=" + ServerApiTest.NATIONAL);
        loaded("Campeón: Binacional");
        assertThat(browser.executeScript("return document.documentElement.lang")).isEqualTo("es");
        assertThat(browser.executeScript("return navigator.languages[0]")).isEqualTo("es-PE");
        assertThat(text("#undo")).isEqualTo("Deshacer");
        assertThat(text("#report table[data-table='General table'] thead tr")).startsWith("Pos Equipo PJ G E P GF GC DG Pts");
        assertThat(browser.findElement(By.cssSelector("#language [data-lang='es']")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElement(By.id("sanction-stage")).getAttribute("placeholder")).isEqualTo("etapa (opcional)");
        assertSpanish("after loading the 2017 national stage");
        assertThat(browser.executeScript("return [window.innerWidth, window.innerHeight].join('x')")).isEqualTo("1280x800");
        screenshot("workspace-es.png");

        // A position explained in the report, then between two teams in the side panel.
        WebElement third = browser.findElements(By.cssSelector("#report table[data-table='General table'] tbody tr")).get(2);
        third.findElement(By.cssSelector("td.decided summary")).click();
        assertThat(third.findElement(By.cssSelector("td.decided .why")).getText())
                .contains("José Carlos Mariátegui queda por encima de Estudiantil CNI: igualados en puntos (15) y en diferencia de goles (+6)");
        new Select(browser.findElement(By.id("explain-a"))).selectByValue("José Carlos Mariátegui");
        new Select(browser.findElement(By.id("explain-b"))).selectByValue("Estudiantil CNI");
        browser.findElement(By.cssSelector("#explain-form button")).click();
        waiting().until(d -> d.findElement(By.id("explain-out")).getText().startsWith("José Carlos Mariátegui (3.º) está por encima"));
        assertSpanish("after an explanation");

        // A what-if: a final-group score edited in place.
        WebElement finalGroup = browser.findElement(By.id("stage-final-group"));
        finalGroup.findElement(By.cssSelector("details.matches summary")).click();
        assertThat(finalGroup.findElement(By.cssSelector("details.matches summary")).getText()).matches("Partidos \\(\\d+, \\d+ jugados\\)");
        WebElement match = finalGroup.findElements(By.cssSelector("details.matches tr[data-match]")).stream()
                .filter(r -> r.getText().contains("Binacional") && r.getText().contains("Atlético Grau")).findFirst().orElseThrow();
        match.findElement(By.cssSelector("td[data-field='score']")).click();
        match.findElement(By.cssSelector("td[data-field='score'] input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "0-1", Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("champion")).getText().equals("Campeón: Atlético Grau"));
        assertThat(text("#edits")).isEqualTo("Binacional v Atlético Grau: resultado 0-1");
        assertThat(browser.findElements(By.cssSelector("#changes li.change"))).isNotEmpty();
        assertSpanish("after a what-if edit");

        // A score the page cannot read: the error, in Spanish.
        WebElement again = browser.findElement(By.id("stage-final-group")).findElements(By.cssSelector("details.matches tr[data-match]")).stream()
                .filter(r -> r.getText().contains("Binacional") && r.getText().contains("Atlético Grau")).findFirst().orElseThrow();
        again.findElement(By.cssSelector("td[data-field='score']")).click();
        again.findElement(By.cssSelector("td[data-field='score'] input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "uno", Keys.ENTER);
        waiting().until(d -> visibleText().contains("\"uno\" no es un resultado; escriba LOCAL-VISITANTE, por ejemplo 2-1"));
        assertSpanish("after an error");

        // To English and back, each remembered after a reload.
        browser.findElement(By.id("reset")).click();
        loaded("Campeón: Binacional");
        browser.findElement(By.cssSelector("#language [data-lang='en']")).click();
        loaded("Champion: Binacional");
        assertThat(text("#undo")).isEqualTo("Undo");
        assertThat(text("#report table[data-table='General table'] thead tr")).startsWith("Pos Team");
        assertThat(browser.executeScript("return document.documentElement.lang")).isEqualTo("en");
        screenshot("workspace-en.png");
        browser.navigate().refresh();
        loaded("Champion: Binacional");
        assertThat(text("#changes")).isEqualTo("Nothing yet: the scenario as written.");
        browser.findElement(By.cssSelector("#language [data-lang='es']")).click();
        loaded("Campeón: Binacional");
        browser.navigate().refresh();
        loaded("Campeón: Binacional");
        assertThat(text("#changes")).isEqualTo("Nada todavía: el escenario tal como está escrito.");
        assertSpanish("after switching back and reloading");
    }

}
