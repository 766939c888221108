package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The workspace on a laptop's screen (1280 x 800) and a desktop's (1920 x 1080): every column of
 * every table shown is in view, in the viewport and inside whatever box around it clips, with the
 * matches, the explanations and a simulation opened; an opened explanation wraps instead of being
 * cut; the page itself needs no sideways scroll. Measured in the browser with
 * getBoundingClientRect. Screenshot: target/screenshots/workspace-1280-general-table-en.png.
 */
class WorkspaceLayoutBrowserTest {
    private static BrowserPage page;

    @BeforeAll
    static void start() throws Exception {
        page = BrowserPage.start("WorkspaceLayoutBrowserTest");
    }

    @AfterAll
    static void stop() throws Exception {
        if (page != null) page.close();
    }

    /**
     * The tables whose columns end beyond what can be seen of them: the viewport (less a classic
     * 17 px scroll bar, which headless Chromium does not draw) or a box around them that clips
     * (overflow other than visible). Each as "table: column heading (right edge > visible edge)".
     */
    private static final String COLUMNS_OUT_OF_VIEW = """
            const out = [];
            const root = document.documentElement;
            const viewport = root.clientWidth - (root.clientWidth === window.innerWidth ? 17 : 0);
            for (const table of document.querySelectorAll('table')) {
              const box = table.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || table.closest('[hidden], dialog:not([open])')) continue;
              let left = 0, right = viewport;
              for (let a = table.parentElement; a && a !== root && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') {
                  const r = a.getBoundingClientRect();
                  left = Math.max(left, r.left + a.clientLeft);
                  right = Math.min(right, r.left + a.clientLeft + a.clientWidth);
                }
              }
              const name = table.dataset.table || table.closest('[data-tie]')?.dataset.tie || table.closest('[id]')?.id || table.className;
              for (const row of table.rows) {
                for (let i = 0; i < row.cells.length; i++) {
                  const r = row.cells[i].getBoundingClientRect();
                  if (r.width === 0) continue;
                  if (r.right > right + 0.5 || r.left < left - 0.5) {
                    const head = table.rows[0].cells[Math.min(i, table.rows[0].cells.length - 1)].textContent.trim();
                    const said = name + ' (' + table.className + '): column "' + head + '" ' + Math.round(r.left) + '..' + Math.round(r.right)
                        + ' outside ' + Math.round(left) + '..' + Math.round(right);
                    if (!out.includes(said)) out.push(said);
                  }
                }
              }
            }
            return out.slice(0, 20);
            """;

    /** The opened explanations (and each of their paragraphs) whose text is wider than their box: cut. */
    private static final String EXPLANATIONS_CUT = """
            const out = [];
            const root = document.documentElement;
            for (const why of document.querySelectorAll('details[open] > .why, details[open] > .why p')) {
              const r = why.getBoundingClientRect();
              if (why.scrollWidth > why.clientWidth + 1 || r.right > root.clientWidth + 0.5) {
                out.push(why.textContent.slice(0, 60) + ': scrollWidth ' + why.scrollWidth + ' > clientWidth ' + why.clientWidth
                    + ', right ' + Math.round(r.right));
              }
            }
            return out;
            """;

    @ParameterizedTest(name = "{0} x {1}: {2}")
    @CsvSource({
        "1280, 800, scenarios/copa-peru-2017/national-stage.yaml",
        "1280, 800, scenarios/copa-peru-2017/general-table-after-round-4.yaml",
        "1280, 800, scenarios/copa-peru-2019/national-stage.yaml",
        "1280, 800, scenarios/uefa/champions-league-2019-tottenham-ajax.yaml",
        "1920, 1080, scenarios/copa-peru-2017/national-stage.yaml",
    })
    @SuppressWarnings("unchecked")
    void everyColumnOfEveryTableIsInViewAndExplanationsWrap(int width, int height, String scenario) throws Exception {
        page.viewport(width, height);
        page.open(scenario);
        var browser = page.browser;
        // Everything a table can show opened: the matches of each stage, and explanations of the first table.
        browser.executeScript("document.querySelectorAll('#report details.matches').forEach(d => d.open = true)");
        if (width == 1280 && scenario.contains("2017/national-stage")) {
            browser.executeScript("document.querySelector(\"#report table[data-table='General table']\").scrollIntoView({block: 'start'});"
                    + "window.scrollBy(0, -60)");
            page.screenshot("workspace-1280-general-table-en.png");
        }
        List<WebElement> decided = browser.findElements(By.cssSelector("#report table.standings td.decided details"));
        for (WebElement d : decided.subList(0, Math.min(4, decided.size()))) browser.executeScript("arguments[0].open = true", d);
        if (width == 1280 && scenario.contains("2017/national-stage")) {
            // The longest explanation of the general table too (Defensor Laure Sur's: three criteria).
            browser.executeScript("document.querySelector(\"#report tr[data-team='Defensor Laure Sur'] td.decided details\").open = true");
        }

        List<String> out = (List<String>) browser.executeScript(COLUMNS_OUT_OF_VIEW);
        assertThat(out).as("table columns out of view at %d x %d in %s", width, height, scenario).isEmpty();
        assertThat((List<String>) browser.executeScript(EXPLANATIONS_CUT)).as("explanations cut").isEmpty();
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the page scrolls sideways").isTrue();

        if (width == 1280 && scenario.contains("2017/national-stage")) {
            // A simulation's table, shown where the report's tables are, is in view too.
            browser.findElement(By.id("simulate-runs")).clear();
            browser.findElement(By.id("simulate-runs")).sendKeys("20");
            browser.findElement(By.cssSelector("#simulate-form button")).click();
            page.waiting().until(d -> !d.findElements(By.cssSelector("#simulate-out table.simulation tbody tr")).isEmpty());
            assertThat((List<String>) browser.executeScript(COLUMNS_OUT_OF_VIEW)).as("columns out of view with the simulation").isEmpty();
        }
    }

    @Test
    void printingThePageGivesTheReportWithoutTheTools() {
        page.viewport(1280, 800);
        page.open(ServerApiTest.NATIONAL);
        var browser = page.browser;
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String tool : List.of(".toolbar", "aside.side", "#simulate-out")) {
                assertThat(browser.findElement(By.cssSelector(tool)).isDisplayed()).as(tool + " printed").isFalse();
            }
            WebElement general = browser.findElement(By.cssSelector("#report table[data-table='General table']"));
            assertThat(general.isDisplayed()).isTrue();
            // The report takes the page's whole width: no column kept for the tools.
            Number width = (Number) browser.executeScript("return document.getElementById('report').getBoundingClientRect().width");
            assertThat(width.doubleValue()).isGreaterThan(1200);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
