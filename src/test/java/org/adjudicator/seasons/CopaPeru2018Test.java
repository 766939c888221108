package org.adjudicator.seasons;

import static org.assertj.core.api.Assertions.assertThat;

import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;

/**
 * Copa Perú 2018 (rules/copa-peru-2018, built on copa-peru-2017): what distinguishes the season,
 * on its shipped scenario and on the 2017 one read under its rules.
 */
class CopaPeru2018Test {
    static final String SCENARIO = "scenarios/copa-peru-2018/national-stage.yaml";
    static final String SCENARIO_2017 = "scenarios/copa-peru-2017/national-stage.yaml";

    /** The real case: Piratas FC, 5th, and Defensor Laure Sur, 14th, drew 2-2 and 2-2; Piratas went through. */
    @Test
    void aTieLevelOnAggregateGoesToTheTeamPlacedHigherInTheGeneralTable() {
        Cli.Result result = Cli.run("run", SCENARIO);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Tie O5  Defensor Laure Sur 2-2 Piratas FC (round-of-16, leg 1); Piratas FC 2-2 Defensor Laure Sur (round-of-16, leg 2)")
                .contains("Piratas FC wins on better position in the general table, 5-14, after level aggregate score (4-4).  "
                        + "[rule \"Better position in the general table\" (rules/copa-peru-2018/ties.drl:")
                .doesNotContain("Extra time").doesNotContain("on penalty shoot-out");
    }

    /** 2018 has no shoot-out: one recorded (on a 2017 scenario) decides nothing, and is noted, not refused. */
    @Test
    void aRecordedShootOutDecidesNothing() {
        Cli.Result result = Cli.run("run", SCENARIO_2017, "--rules", "copa-peru-2018");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Deportivo Maldonado wins on better position in the general table, 14-19, after level aggregate score (1-1).")
                .contains("Note: the penalty shoot-out recorded for Tie R6 decides nothing: this regulation has none, and better "
                        + "position in the general table decides the tie (Deportivo Maldonado).");
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

    /** impact names each tie whose winner changes and why, in the rules' words, under both sets. */
    @Test
    void impactSaysWhyATiesWinnerChanges() {
        Cli.Result result = Cli.run("impact", "--rules", "copa-peru-2017", "--rules", "copa-peru-2018", SCENARIO_2017);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("  winner of Tie R6: ADT -> Deportivo Maldonado (level on aggregate score, 1-1: Deportivo Maldonado is placed "
                        + "higher in the general table, 14 against 19; under copa-peru-2017, level on aggregate score, 1-1: ADT won on "
                        + "penalty shoot-out, 4-3)\n")
                .contains("  winner of Tie O8: Las Palmas -> Alfonso Ugarte de Chiclín (level on aggregate score, 1-1: Alfonso Ugarte de "
                        + "Chiclín is placed higher in the general table, 8 against 9; under copa-peru-2017, level on aggregate score, "
                        + "1-1: Las Palmas won on penalty shoot-out, 4-2)\n")
                // a tie that the new pairings no longer call for has no winner to explain
                .contains("  winner of Tie O1: Atlético Grau -> undecided\n");
    }

    @Test
    void itsScenarioPassesVerify() {
        Cli.Result result = Cli.run("verify", SCENARIO);

        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).startsWith("PASS " + SCENARIO);
    }
}
