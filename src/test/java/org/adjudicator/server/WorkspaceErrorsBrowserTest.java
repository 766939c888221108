package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Errors where the eye is: each kind of bad edit typed in the workspace (a score, a half-time, a
 * penalty shoot-out, an awarded score, a sanction, a withdrawal) is marked at its cell or field,
 * named as an official says it, with the reason and the form expected, the typed text kept; Escape
 * puts back the value before; Enter, Tab and leaving the cell send it; Undo and Reset take it back.
 * Screenshot: target/screenshots/workspace-1280-error-at-cell-en.png.
 */
class WorkspaceErrorsBrowserTest {
    private static final String FINAL = "Binacional v Atlético Grau, final group round 2";
    private static BrowserPage page;

    @BeforeAll
    static void start() throws Exception {
        page = BrowserPage.start("WorkspaceErrorsBrowserTest");
    }

    @AfterAll
    static void stop() throws Exception {
        if (page != null) page.close();
    }

    @BeforeEach
    void open() {
        page.viewport(1280, 800);
        page.open(ServerApiTest.NATIONAL);
    }

    /** A cell of the final group's Binacional v Atlético Grau (0-0, half-time 0-0), its matches opened. */
    private static WebElement finalCell(String field) {
        page.browser.executeScript("document.querySelector('#stage-final-group details.matches').open = true");
        WebElement row = page.browser.findElements(By.cssSelector("#stage-final-group details.matches tr[data-match]")).stream()
                .filter(r -> r.getText().contains("Binacional") && r.getText().contains("Atlético Grau")).findFirst().orElseThrow();
        return row.findElement(By.cssSelector("td[data-field='" + field + "']"));
    }

    private static WebElement typeInto(WebElement cell, String text, CharSequence key) {
        page.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        if (cell.findElements(By.tagName("input")).isEmpty()) cell.click();
        WebElement input = cell.findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        if (key != null) input.sendKeys(key);
        return input;
    }

    private static WebElement errorRow() {
        return page.waiting().until(d -> d.findElements(By.cssSelector("#report tr.cell-error")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static void noErrorRow() {
        page.waiting().until(d -> d.findElements(By.cssSelector("#report tr.cell-error")).isEmpty());
    }

    private static boolean enabled(String id) {
        return page.browser.findElement(By.id(id)).isEnabled();
    }

    @Test
    void aScoreWrittenWithAColonIsMarkedAtItsCellAndEscapeEnterTabUndoAndResetWork() throws Exception {
        WebElement input = typeInto(finalCell("score"), "2:1", Keys.ENTER);
        WebElement error = errorRow();
        assertThat(error.getText()).contains("score of " + FINAL + ": \"2:1\" is not a score", "write HOME-AWAY, e.g. 2-1")
                .doesNotContain("edits.matches", "[0]");
        // At the cell, in view: not a banner at the top of the page.
        assertThat(page.browser.findElement(By.id("error")).isDisplayed()).isFalse();
        Number top = (Number) page.browser.executeScript("return arguments[0].getBoundingClientRect().top", error);
        Number bottom = (Number) page.browser.executeScript("return arguments[0].getBoundingClientRect().bottom", error);
        assertThat(top.doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(bottom.doubleValue()).isLessThanOrEqualTo(800);
        WebElement cell = finalCell("score");
        assertThat(cell.getAttribute("class")).contains("invalid");
        input = cell.findElement(By.tagName("input"));
        assertThat(input.getAttribute("value")).isEqualTo("2:1");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(enabled("undo")).isTrue();
        assertThat(enabled("reset")).isTrue();
        page.screenshot("workspace-1280-error-at-cell-en.png");

        // Escape: the value before, no mark, nothing to undo.
        input.sendKeys(Keys.ESCAPE);
        noErrorRow();
        assertThat(finalCell("score").getText()).isEqualTo("0-0");
        assertThat(enabled("undo")).isFalse();

        // Tab sends it too; corrected in the same cell, Enter re-adjudicates.
        typeInto(finalCell("score"), "2:1", Keys.TAB);
        assertThat(errorRow().getText()).contains("score of " + FINAL);
        typeInto(finalCell("score"), "0-1", Keys.ENTER);
        page.waiting().until(d -> d.findElement(By.id("champion")).getText().equals("Champion: Atlético Grau"));
        noErrorRow();
        assertThat(finalCell("score").getText()).isEqualTo("0-1");

        // Undo after an error takes back the value refused, and only it.
        typeInto(finalCell("score"), "3:3", Keys.ENTER);
        errorRow();
        page.browser.findElement(By.id("undo")).click();
        noErrorRow();
        assertThat(finalCell("score").getText()).isEqualTo("0-1");
        page.browser.findElement(By.id("undo")).click();
        page.waiting().until(d -> d.findElement(By.id("champion")).getText().equals("Champion: Binacional"));

        // Leaving the cell sends it; Reset after an error puts the scenario back as written.
        typeInto(finalCell("score"), "1 : 0", null);
        page.browser.findElement(By.cssSelector("#changes-panel h2")).click();
        errorRow();
        page.browser.findElement(By.id("reset")).click();
        noErrorRow();
        page.waiting().until(d -> finalCell("score").getText().equals("0-0"));
        // The cell shows its value at once; the buttons follow when the page's answer comes back.
        page.waiting().until(d -> !enabled("undo"));
    }

    @Test
    void aHalfTimeWithMoreGoalsThanTheScoreIsMarkedAtItsCell() {
        typeInto(finalCell("halfTime"), "3-0", Keys.ENTER);
        assertThat(errorRow().getText()).contains("half-time score of " + FINAL + ": half-time score 3-0 has more goals than the final score 0-0");
        assertThat(finalCell("halfTime").findElement(By.tagName("input")).getAttribute("value")).isEqualTo("3-0");
    }

    @Test
    void aPenaltyShootOutAfterAFirstLegIsMarkedAtItsCell() {
        WebElement leg = page.browser.findElement(By.cssSelector("#report article.tie[data-tie='Tie R1'] table.legs tr[data-match]"));
        typeInto(leg.findElement(By.cssSelector("td[data-field='penalties']")), "4-3", Keys.ENTER);
        assertThat(errorRow().getText())
                .contains("penalty shoot-out of Asociación Torino v Las Palmas, repechage, tie R1, leg 1: a penalty shoot-out comes after the second leg");
    }

    @Test
    void anAwardedScoreNotWrittenAsAScoreIsMarkedAtItsCell() {
        typeInto(finalCell("awarded"), "3 to 0", Keys.ENTER);
        assertThat(errorRow().getText()).contains("awarded score of " + FINAL + ": \"3 to 0\" is not a score", "HOME-AWAY");
        assertThat(finalCell("awarded").findElement(By.tagName("input")).getAttribute("value")).isEqualTo("3 to 0");
    }

    @Test
    void aSanctionAtAMisspeltStageIsMarkedAtTheStageAndSuggestsTheNearestStage() {
        new Select(page.browser.findElement(By.id("sanction-team"))).selectByValue("Binacional");
        WebElement stage = page.browser.findElement(By.id("sanction-stage"));
        stage.sendKeys("finl group", Keys.ENTER);
        WebElement error = page.waiting().until(d -> d.findElements(By.cssSelector("#sanction-form + .field-error")).stream()
                .findFirst().orElse(null));
        assertThat(error.getText()).contains("the sanction of -3 point(s) on Binacional at stage \"finl group\"", "e.g. stage: final-group")
                .doesNotContain(".yaml:", "first-round\"", "e.g. stage: first-round");
        assertThat(stage.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(stage.getAttribute("value")).isEqualTo("finl group");
        assertThat(page.browser.findElement(By.id("error")).isDisplayed()).isFalse();

        // Corrected where it is: accepted, the mark gone.
        stage.sendKeys(Keys.chord(Keys.CONTROL, "a"), "final-group", Keys.ENTER);
        page.waiting().until(d -> d.findElements(By.cssSelector(".field-error")).isEmpty()
                && d.findElement(By.id("edits")).getText().contains("sanction Binacional -3 @final-group"));
        assertThat(stage.getAttribute("aria-invalid")).isNull();
    }

    @Test
    void aTeamWithdrawnTwiceIsMarkedAtTheWithdrawalsTeam() {
        new Select(page.browser.findElement(By.id("withdraw-team"))).selectByValue("Binacional");
        page.browser.findElement(By.cssSelector("#withdraw-form button")).click();
        page.waiting().until(d -> d.findElement(By.id("edits")).getText().contains("withdrawn: Binacional"));
        page.browser.findElement(By.cssSelector("#withdraw-form button")).click();
        WebElement error = page.waiting().until(d -> d.findElements(By.cssSelector("#withdraw-form + .field-error")).stream()
                .findFirst().orElse(null));
        assertThat(error.getText()).contains("the withdrawal of Binacional: \"Binacional\" is withdrawn twice").doesNotContain(".yaml");
        assertThat(page.browser.findElement(By.id("withdraw-team")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(enabled("undo")).isTrue();
    }
}
