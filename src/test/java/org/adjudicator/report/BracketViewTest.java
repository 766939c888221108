package org.adjudicator.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;

/** The knockout bracket and the zone legend, in the report {@code run --format html} writes. */
class BracketViewTest {
    private static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";

    @Test
    void theReportDrawsTheKnockoutRoundsAsABracketEachTieWithItsLegsAndWhatDecidedIt() {
        Cli.Result run = Cli.run("run", NATIONAL, "--format", "html");
        assertThat(run.exit()).as(run.err()).isZero();
        String html = run.out();
        int bracket = html.indexOf("<section class=\"stage bracket-view\" id=\"stage-bracket\" data-bracket>");
        assertThat(bracket).isPositive();
        String section = html.substring(bracket, html.indexOf("</section>", bracket));
        // A column a knockout stage, in the regulation's order; the final group is a table, not a round.
        assertThat(section).containsSubsequence("data-stage=\"repechage\"", "data-stage=\"round-of-16\"", "data-stage=\"quarter-finals\"")
                .doesNotContain("data-stage=\"final-group\"");
        // Tie R6: ADT 1-0 and 1-1 against Deportivo Maldonado, through on the aggregate score.
        int r6 = section.indexOf("data-tie=\"Tie R6\"");
        String tie = section.substring(r6, section.indexOf("</div>\n<div class=\"bracket-tie", r6));
        assertThat(tie).containsSubsequence("<div class=\"bracket-team winner\" data-team=\"ADT\">",
                "<span class=\"bracket-leg\" title=\"Leg 1\">1</span><span class=\"bracket-leg\" title=\"Leg 2\">1</span>",
                "<div class=\"bracket-team lost\" data-team=\"Deportivo Maldonado\">",
                "<span class=\"bracket-leg\" title=\"Leg 1\">0</span><span class=\"bracket-leg\" title=\"Leg 2\">1</span>",
                "Decided by ", "<cite class=\"rule\"");
    }

    @Test
    void theGeneralTableHasALegendOfItsZoneColours() {
        String html = Cli.run("run", NATIONAL, "--format", "html").out();
        int table = html.indexOf("data-table=\"General table\"");
        int legend = html.indexOf("<p class=\"zone-legend\" data-legend>", table);
        assertThat(legend).isPositive();
        assertThat(html.substring(legend, html.indexOf("</p>", legend))).containsSubsequence(
                "legend-item z0\" data-zone=\"round of 16\"", "legend-item z1\" data-zone=\"repechage\"", "legend-item z2\"");
    }

    @Test
    void inSpanishTheBracketSpeaksAsTheBases() {
        String html = BracketView.html(Cli.bean(org.adjudicator.engine.Adjudicator.class).adjudicate(
                Cli.bean(org.adjudicator.scenario.ScenarioReader.class).read(java.nio.file.Path.of(NATIONAL)), (String) null, false),
                java.util.Set.of(), Messages.SPANISH);
        assertThat(html).contains("<h2>Cuadro de llaves</h2>", "title=\"Partido de ida\"", "title=\"Partido de vuelta\"", "Definida por ");
    }
}
