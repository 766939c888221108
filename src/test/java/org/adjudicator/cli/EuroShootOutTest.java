package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UEFA EURO 2024 art. 20.01 h: a penalty shoot-out ranks two teams with the same points, goals
 * scored and conceded that draw in the last round, and is "not used if more than two teams have the
 * same number of points". A shoot-out it does not call for is ignored and noted; one it calls for
 * that the scenario lacks leaves the two teams sharing the position.
 */
class EuroShootOutTest {
    static final String DIR = "src/test/resources/scenarios/regulation-sets/";

    @TempDir
    Path dir;

    /** The case: A, B and C on 5 points; B and C level on a)-g), their shoot-out recorded. */
    @Test
    void withThreeTeamsOnTheSamePointsTheShootOutIsIgnoredAndDisciplinaryPointsDecide() throws Exception {
        String scenario = DIR + "euro-2024-three-level-no-shoot-out.yaml";
        JsonNode json = rank(scenario);

        assertThat(RegulationSetsTest.order(json)).containsExactly("A", "C", "B", "D");
        JsonNode pair = RegulationSetsTest.pair(json, "C", "B");
        assertThat(pair.get("rule").asText()).isEqualTo("Disciplinary points");
        assertThat(pair.get("regulation").asText()).isEqualTo("20.01 i");
        assertThat(pair.get("sentence").asText())
                .contains("penalty shoot-out between two teams that drew in the last round (does not apply)");
        assertThat(decision(json, "Penalty shoot-out in the last round").get("description").asText()).isEqualTo(
                "Penalty shoot-out between two teams that drew in the last round (criterion 20.01 h) does not apply to B and C:"
                        + " more than two teams have 5 points (A, B and C).");

        Cli.Result run = Cli.run("run", scenario, "--format", "json");
        JsonNode group = new ObjectMapper().readTree(run.out()).get("stages").get(0);
        assertThat(group.get("complete").asBoolean()).isTrue();
        assertThat(group.get("notices").get(0).asText()).isEqualTo("the penalty shoot-out recorded for B 0-0 C (round 3, 5-4 on"
                + " penalties) is ignored: art. 20.01 h applies only to two teams level on points, goals scored and conceded that"
                + " draw in the last round, and more than two teams have 5 points (A, B and C).");
        assertThat(Cli.run("verify", scenario).exit()).isZero();
    }

    /** A and B, alone on 4 points, drew in the last round: the shoot-out is called for, but not recorded. */
    @Test
    void aShootOutTheRegulationCallsForButTheScenarioLacksLeavesTheTwoTeamsSharing() throws Exception {
        JsonNode json = rank(DIR + "euro-2024-shoot-out-not-recorded.yaml");

        JsonNode a = json.get("ranking").get(1);
        JsonNode b = json.get("ranking").get(2);
        assertThat(a.get("position").asInt()).isEqualTo(2);
        assertThat(b.get("position").asInt()).isEqualTo(2);
        assertThat(a.get("shared").asBoolean()).isTrue();
        assertThat(a.get("decidedBy").asText()).isEqualTo("shared: the shoot-out's result is not recorded");
        assertThat(RegulationSetsTest.pair(json, "A", "B").get("sentence").asText())
                .contains("the shoot-out's result is not recorded (no penalty shoot-out recorded for A 1-1 B (round 3))");
    }

    /** The same group with the shoot-out recorded: it decides. */
    @Test
    void aShootOutTheRegulationCallsForDecides() throws Exception {
        Path file = dir.resolve("called.yaml");
        Files.writeString(file, Files.readString(Path.of(DIR + "euro-2024-shoot-out-not-recorded.yaml"))
                .replace("score: 1-1}", "score: 1-1, penalties: 3-4}"));

        JsonNode json = rank(file.toString());

        assertThat(RegulationSetsTest.order(json)).containsExactly("C", "B", "A", "D");
        assertThat(RegulationSetsTest.pair(json, "B", "A").get("rule").asText()).isEqualTo("Penalty shoot-out in the last round");
        assertThat(RegulationSetsTest.pair(json, "B", "A").get("regulation").asText()).isEqualTo("20.01 h");
    }

    /** A shoot-out recorded after a match of round 2 is no shoot-out of art. 20.01 h: ignored, noted. */
    @Test
    void aShootOutRecordedBeforeTheLastRoundIsIgnoredAndNoted() throws Exception {
        Path file = dir.resolve("early.yaml");
        Files.writeString(file, Files.readString(Path.of(DIR + "euro-2024-shoot-out-not-recorded.yaml"))
                .replace("home: C, away: B, score: 1-0}", "home: C, away: B, score: 1-1, penalties: 5-3}"));

        Cli.Result run = Cli.run("run", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Note: the penalty shoot-out recorded for C 1-1 B (round 2, 5-3 on penalties) is ignored:"
                + " art. 20.01 h applies only to two teams level on points, goals scored and conceded that draw in the last round,"
                + " and it is not a match of the last round.");
    }

    private static JsonNode rank(String scenario) throws Exception {
        Cli.Result result = Cli.run("rank", scenario, "--format", "json");
        assertThat(result.exit()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static JsonNode decision(JsonNode json, String rule) {
        for (JsonNode d : json.get("decisions")) if (d.get("rule").asText().equals(rule)) return d;
        throw new AssertionError("no decision of rule " + rule + ": " + json.get("decisions"));
    }
}
