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
        // The 2017 national stage with Atlético Grau 5-2 José Carlos Mariátegui in round 3 of the final group (3-2 played):
        // Binacional and Atlético Grau level on 7 points and +5; Atlético Grau was 1st in the general table, Binacional 2nd.
        // (The final group is ranked only when its entrants are the quarter-final winners: hence the whole competition.)
        String national = Files.readString(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        String played = "home: Atlético Grau, away: José Carlos Mariátegui, score: 3-2}";
        assertThat(national).contains(played);
        Path scenario = dir.resolve("final.yaml");
        Files.writeString(scenario, national.replace(played, "home: Atlético Grau, away: José Carlos Mariátegui, score: 5-2}"));

        Cli.Result result = Cli.run("rank", scenario.toString(), "--table", "Final group");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsSubsequence("   1  Atlético Grau", "   2  Binacional")
                .contains("Atlético Grau ranks above Binacional: level on number of points (7) and goal difference (+5); better "
                        + "position in the general table (criterion 3) separates them: Atlético Grau 1, Binacional 2.")
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
                .contains("the general table is not in this scenario and no place is recorded (no place in the general table for Alpha");
    }

    @Test
    void anUnknownTableNameListsTheTables() {
        Cli.Result result = Cli.run("rank", "scenarios/copa-peru-2017/national-stage.yaml", "--table", "Final grup");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("--table: no table \"Final grup\" in this scenario; did you mean \"Final group\"? "
                + "(tables: General table, Final group)");
    }
}
