package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the tool writes from an official's scenario keeps what the official wrote: every comment,
 * the order and the layout, with only the changed values edited (and the entries a what-if adds),
 * and expectations that still hold: {@code verify} passes on the file written.
 */
class WrittenScenarioTest {
    static final Path NATIONAL = Path.of("scenarios/copa-peru-2017/national-stage.yaml");
    static final Path TEAMS = Path.of("scenarios/copa-peru-2017/teams.yaml");

    @Test
    void aWhatIfWritesTheScenarioWithOnlyItsChanges(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("appeal.yaml");

        Cli.Result whatif = Cli.run("whatif", NATIONAL.toString(), "--sanction", "Binacional:-3",
                "--set", "final-group: Binacional 0-3 Atlético Grau", "--out", out.toString());

        assertThat(whatif.exit()).as(whatif.err()).isZero();
        List<String> was = Files.readAllLines(NATIONAL, StandardCharsets.UTF_8);
        List<String> now = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(now.size()).isLessThan(was.size() + 40);
        // Every comment of the original, in its order.
        assertThat(now).containsSubsequence(was.stream().filter(l -> l.contains("#")).toList());
        // Before expect:, the same lines but the one match changed, a comment on top and the sanction added.
        int expectWas = was.indexOf("expect:");
        int expectNow = now.indexOf("expect:");
        List<String> before = new ArrayList<>(now.subList(0, expectNow));
        assertThat(before.get(0)).startsWith("# What-if of national-stage.yaml:");
        before.remove(0);
        int sanctions = before.indexOf("sanctions:");
        assertThat(before.get(sanctions + 1)).isEqualTo("  - {team: Binacional, points: -3, reason: what-if}");
        before.subList(sanctions, sanctions + 2).clear();
        List<String> comments = before.stream().filter(l -> l.startsWith("# expect: brought by") || l.startsWith("#   ")).toList();
        before.removeAll(comments);
        List<String> original = was.subList(0, expectWas);
        assertThat(before).hasSameSizeAs(original);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) if (!original.get(i).equals(before.get(i))) differing.add(original.get(i) + " => " + before.get(i));
        // rules: leads to the same set from the new file's folder.
        assertThat(differing).containsExactly("rules: copa-peru-2017 => rules: " + rulesFrom(dir),
                "  - {stage: final-group, round: 2, date: 2017-12-06, home: Binacional, away: Atlético Grau, "
                + "score: 0-0, halfTime: 0-0} => "
                + "  - {stage: final-group, round: 2, date: 2017-12-06, home: Binacional, away: Atlético Grau, score: 0-3, halfTime: 0-0}");
        // The expectations: brought to the new outcome, with a comment that says what changed.
        assertThat(String.join("\n", now))
                .contains("# expect: brought by `adjudicator whatif` to the outcome with its changes:")
                .contains("#   position of Binacional in the General table: 2 -> 8")
                .contains("General table: {Atlético Grau: 1, Binacional: 8, José Carlos Mariátegui: 2, Estudiantil CNI: 3, Alfonso Ugarte: 4,");
        Cli.Result verify = Cli.run("verify", out.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("PASS ");
    }

    @Test
    void aWhatIfWhoseExpectationsStillHoldKeepsThemAsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("same.yaml");

        // A first-round result that changes no expected position.
        Cli.Result whatif = Cli.run("whatif", NATIONAL.toString(), "--set", "Sachapuyos 1-1 Saposoa", "--out", out.toString());

        assertThat(whatif.exit()).as(whatif.err()).isZero();
        List<String> was = Files.readAllLines(NATIONAL, StandardCharsets.UTF_8);
        List<String> now = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>(was);
        expected.set(was.indexOf("rules: copa-peru-2017"), "rules: " + rulesFrom(dir));
        assertThat(now.subList(1, now.size())).isEqualTo(expected);
        assertThat(Cli.run("verify", out.toString()).out()).startsWith("PASS ");
    }

    /** How a file written to {@code dir} names the shipped set: a path from its folder (a set name would not be found there). */
    private static String rulesFrom(Path dir) {
        return dir.toAbsolutePath().relativize(Path.of("rules/copa-peru-2017").toAbsolutePath()).toString().replace('\\', '/');
    }

    @Test
    void pairWritesTheTeamsFileAsWrittenWithTheMatches(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("fixture.yaml");

        Cli.Result pair = Cli.run("pair", TEAMS.toString(), "--out", out.toString());

        assertThat(pair.exit()).as(pair.err()).isZero();
        List<String> was = Files.readAllLines(TEAMS, StandardCharsets.UTF_8);
        List<String> now = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(now.get(0)).startsWith("# First-round fixture proposed by `adjudicator pair` from teams.yaml");
        int matches = was.indexOf("matches: []");
        List<String> expected = new ArrayList<>(was.subList(0, matches));
        expected.set(was.indexOf("rules: copa-peru-2017"), "rules: " + rulesFrom(dir));
        assertThat(now.subList(1, matches + 1)).isEqualTo(expected);
        assertThat(now.get(matches + 1)).isEqualTo("matches:");
        assertThat(now.get(matches + 2)).startsWith("  - {stage: first-round, round: 1, home: ");
        assertThat(now.subList(now.size() - (was.size() - matches - 1), now.size())).isEqualTo(was.subList(matches + 1, was.size()));
        assertThat(now).hasSize(was.size() + 1 + 150);
        assertThat(Cli.run("verify", out.toString()).out()).startsWith("PASS ");
        assertThat(Cli.run("check-fixtures", out.toString()).exit()).isZero();
    }
}
