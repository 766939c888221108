package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What changes between seasons is a setting of copa-peru-2017, one small rule each: a season built
 * on it changes one value by replacing one rule (and nothing of rules/base).
 */
class SeasonSettingsTest {
    @TempDir
    Path dir;

    private Path season(String rule) throws Exception {
        Path season = Files.createDirectories(dir.resolve("rules").resolve("season"));
        Files.writeString(season.resolve("set.yaml"), "builds-on: " + Path.of("rules/copa-peru-2017").toAbsolutePath() + "\n");
        Files.writeString(season.resolve("season.drl"), "package season;\nimport org.adjudicator.facts.*;\n\n" + rule);
        return season;
    }

    private static JsonNode run(String scenario, Path rules) throws Exception {
        Cli.Result result = Cli.run("run", scenario, "--rules", rules.toString(), "--format", "json");
        assertThat(result.exit()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void aSeasonChangesThePointsForAWinByReplacingOneRule() throws Exception {
        Path season = season("""
                rule "Points for a win"
                    @replaces
                when
                then
                    insert(new Setting("points for a win", 2));
                end
                """);

        Cli.Result result = Cli.run("rank", "scenarios/copa-peru-2017/final-group.yaml", "--rules", season.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("1  Binacional +3  2  1  0   6   1  \\+5    5 ")     // 7 points at 3 for a win
                .containsPattern("2  Atlético Grau +3  2  1  0   5   2  \\+3    5 ");
    }

    /** The quarter-finals' pairing is a setting of the round: each of the first half against its peer of the second. */
    @Test
    void aSeasonChangesHowARoundIsPairedByReplacingTheRoundsRule() throws Exception {
        Path season = season("""
                rule "Quarter-finals: the round-of-16 winners"
                    @replaces
                when
                then
                    insert(new KnockoutRound("quarter-finals", 8, "", "round-of-16", drools.getRule().getName()));
                    insert(new Setting("quarter-finals pairing", "place p against place p+N/2"));
                end
                """);

        List<String> pairs = new ArrayList<>();
        for (JsonNode stage : run("scenarios/copa-peru-2017/national-stage.yaml", season).get("stages")) {
            if (!stage.get("stage").asText().equals("quarter-finals")) continue;
            for (JsonNode p : stage.get("pairings")) pairs.add(p.get("betterPosition").asInt() + " v " + p.get("worsePosition").asInt());
        }
        // The shipped set pairs 1 v 12, 2 v 11, 3 v 10, 4 v 9 (places in the general table of the eight winners).
        assertThat(pairs).containsExactly("1 v 9", "2 v 10", "3 v 11", "4 v 12");
    }
}
