package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a team needs from the second leg of a tie: every score of that leg, adjudicated by the set's own tie criteria. */
class SecondLegNeedsTest {
    @TempDir
    Path dir;

    private Path withoutScore(String scenario, String leg) throws Exception {
        String text = Files.readString(Path.of(scenario));
        String edited = text.replace(leg + ", score: " , leg + ", was: ").replaceAll(", was: [^}]+}", "}");
        assertThat(edited).isNotEqualTo(text);
        String rules = text.replaceAll("(?s).*\\nrules: ([^\\n]+)\\n.*", "$1").strip();
        Path file = dir.resolve(Path.of(scenario).getFileName());
        // Written elsewhere: the rules as a path, and without the expectations of the played scores.
        Files.writeString(file, edited.replace("rules: " + rules, "rules: " + Path.of("rules", rules).toAbsolutePath())
                .replaceAll("(?s)\\nexpect:.*", "\n"));
        return file;
    }

    @Test
    void underThe2017SetALevelAggregateGoesToTheBetterPlacedAndOnlyAWinByThreeTakesTheVisitorsThrough() throws Exception {
        Path scenario = withoutScore("scenarios/copa-peru-2017/national-stage.yaml",
                "tie: Q2, leg: 2, home: Binacional, away: Unión San Martín");

        Cli.Result result = Cli.run("needs", scenario.toString(), "Unión San Martín");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("What Unión San Martín needs from the second leg, Binacional v Unión San Martín")
                .contains("  wins by 3 or more: through (aggregate score) (3-0, 4-1, 5-2")
                .contains("  wins by 2: out (better position in the general table) (2-0, 3-1, 4-2")
                .contains("  wins by 1: out (aggregate score)")
                .contains("  draws: out (aggregate score)");
    }

    @Test
    void underTheChampionsLeague2018SetAwayGoalsDecideALevelAggregate() throws Exception {
        Path scenario = withoutScore("scenarios/uefa/champions-league-2019-tottenham-ajax.yaml",
                "tie: SF2, leg: 2, date: 2019-05-08, home: Ajax, away: Tottenham Hotspur");

        Cli.Result result = Cli.run("needs", scenario.toString(), "Tottenham Hotspur");

        // Ajax won the first leg 1-0 in London: 3-2 in Amsterdam is level on aggregate, Tottenham through on away goals.
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("    3-2: through (away goals)").contains("    1-0: not decided by the 90 minutes")
                .contains("  loses by 1 or more: out (aggregate score)");
    }

    /**
     * Issue 23, item 1 (second legs): after Somos Olímpico's 5-0 in the first leg (Tie D8 repeats the real
     * 5-0, 6-1 of Escuela de Fútbol JTR and Alianza Zorritos between the teams now at those places), the
     * margins are searched until the answer stops changing: 6-1 is out on away goals, and winning by 6 or
     * more takes Alianza Universidad through.
     */
    @Test
    void theMarginsAreSearchedUntilTheAnswerStopsChanging() throws Exception {
        Path scenario = withoutScore("scenarios/copa-peru-2019/national-stage.yaml",
                "tie: D8, leg: 2, home: Alianza Universidad, away: Somos Olímpico");

        Cli.Result result = Cli.run("needs", scenario.toString(), "Alianza Universidad");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("  wins by 6 or more: through (aggregate score) (6-0, 7-1, 8-2, 9-3, 10-4, ..., ")
                .contains("  wins by 5:\n    5-0: through (better position in the general table)\n    6-1: out (away goals)")
                .contains("  wins by 1 to 4: out (aggregate score)")
                .contains("  loses by 1 or more: out (aggregate score)");
    }
}
