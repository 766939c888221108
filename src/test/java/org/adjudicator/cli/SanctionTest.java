package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of sanction changes the table as the 2017 rules say, and the output explains it. */
class SanctionTest {
    static final String TEAMS = """
            name: Sanctions
            rules: copa-peru-2017
            teams: [{name: Alpha}, {name: Bravo}, {name: Charlie}, {name: Delta}]
            """;
    static final String MATCHES = """
            matches:
              - {home: Alpha, away: Bravo, score: 2-0, halfTime: 1-0}
              - {home: Bravo, away: Charlie, score: 1-1, halfTime: 0-0%s}
              - {home: Charlie, away: Alpha, score: 0-1, halfTime: 0-0}
              - {home: Delta, away: Alpha, score: 2-0, halfTime: 1-0}
            """;

    @TempDir
    Path dir;

    @Test
    void withoutSanctionsAlphaLeadsOnPoints() throws Exception {
        Cli.Result result = rank(TEAMS + MATCHES.formatted(""));

        assertThat(result.out()).containsSubsequence("   1  Alpha    3  2  0  1   3   2  +1    6", "   2  Delta    1  1  0  0   2   0  +2    3");
    }

    @Test
    void aPointsDeductionLowersThePointsAndSaysWhy() throws Exception {
        Cli.Result result = rank(TEAMS + "sanctions: [{team: Alpha, points: -6, reason: fielded an ineligible player}]\n"
                + MATCHES.formatted(""));

        assertThat(result.out()).containsSubsequence("Adj", "   1  Delta", "   4  Alpha    3  2  0  1   3   2  +1    0   -6")
                .contains("Alpha: 6 point(s) deducted (fielded an ineligible player).  [rule \"A points deduction counts in the table of its stage\"");
    }

    @Test
    void anAwardedScoreReplacesThePlayedOne() throws Exception {
        Cli.Result result = rank(TEAMS + MATCHES.formatted(", awarded: 0-3, reason: Bravo fielded a suspended player"));

        assertThat(result.out()).containsSubsequence("   1  Alpha", "   2  Charlie  2  1  0  1   3   1  +2    3")
                .contains("Bravo v Charlie counts as 0-3 (awarded: Bravo fielded a suspended player), not the 1-1 played.");
    }

    @Test
    void aWithdrawnTeamLeavesTheTableAndItsMatchesAreAnnulled() throws Exception {
        Cli.Result result = rank(TEAMS + "withdrawals: [{team: Delta, reason: excluded}]\n" + MATCHES.formatted(""));

        assertThat(result.out()).containsSubsequence("   1  Alpha    2  2  0  0   3   0  +3    6", "   2  Charlie", "   3  Bravo")
                .doesNotContain("  Delta  ")
                .contains("Delta is withdrawn (excluded): it leaves the table and its 1 match(es) are annulled.");
    }

    private Cli.Result rank(String scenario) throws Exception {
        Path file = dir.resolve("s" + System.nanoTime() + ".yaml");
        Files.writeString(file, scenario);
        Cli.Result result = Cli.run("rank", file.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        return result;
    }
}
