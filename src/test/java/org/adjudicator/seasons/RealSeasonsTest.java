package org.adjudicator.seasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.facts.Match;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenarios of the real 2017-2019 seasons (scenarios/copa-peru-20xx/, every match citing its source):
 * each is checked against what really happened by its expect block, and the real matches they ship are
 * counted per season and stage.
 */
class RealSeasonsTest {
    /** The scenarios that hold only real results (the national-stage.yaml files are synthetic). */
    static final String[] REAL = {
        "scenarios/copa-peru-2017/quarter-finals.yaml",
        "scenarios/copa-peru-2017/final-group.yaml",
        "scenarios/copa-peru-2018/teams.yaml",
        "scenarios/copa-peru-2018/round-of-16.yaml",
        "scenarios/copa-peru-2018/quarter-finals.yaml",
        "scenarios/copa-peru-2018/final-group.yaml",
        "scenarios/copa-peru-2019/teams.yaml",
        "scenarios/copa-peru-2019/round-of-32.yaml",
        "scenarios/copa-peru-2019/quarter-finals-and-final-group.yaml",
    };

    static Stream<String> real() {
        return Stream.of(REAL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("real")
    void theToolAgreesWithTheRecord(String scenario) {
        Cli.Result result = Cli.run("verify", scenario);

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).startsWith("PASS " + scenario);
    }

    /**
     * The real matches shipped (those with a score: every scored match of these files is a real one), per
     * season and stage. The closing note of issue 22 quotes this table.
     */
    @Test
    void theRealMatchesShippedPerSeasonAndStage() {
        Map<String, Integer> count = new TreeMap<>();
        for (String file : REAL) {
            Tournament t = new ScenarioReader().read(Path.of(file));
            String season = Path.of(file).getParent().getFileName().toString().replace("copa-peru-", "");
            for (Match m : t.matches()) if (m.isPlayed()) count.merge(season + " " + m.getStage(), 1, Integer::sum);
        }
        StringBuilder table = new StringBuilder();
        count.forEach((stage, n) -> table.append(String.format("%-25s %3d%n", stage, n)));
        System.out.print(table);

        assertThat(table.toString()).isEqualTo("""
                2017 final-group            6
                2017 quarter-finals         2
                2018 final-group            6
                2018 quarter-finals         5
                2018 round-of-16           12
                2019 final-group            2
                2019 quarter-finals         8
                2019 round-of-32           20
                """);
    }

    /** Every real scenario names its sources in the file: each scored match carries a comment. */
    @Test
    void everyRealMatchCitesItsSource() throws Exception {
        for (String file : REAL) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.contains("score: ") && !line.strip().startsWith("#") && line.contains("home:")) {
                    assertThat(line).as(file).contains("# ");
                }
            }
        }
    }

    /** 2017: 4-0 and 4-0, no source numbers the places that decide it: the tie stays open, it is not guessed. */
    @Test
    void theGrauArguedasTieWaitsForThePlacesNoSourceGives() {
        Cli.Result result = Cli.run("run", "scenarios/copa-peru-2017/quarter-finals.yaml");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Tie Q1  José María Arguedas 4-0 Atlético Grau (quarter-finals, leg 1); "
                        + "Atlético Grau 4-0 José María Arguedas (quarter-finals, leg 2)")
                .contains("Atlético Grau and José María Arguedas share position 1");
    }

    /** "undecided" is an expectation like any other: it fails, with the difference, when the tie is decided. */
    @Test
    void aTieExpectedUndecidedFailsOnceItIsDecided(@TempDir Path dir) throws Exception {
        String scenario = "scenarios/copa-peru-2019/quarter-finals-and-final-group.yaml";
        Path wrong = dir.resolve("quarter-finals.yaml");
        Files.writeString(wrong, Files.readString(Path.of(scenario))
                .replace("rules: copa-peru-2019", "rules: " + Path.of("rules/copa-peru-2019").toAbsolutePath())
                .replace("Tie Q1: Sport Estrella", "Tie Q1: undecided"));

        Cli.Result result = Cli.run("verify", wrong.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("winner of Tie Q1: expected undecided, got Sport Estrella");
    }

    /** A misspelt team in expect.winners is still refused: only the word "undecided" is not a team. */
    @Test
    void aMisspeltWinnerIsStillRefused(@TempDir Path dir) throws Exception {
        String scenario = "scenarios/copa-peru-2019/quarter-finals-and-final-group.yaml";
        Path wrong = dir.resolve("quarter-finals.yaml");
        Files.writeString(wrong, Files.readString(Path.of(scenario))
                .replace("rules: copa-peru-2019", "rules: " + Path.of("rules/copa-peru-2019").toAbsolutePath())
                .replace("Tie Q1: Sport Estrella", "Tie Q1: Sport Estrela"));

        Cli.Result result = Cli.run("verify", wrong.toString());

        assertThat(result.out() + result.err()).contains("expect.winners: unknown team \"Sport Estrela\"");
    }
}
