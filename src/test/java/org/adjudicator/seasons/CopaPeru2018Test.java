package org.adjudicator.seasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copa Perú 2018 (rules/copa-peru-2018, built on copa-peru-2017): what distinguishes the season,
 * on its shipped scenario and on the 2017 one read under its rules.
 */
class CopaPeru2018Test {
    @TempDir
    Path dir;

    static final String SCENARIO = "scenarios/copa-peru-2018/national-stage.yaml";

    /** The real case: Piratas FC, 5th, and Defensor Laure Sur, 14th, drew 2-2 and 2-2; Piratas went through. */
    @Test
    void aTieLevelOnAggregateGoesToTheTeamPlacedHigherInTheGeneralTable() {
        Cli.Result result = Cli.run("run", SCENARIO);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Tie O5  Defensor Laure Sur 2-2 Piratas FC (round-of-16, leg 1); Piratas FC 2-2 Defensor Laure Sur (round-of-16, leg 2)")
                .contains("Piratas FC wins on better position in the general table, 5-14, after level aggregate score (4-4), away goals (2-2).  "
                        + "[rule \"Better position in the general table\" (rules/copa-peru-2017/ties.drl:")
                .doesNotContain("Extra time").doesNotContain("on penalty shoot-out");
    }

    @Test
    void theWinnerGoesUpToTheLiga1AndTheSecondAndThirdToThePromotionPlayOff() {
        Cli.Result result = Cli.run("run", SCENARIO);

        assertThat(result.out()).containsSubsequence("== Promotion ==",
                "Piratas FC wins the final group (7 points, goal difference +3; first place decided by number of points) "
                        + "and is promoted to the 2019 Liga 1.",
                "Sport Callao is 2nd in the final group (4 points, goal difference 0) and qualifies for the promotion play-off "
                        + "with the 2nd and 3rd of the 2018 Segunda División.",
                "Sachapuyos is 3rd in the final group (3 points, goal difference 0) and qualifies for the promotion play-off");
    }

    /** Nothing the 2018 set shows says 2017 (but the citations of the rules it inherits, which name their file). */
    @Test
    void nothingItShowsSays2017() {
        String out = Cli.run("run", SCENARIO).out();

        assertThat(out.replace("rules/copa-peru-2017/", "")).doesNotContain("2017").doesNotContain("Torneo Descentralizado");
    }

    /**
     * Two real ties of the round of 16 of 2018 (rpp.pe, November 2018), adjudicated alone with recorded
     * places: Molinos El Pirata 5th and Defensor Laure Sur 14th are in depor.com's report; Alfonso
     * Ugarte's and Alianza Universidad's are not (only that Alfonso Ugarte was top 8 and Alianza
     * Universidad came from the repechage, places 9-24): 6 and 20 stand for them, and any such two
     * places give the same outcome.
     */
    static final String ROUND_OF_16 = """
            name: Copa Perú 2018 - round of 16, two real ties
            rules: copa-peru-2018
            teams: [{name: Alianza Universidad}, {name: Alfonso Ugarte}, {name: Molinos El Pirata}, {name: Defensor Laure Sur}]
            places:
              General table: {Alfonso Ugarte: 6, Alianza Universidad: 20, Molinos El Pirata: 5, Defensor Laure Sur: 14}
            matches:
              - {stage: round-of-16, tie: O1, leg: 1, home: Alianza Universidad, away: Alfonso Ugarte, score: 2-0}
              - {stage: round-of-16, tie: O1, leg: 2, home: Alfonso Ugarte, away: Alianza Universidad, score: 3-1, halfTime: 1-1}
              - {stage: round-of-16, tie: O2, leg: 1, home: Defensor Laure Sur, away: Molinos El Pirata, score: 2-2}
              - {stage: round-of-16, tie: O2, leg: 2, home: Molinos El Pirata, away: Defensor Laure Sur, score: 2-2, halfTime: 0-2}
            """;

    /** Alianza Universidad went through at 3-3 against a top-8 team: away goals come before the general table. */
    @Test
    void awayGoalsComeBeforeTheGeneralTableAsInTheRealRoundOf16() throws Exception {
        Cli.Result result = Cli.run("run", write(ROUND_OF_16));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Alianza Universidad wins on away goals, 1-0, after level aggregate score (3-3).")
                .contains("Molinos El Pirata wins on better position in the general table, 5-14, after level aggregate score (4-4), "
                        + "away goals (2-2): Molinos El Pirata 5th in the general table (recorded in the scenario, not computed); "
                        + "Defensor Laure Sur 14th in the general table (recorded in the scenario, not computed).");
    }

    /** impact names the tie whose winner changes between 2017 and 2018, and why, in the rules' words. */
    @Test
    void impactSaysWhyATiesWinnerChanges() throws Exception {
        Cli.Result result = Cli.run("impact", "--rules", "copa-peru-2017", "--rules", "copa-peru-2018", write(ROUND_OF_16));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 difference(s)\n  winner of Tie O1: Alfonso Ugarte -> Alianza Universidad (level on "
                + "aggregate score, 3-3: Alianza Universidad won on away goals, 1-0; under copa-peru-2017, level on aggregate score, "
                + "3-3: Alfonso Ugarte is placed higher in the general table, 6 against 20)\n");
    }

    private String write(String scenario) throws Exception {
        Path file = dir.resolve("scenario-" + System.nanoTime() + ".yaml");
        Files.writeString(file, scenario);
        return file.toString();
    }

    @Test
    void itsScenarioPassesVerify() {
        Cli.Result result = Cli.run("verify", SCENARIO);

        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).startsWith("PASS " + SCENARIO);
    }
}
