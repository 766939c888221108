package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `pair` proposes the first-round fixture: it passes the restrictions, and the same input gives the same file. */
class PairTest {
    static final String TEAMS = "scenarios/copa-peru-2017/teams.yaml";

    @TempDir
    Path dir;

    @Test
    void theProposalPassesCheckFixturesAndIsIdenticalAcrossRuns() throws Exception {
        byte[] input = Files.readAllBytes(Path.of(TEAMS));
        Path first = dir.resolve("first.yaml");
        Path second = dir.resolve("second.yaml");

        Cli.Result one = Cli.run("pair", TEAMS, "--out", first.toString());
        Cli.Result two = Cli.run("pair", TEAMS, "--out", second.toString());

        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out()).contains("75 pairings, 150 matches in 6 rounds")
                .contains("Binacional")
                .containsPattern("Atlético Huracán - Binacional: \\d+ km; for Atlético Huracán the \\d\\w\\w nearest of its \\d rivals");
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(two.out()).isEqualTo(one.out().replace(first.toString(), second.toString()));
        assertThat(Files.readAllBytes(Path.of(TEAMS))).isEqualTo(input);

        Cli.Result check = Cli.run("check-fixtures", first.toString(), "--rules", "copa-peru-2017");
        assertThat(check.exit()).as(check.out()).isZero();
    }

    @Test
    void theShippedFixtureIsThePairProposal() throws Exception {
        Path proposed = dir.resolve("proposed.yaml");
        Cli.run("pair", TEAMS, "--out", proposed.toString());

        String shipped = Files.readString(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        // Every proposed first-round pairing (round, home, away) stands in the shipped scenario.
        java.util.List<String> lines = Files.readAllLines(proposed);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("- stage: first-round")) {
                String round = lines.get(i + 1).replace("  round: ", "");
                String home = lines.get(i + 2).replace("  home: ", "");
                String away = lines.get(i + 3).replace("  away: ", "");
                assertThat(shipped).contains("{stage: first-round, round: " + round + ", home: " + home + ", away: " + away + ",");
            }
        }
    }

    @Test
    void itRefusesToWriteOverItsInput() throws Exception {
        Path copy = dir.resolve("teams.yaml");
        Files.copy(Path.of(TEAMS), copy);
        byte[] before = Files.readAllBytes(copy);

        Cli.Result result = Cli.run("pair", copy.toString(), "--out", copy.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("refusing to overwrite an input file");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }
}
