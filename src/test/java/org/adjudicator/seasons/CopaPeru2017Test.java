package org.adjudicator.seasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copa Perú 2017 (rules/copa-peru-2017): a two-legged tie level on aggregate goes to the team better
 * placed in the general table, on the real case; a knockout round adjudicated alone with the places
 * it records; and the order of the legs left to the better-placed team.
 */
class CopaPeru2017Test {
    @TempDir
    Path dir;

    /**
     * The real quarter-final (El Regional de Piura, report 24500): José María Arguedas 4-0 Atlético
     * Grau, Atlético Grau 4-0 José María Arguedas; no away goal, no shoot-out; Grau through on its
     * place. The places are the shipped 2017 scenario's (synthetic); Grau was the better placed
     * (it chose to play the first leg away, vives.futbol report 161400).
     */
    static final String QUARTER_FINAL = """
            name: Copa Perú 2017 - quarter-final Q1
            rules: copa-peru-2017
            teams: [{name: Atlético Grau}, {name: José María Arguedas}]
            places:
              General table: {Atlético Grau: 1, José María Arguedas: 12}
            matches:
              - {stage: quarter-finals, tie: Q1, leg: 1, home: José María Arguedas, away: Atlético Grau, score: 4-0}
              - {stage: quarter-finals, tie: Q1, leg: 2, home: Atlético Grau, away: José María Arguedas, score: 4-0, halfTime: 1-0}
            """;

    @Test
    void theRealQuarterFinalLevelAt4To4GoesToTheBetterPlacedWithoutAShootOut() throws Exception {
        Cli.Result result = Cli.run("run", write(QUARTER_FINAL));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Atlético Grau wins on better position in the general table, 1-12, after level aggregate score (4-4): "
                        + "Atlético Grau 1st in the general table (recorded in the scenario, not computed); José María Arguedas "
                        + "12th in the general table (recorded in the scenario, not computed).")
                .doesNotContain("enalt").doesNotContain("Note:");
    }

    @Test
    void theBetterPlacedTeamMayPlayEitherLegAtHome() throws Exception {
        String swapped = QUARTER_FINAL
                .replace("leg: 1, home: José María Arguedas, away: Atlético Grau", "leg: 1, home: Atlético Grau, away: José María Arguedas")
                .replace("leg: 2, home: Atlético Grau, away: José María Arguedas", "leg: 2, home: José María Arguedas, away: Atlético Grau");

        Cli.Result result = Cli.run("run", write(swapped));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Atlético Grau 4-0 José María Arguedas (quarter-finals, leg 1)")
                .contains("Atlético Grau wins on better position in the general table, 1-12")
                .doesNotContain("Note:").doesNotContain("second leg");
    }

    @Test
    void theShippedNationalStageHoldsTheRealQuarterFinal() {
        Cli.Result result = Cli.run("run", "scenarios/copa-peru-2017/national-stage.yaml");

        assertThat(result.out()).contains("Atlético Grau wins on better position in the general table, 1-12, after level "
                + "aggregate score (4-4).  [rule \"Better position in the general table\" (rules/copa-peru-2017/ties.drl:");
    }

    /** 2017 has no shoot-out: one recorded (a scenario written for another season) decides nothing, and is noted, not refused. */
    @Test
    void aRecordedShootOutDecidesNothing() throws Exception {
        Cli.Result result = Cli.run("run", write(QUARTER_FINAL.replace("score: 4-0, halfTime: 1-0}", "score: 4-0, penalties: 3-4}")));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Note: the penalty shoot-out recorded for Tie Q1 decides nothing: this regulation has none, "
                + "and better position in the general table decides the tie (Atlético Grau).");
    }

    @Test
    void withoutAPlaceALevelTieIsUndecidedAndSaysWhy() throws Exception {
        Cli.Result result = Cli.run("run", write(QUARTER_FINAL.replace("""
                places:
                  General table: {Atlético Grau: 1, José María Arguedas: 12}
                """, "")));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Better position in the general table cannot be applied, the general table is not "
                + "in this scenario and no place is recorded (no place in the general table for Atlético Grau; no place in the "
                + "general table for José María Arguedas)");
    }

    @Test
    void aRecordedPlaceOfAnUnknownTeamIsRefusedWithASuggestion() throws Exception {
        Cli.Result result = Cli.run("run", write(QUARTER_FINAL.replace("{Atlético Grau: 1,", "{Atlético Grua: 1,")));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).endsWith(".yaml:5: places.General table: unknown team \"Atlético Grua\"; did you mean "
                + "\"Atlético Grau\"? (teams must be listed under teams:)").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void aPlaceBelowOneIsRefused() throws Exception {
        Cli.Result result = Cli.run("run", write(QUARTER_FINAL.replace("{Atlético Grau: 1,", "{Atlético Grau: 0,")));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).endsWith(".yaml:5: places.General table.Atlético Grau: \"0\" is not a place: places are "
                + "numbered from 1");
    }

    @Test
    void aPlaceRecordedTwiceIsRefused() throws Exception {
        Cli.Result result = Cli.run("run", write(QUARTER_FINAL.replace("{Atlético Grau: 1,", "{Atlético Grau: 12,")));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).endsWith(".yaml:5: places.General table.José María Arguedas: place 12 is recorded for "
                + "both Atlético Grau and José María Arguedas; a shared place is not a recorded one: give each team its own place");
    }

    @Test
    void aScenarioThatPlaysTheGeneralTableCannotRecordItsPlaces() throws Exception {
        String national = Files.readString(Path.of("scenarios/copa-peru-2017/national-stage.yaml"))
                .replaceFirst("\nmatches:\n", "\nplaces:\n  General table: {Atlético Grau: 1}\nmatches:\n");

        Cli.Result result = Cli.run("run", write(national));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains(": places.General table: this scenario plays the first round, so the rules work out the "
                + "general table: remove the recorded places");
    }

    /** The final group alone reads recorded places too, for its last criterion (level on points and goal difference). */
    @Test
    void theFinalGroupAloneReadsRecordedPlaces() throws Exception {
        Cli.Result result = Cli.run("run", write("""
                name: A final group alone
                rules: copa-peru-2017
                teams: [{name: Binacional}, {name: Atlético Grau}]
                places:
                  General table: {Atlético Grau: 1, Binacional: 2}
                matches:
                  - {stage: final-group, round: 1, home: Binacional, away: Atlético Grau, score: 0-0}
                """), "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Better position in the general table (criterion 3) decides positions 1-2: Atlético Grau (1) "
                + "ahead of Binacional (2). Atlético Grau 1st in the general table (recorded in the scenario, not computed); "
                + "Binacional 2nd in the general table (recorded in the scenario, not computed).");
    }

    private String write(String scenario) throws Exception {
        Path file = dir.resolve("scenario-" + System.nanoTime() + ".yaml");
        Files.writeString(file, scenario);
        return file.toString();
    }
}
