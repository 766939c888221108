package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.adjudicator.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order of teams and matches in the file never changes a byte of the output. */
class DeterminismTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
        "rank, scenarios/copa-peru-2017/final-group.yaml, text",
        "rank, scenarios/copa-peru-2017/final-group.yaml, json",
        "rank, src/test/resources/scenarios/criteria/away-goals-scored.yaml, text",
        "rank, src/test/resources/scenarios/criteria/lots-required.yaml, json",
        "run, scenarios/copa-peru-2017/national-stage.yaml, text",
        "run, scenarios/copa-peru-2017/national-stage.yaml, json",
        "run, scenarios/uefa/euro-2024-group-e.yaml, json",
        "run, scenarios/fifa/world-cup-2018-group-h.yaml, text",
        "run, scenarios/uefa/champions-league-2024-arsenal-porto.yaml, json",
    })
    void shuffledTeamsAndMatchesGiveIdenticalOutput(String command, String scenario, String format) throws Exception {
        String[] trace = command.equals("rank") ? new String[] {"--trace"} : new String[0];
        String original = run(command, scenario, format, trace);
        YAMLMapper yaml = new YAMLMapper();
        JsonNode tree = yaml.readTree(Path.of(scenario).toFile());

        for (int seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            shuffle((ArrayNode) tree.get("teams"), random);
            shuffle((ArrayNode) tree.get("matches"), random);
            Path shuffled = dir.resolve("shuffled-" + seed + ".yaml");
            yaml.writeValue(shuffled.toFile(), tree);

            assertThat(run(command, shuffled.toString(), format, trace)).isEqualTo(original);
        }
    }

    private static String run(String command, String scenario, String format, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = command;
        args[1] = scenario;
        args[2] = "--format";
        args[3] = format;
        System.arraycopy(more, 0, args, 4, more.length);
        Cli.Result result = Cli.run(args);
        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        return result.out();
    }

    private static void shuffle(ArrayNode array, Random random) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        Collections.shuffle(items, random);
        array.removeAll();
        items.forEach(array::add);
    }
}
