package org.adjudicator.seasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Puntos relativos (rules/copa-peru-2018/criteria.drl): the points a team took from each rival times
 * that rival's points in the table, summed. A small table worked out by hand: José Gálvez 6 points,
 * Sachapuyos and Unión Santo Domingo 4, Saposoa 3.
 * <ul>
 * <li>Sachapuyos: 3 from José Gálvez x 6 + 1 from Unión Santo Domingo x 4 + 0 from Saposoa x 3 = 22;</li>
 * <li>Unión Santo Domingo: 1 from Sachapuyos x 4 + 3 from Saposoa x 3 + 0 from José Gálvez x 6 = 13,
 *     but a better goal difference (+2 against +1).</li>
 * </ul>
 */
class RelativePointsTest {
    @TempDir
    Path dir;

    static final String TABLE = """
            name: Relative points, a small table
            rules: copa-peru-2019
            teams: [{name: Unión Santo Domingo}, {name: Sachapuyos}, {name: Saposoa}, {name: José Gálvez}]
            matches:
              - {stage: first-round, round: 1, home: Unión Santo Domingo, away: Saposoa, score: 3-0}
              - {stage: first-round, round: 1, home: Sachapuyos, away: José Gálvez, score: 2-0}
              - {stage: first-round, round: 2, home: José Gálvez, away: Unión Santo Domingo, score: 1-0}
              - {stage: first-round, round: 2, home: Saposoa, away: Sachapuyos, score: 1-0}
              - {stage: first-round, round: 3, home: Unión Santo Domingo, away: Sachapuyos, score: 0-0}
              - {stage: first-round, round: 3, home: José Gálvez, away: Saposoa, score: 3-0}
            """;

    /** 2019: points, then puntos relativos, before goal difference; the figure shown so an official can check it. */
    @Test
    void in2019RelativePointsComeRightAfterPointsAndShowHowTheyAreWorkedOut() throws Exception {
        Cli.Result result = Cli.run("explain", write(TABLE), "Sachapuyos", "Unión Santo Domingo");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("""
                Sachapuyos (2nd) stands above Unión Santo Domingo (3rd).
                  1. Number of points (criterion 1): Sachapuyos 4, Unión Santo Domingo 4: level.
                  2. Relative points: Sachapuyos 22, Unión Santo Domingo 13: Sachapuyos above.
                     Sachapuyos 22 relative points (3 from José Gálvez x 6 + 1 from Unión Santo Domingo x 4 + 0 from Saposoa x 3); \
                Unión Santo Domingo 13 relative points (1 from Sachapuyos x 4 + 3 from Saposoa x 3 + 0 from José Gálvez x 6).
                     rule "Relative points" (rules/copa-peru-2018/criteria.drl:57)
                """);
    }

    /** 2018: goal difference first; relative points only where it leaves teams level. */
    @Test
    void in2018GoalDifferenceComesFirst() throws Exception {
        Cli.Result result = Cli.run("explain", write(TABLE.replace("copa-peru-2019", "copa-peru-2018")), "Sachapuyos",
                "Unión Santo Domingo");

        assertThat(result.out()).startsWith("Sachapuyos (3rd) stands below Unión Santo Domingo (2nd).")
                .contains("2. Goal difference (criterion 2): Sachapuyos +1, Unión Santo Domingo +2: Unión Santo Domingo above.");
    }

    /** Level on goal difference too (Unión Santo Domingo beats Saposoa 2-0, not 3-0), 2018 comes to relative points. */
    @Test
    void in2018RelativePointsFollowGoalDifference() throws Exception {
        String level = TABLE.replace("copa-peru-2019", "copa-peru-2018")
                .replace("home: Unión Santo Domingo, away: Saposoa, score: 3-0", "home: Unión Santo Domingo, away: Saposoa, score: 2-0");

        Cli.Result result = Cli.run("explain", write(level), "Sachapuyos", "Unión Santo Domingo");

        assertThat(result.out()).contains("2. Goal difference (criterion 2): Sachapuyos +1, Unión Santo Domingo +1: level.")
                .contains("3. Relative points: Sachapuyos 22, Unión Santo Domingo 13: Sachapuyos above.");
    }

    /** A rival's total is its points in the table, a deduction included (a reading): José Gálvez docked 1 counts 5. */
    @Test
    void aRivalsDeductedPointsCountInItsTotal() throws Exception {
        String docked = TABLE + """
                sanctions:
                  - {team: José Gálvez, points: -1, reason: a test, stage: first-round}
                """;

        Cli.Result result = Cli.run("explain", write(docked), "Sachapuyos", "Unión Santo Domingo");

        assertThat(result.out()).contains("Sachapuyos 19 relative points (3 from José Gálvez x 5 + 1 from Unión Santo Domingo x 4 "
                + "+ 0 from Saposoa x 3); Unión Santo Domingo 13 relative points (1 from Sachapuyos x 4 + 3 from Saposoa x 3 + 0 from "
                + "José Gálvez x 5).");
    }

    private String write(String scenario) throws Exception {
        Path file = dir.resolve("scenario-" + System.nanoTime() + ".yaml");
        Files.writeString(file, scenario);
        return file.toString();
    }
}
