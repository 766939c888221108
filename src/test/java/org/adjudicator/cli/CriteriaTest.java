package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.adjudicator.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One small scenario per criterion of the 2017 general table, built so that exactly that
 * criterion decides between the two teams level on points (see each file's first line).
 */
class CriteriaTest {
    static final String DIR = "src/test/resources/scenarios/criteria/";

    @ParameterizedTest(name = "{0}: {1} above {2} by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            goal-difference.yaml      | Alpha | Bravo | Goal difference
            goals-scored.yaml         | Alpha | Bravo | Goals scored
            away-points.yaml          | Alpha | Bravo | Away points
            away-goal-difference.yaml | Alpha | Bravo | Away goal difference
            away-goals-scored.yaml    | Alpha | Bravo | Away goals scored
            first-half-points.yaml    | Alpha | Bravo | First-half points
            lots-recorded.yaml        | Bravo | Alpha | Drawing of lots
            """)
    void exactlyThisCriterionSeparatesTheTwo(String scenario, String above, String below, String criterion) throws Exception {
        Cli.Result result = Cli.run("rank", DIR + scenario, "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        JsonNode pair = pairOf(json, above, below);
        assertThat(pair.get("rule").asText()).isEqualTo(criterion);
        assertThat(pair.get("shared").asBoolean()).isFalse();
        assertThat(positionOf(json, above)).isLessThan(positionOf(json, below));
    }

    @ParameterizedTest(name = "{0}: unresolved, {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lots-required.yaml     | Drawing of lots (criterion 6) cannot be applied, a drawing of lots is required (no drawing of lots recorded for Alpha; no drawing of lots recorded for Bravo)
            half-time-missing.yaml | Number of first-half points (criterion 5) cannot be applied, a half-time score is missing (no half-time score for Alpha 1-1 Bravo)
            """)
    void aTieTheDataCannotBreakIsSharedAndSaysWhy(String scenario, String why) {
        Cli.Result result = Cli.run("rank", DIR + scenario);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("  1=  Alpha").contains("  1=  Bravo");
        assertThat(result.out()).contains("Alpha and Bravo share position 1: " + why + ".");
    }

    private static JsonNode pairOf(JsonNode json, String above, String below) {
        for (JsonNode pair : json.get("pairs")) {
            if (pair.get("above").asText().equals(above) && pair.get("below").asText().equals(below)) return pair;
        }
        throw new AssertionError("no pair " + above + " above " + below + " in " + json.get("pairs"));
    }

    private static int positionOf(JsonNode json, String team) {
        for (JsonNode row : json.get("ranking")) if (row.get("team").asText().equals(team)) return row.get("position").asInt();
        throw new AssertionError(team);
    }
}
