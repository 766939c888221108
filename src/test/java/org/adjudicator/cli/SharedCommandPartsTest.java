package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.Cli;
import org.adjudicator.report.SimulationColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pieces every command shares (the scenario and --rules of {@link ScenarioCommand}, --debug,
 * the --out check, whole output) behave the same in every command: one place decides each.
 */
class SharedCommandPartsTest {
    static final String FINAL_GROUP = "scenarios/copa-peru-2017/final-group.yaml";

    /** Each command that reads a scenario, with what it needs besides; "SCENARIO" stands for the file, "OUT" for a new file. */
    static final List<String> COMMANDS = List.of(
            "run|SCENARIO",
            "rank|SCENARIO",
            "explain|SCENARIO|Binacional|Atlético Grau",
            "check-fixtures|SCENARIO",
            "needs|SCENARIO|Binacional",
            "simulate|SCENARIO|--runs|5",
            "pair|SCENARIO|--out|OUT",
            "whatif|SCENARIO",
            "impact|--rules|copa-peru-2017|--rules|copa-peru-2017-proposal|SCENARIO");

    @TempDir
    Path dir;

    private String[] args(String command, String scenario) {
        List<String> args = new ArrayList<>();
        for (String word : command.split("\\|")) {
            args.add(word.equals("SCENARIO") ? scenario : word.equals("OUT") ? dir.resolve("out.yaml").toString() : word);
        }
        return args.toArray(String[]::new);
    }

    @Test
    void aMissingScenarioIsTheSameOneLineInEveryCommand() {
        for (String command : COMMANDS) {
            Cli.Result result = Cli.run(args(command, "no-such.yaml"));

            assertThat(result.exit()).as(command).isEqualTo(Main.BAD_INPUT);
            assertThat(result.out()).as(command).isEmpty();
            assertThat(result.err()).as(command).isEqualTo("no-such.yaml: no such scenario file" + System.lineSeparator());
        }
    }

    @Test
    void anUnknownSetIsTheSameOneLineInEveryCommandThatTakesRules() {
        String expected = null;
        for (String command : COMMANDS.subList(0, COMMANDS.size() - 1)) {
            List<String> args = new ArrayList<>(List.of(args(command, FINAL_GROUP)));
            args.addAll(List.of("--rules", "copa-peru-2071"));
            Cli.Result result = Cli.run(args.toArray(String[]::new));

            assertThat(result.exit()).as(command).isEqualTo(Main.BAD_INPUT);
            assertThat(result.out()).as(command).isEmpty();
            assertThat(result.err()).as(command).startsWith("--rules: regulation set \"copa-peru-2071\" not found")
                    .doesNotContain("Exception");
            if (expected == null) expected = result.err();
            assertThat(result.err()).as(command).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "rank", "explain", "check-fixtures", "needs", "simulate", "pair", "whatif", "impact", "serve"})
    void debugIsOneOptionWithOneDescription(String command) {
        Cli.Result help = Cli.run(command, "--help");

        assertThat(help.out()).containsPattern("--debug\\s+On an error, also print the stack trace\\.");
    }

    @Test
    void debugPrintsTheStackTraceInACommandWithItsOwnOptions() {
        Cli.Result plain = Cli.run("whatif", "no-such.yaml");
        Cli.Result debug = Cli.run("whatif", "no-such.yaml", "--debug");

        assertThat(plain.err()).isEqualTo("no-such.yaml: no such scenario file" + System.lineSeparator());
        assertThat(debug.err()).startsWith(plain.err()).contains("\tat org.adjudicator.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pair scenarios/copa-peru-2017/teams.yaml", "whatif " + FINAL_GROUP})
    void anOutOfNoFormatIsRefusedBeforeAnyWorkByBothWriters(String command) throws Exception {
        Path out = dir.resolve("out.txt");
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--out", out.toString()));
        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(out + ":--out: name the file .yaml, .yml or .json: its extension decides the format written"
                + System.lineSeparator());
        assertThat(Files.exists(out)).isFalse();
    }

    /** simulate and the workspace head their columns alike, from one place. */
    @Test
    void simulationHeadings() {
        assertThat(SimulationColumns.heading("zone: round of 16")).isEqualTo("Round of 16");
        assertThat(SimulationColumns.heading("reached: final-group")).isEqualTo("Reached final group");
        assertThat(SimulationColumns.heading("promoted: 1")).isEqualTo("Promoted 1st");
        assertThat(SimulationColumns.heading("promoted: 2")).isEqualTo("Promoted 2nd");
        assertThat(SimulationColumns.heading("promoted: 3")).isEqualTo("Promoted 3rd");
        assertThat(SimulationColumns.heading("promoted: 4")).isEqualTo("Promoted 4th");
        assertThat(SimulationColumns.heading("place: 2")).isEqualTo("Place 2");
        assertThat(SimulationColumns.shown(List.of("place: 1", "zone: final", "place: 2"))).containsExactly("zone: final");
        assertThat(SimulationColumns.shown(List.of("place: 1", "place: 2"))).containsExactly("place: 1", "place: 2");
    }
}
