package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;

/**
 * {@code explain --table "Tie R6"} explains a knockout tie as {@code run} decides it: the criteria
 * of a two-legged tie tried in order, each with both teams' figures, to the one that decided it,
 * with its rule cited. (It refused a tie before: "no table \"Tie R6\"".)
 */
class ExplainTieTest {
    static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";

    /**
     * A tie decided by a shoot-out, step by step. The 2017 national stage had one (Tie R6) until its rules
     * gave a level tie to the better placed, without extra time or penalties; Porto v Arsenal (2024) has one.
     */
    @Test
    void aTieIsExplainedCriterionByCriterionAsRunDecidesIt() {
        String scenario = "scenarios/uefa/champions-league-2024-arsenal-porto.yaml";
        Cli.Result result = Cli.run("explain", scenario, "Porto", "Arsenal", "--table", "Tie R16");
        Cli.Result run = Cli.run("run", scenario);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(run.out()).contains("Arsenal wins on penalty shoot-out, 4-2, after level aggregate score (1-1), aggregate after extra time (1-1).");
        assertThat(result.out()).startsWith("Arsenal wins Tie R16 (round-of-16) against Porto.\n")
                .contains("\n  1. Aggregate score (criterion 20.01): Arsenal 1, Porto 1: level.\n")
                .contains("\n  2. Aggregate after extra time (criterion 20.01): Arsenal 1, Porto 1: level.\n")
                .containsPattern("\n  3\\. Penalty shoot-out \\(criterion 20\\.02\\): Arsenal 4, Porto 2: Arsenal wins\\.\n"
                        + "     rule \"Penalty shoot-out\" \\(rules/uefa-champions-league-2018/tie-criteria\\.drl:\\d+\\)\n");
    }

    /** Without --table, two teams who share no league table and met in one tie: that tie. */
    @Test
    void theirTieIsTakenWhenNoTableHoldsThemBoth() {
        Cli.Result result = Cli.run("explain", "scenarios/uefa/champions-league-2019-tottenham-ajax.yaml", "Ajax", "Tottenham Hotspur");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Tottenham Hotspur wins Tie SF2 (semi-finals) against Ajax.\n")
                .contains("\n  2. Away goals (criterion 20.01): Tottenham Hotspur 3, Ajax 1: Tottenham Hotspur wins.\n");
    }

    @Test
    void aTieThatIsNotInTheScenarioIsNamedWithTheTablesAndTies() {
        Cli.Result result = Cli.run("explain", NATIONAL, "ADT", "Deportivo Maldonado", "--table", "Tie R66");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("--table: no table or tie \"Tie R66\" in this scenario; did you mean \"Tie R6\"?")
                .contains("Tie R1");
    }

    @Test
    void aTeamNotInTheTieIsNamed() {
        Cli.Result result = Cli.run("explain", NATIONAL, "ADT", "Binacional", "--table", "Tie R6");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).endsWith("\"Binacional\" is not in Tie R6 (ADT against Deportivo Maldonado); choose another table or tie with --table");
    }
}
