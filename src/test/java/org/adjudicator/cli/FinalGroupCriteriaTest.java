package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The final group's third criterion: the better position in the general table of the first round. */
class FinalGroupCriteriaTest {
    @Test
    void positionInTheGeneralTableDecidesFinalistsLevelOnPointsAndGoalDifference(@TempDir Path dir) throws Exception {
        // General table: Bravo 1st (beats Charlie), Alpha 2nd (draws Charlie). Final group: Alpha and Bravo draw twice.
        Path scenario = dir.resolve("final.yaml");
        Files.writeString(scenario, """
                name: Position decides
                rules: copa-peru-2017
                teams: [{name: Alpha}, {name: Bravo}, {name: Charlie}]
                matches:
                  - {stage: first-round, round: 1, home: Bravo, away: Charlie, score: 1-0, halfTime: 0-0}
                  - {stage: first-round, round: 2, home: Alpha, away: Charlie, score: 1-1, halfTime: 0-0}
                  - {stage: final-group, round: 1, home: Alpha, away: Bravo, score: 2-2}
                  - {stage: final-group, round: 2, home: Bravo, away: Alpha, score: 0-0}
                """);

        Cli.Result result = Cli.run("rank", scenario.toString(), "--table", "Final group");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsSubsequence("   1  Bravo", "   2  Alpha")
                .contains("Bravo ranks above Alpha: level on number of points (2) and goal difference (0); better position "
                        + "in the general table (criterion 3) separates them: Bravo 1, Alpha 2.")
                .contains("rule \"Position in the general table\" (rules/copa-peru-2017/final-group.drl:");
    }

    @Test
    void withoutAGeneralTableTheCriterionCannotBeAppliedAndSaysSo(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("final.yaml");
        Files.writeString(scenario, """
                name: No general table
                rules: copa-peru-2017
                teams: [{name: Alpha}, {name: Bravo}]
                matches:
                  - {stage: final-group, round: 1, home: Alpha, away: Bravo, score: 2-2}
                  - {stage: final-group, round: 2, home: Bravo, away: Alpha, score: 0-0}
                """);

        Cli.Result result = Cli.run("rank", scenario.toString());

        assertThat(result.out()).contains("  1=  Alpha").contains("  1=  Bravo")
                .contains("the general table is not in this scenario (no place in the general table for Alpha");
    }

    @Test
    void anUnknownTableNameListsTheTables() {
        Cli.Result result = Cli.run("rank", "scenarios/copa-peru-2017/national-stage.yaml", "--table", "Final grup");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("--table: no table \"Final grup\" in this scenario; did you mean \"Final group\"? "
                + "(tables: General table, Final group)");
    }
}
