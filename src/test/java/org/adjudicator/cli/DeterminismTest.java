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

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "scenarios/copa-peru-2017/final-group.yaml, text",
        "scenarios/copa-peru-2017/final-group.yaml, json",
        "src/test/resources/scenarios/criteria/away-goals-scored.yaml, text",
        "src/test/resources/scenarios/criteria/lots-required.yaml, json",
    })
    void shuffledTeamsAndMatchesGiveIdenticalOutput(String scenario, String format) throws Exception {
        String original = Cli.run("rank", scenario, "--format", format, "--trace").out();
        YAMLMapper yaml = new YAMLMapper();
        JsonNode tree = yaml.readTree(Path.of(scenario).toFile());

        for (int seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            shuffle((ArrayNode) tree.get("teams"), random);
            shuffle((ArrayNode) tree.get("matches"), random);
            Path shuffled = dir.resolve("shuffled-" + seed + ".yaml");
            yaml.writeValue(shuffled.toFile(), tree);

            Cli.Result result = Cli.run("rank", shuffled.toString(), "--format", format, "--trace");

            assertThat(result.err()).isEmpty();
            assertThat(result.out()).isEqualTo(original);
        }
    }

    private static void shuffle(ArrayNode array, Random random) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        Collections.shuffle(items, random);
        array.removeAll();
        items.forEach(array::add);
    }
}
