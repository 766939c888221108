package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;

/** The shipped scenario: the real 2017 final group, Binacional champion on goal difference. */
class FinalGroupTest {
    static final String SCENARIO = "scenarios/copa-peru-2017/final-group.yaml";

    @Test
    void textTableGivesTheRealOrderAndSaysGoalDifferenceDecided() {
        Cli.Result result = Cli.run("rank", SCENARIO);

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).containsSubsequence(
                "   1  Binacional              3  2  1  0   6   1  +5    7  Goal difference",
                "   2  Atlético Grau           3  2  1  0   5   2  +3    7  Goal difference",
                "   3  Estudiantil CNI         3  1  0  2   2   5  -3    3  Number of points",
                "   4  José Carlos Mariátegui  3  0  0  3   4   9  -5    0  Number of points");
        assertThat(result.out()).contains("Binacional ranks above Atlético Grau: level on number of points (7); "
                + "goal difference (criterion 2) separates them: Binacional +5, Atlético Grau +3.");
        assertThat(result.out()).contains("rule \"Goal difference\" (rules/copa-peru-2017/criteria.drl:");
    }

    @Test
    void jsonHasTheRankingAndTheDecisionWithItsValuesAndRule() throws Exception {
        Cli.Result result = Cli.run("rank", SCENARIO, "--format", "json");

        assertThat(result.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        List<String> order = new ArrayList<>();
        json.get("ranking").forEach(row -> order.add(row.get("position").asInt() + " " + row.get("team").asText()
                + " " + row.get("points").asInt() + " " + row.get("goalDifference").asInt()));
        assertThat(order).containsExactly("1 Binacional 7 5", "2 Atlético Grau 7 3", "3 Estudiantil CNI 3 -3",
                "4 José Carlos Mariátegui 0 -5");

        JsonNode decision = null;
        for (JsonNode d : json.get("decisions")) {
            if (d.get("criterion").asText().equals("Goal difference")) decision = d;
        }
        assertThat(decision).isNotNull();
        assertThat(decision.get("kind").asText()).isEqualTo("separated");
        assertThat(decision.get("teams").toString()).isEqualTo("[\"Binacional\",\"Atlético Grau\"]");
        assertThat(decision.get("values").get("Binacional").asText()).isEqualTo("+5");
        assertThat(decision.get("values").get("Atlético Grau").asText()).isEqualTo("+3");
        assertThat(decision.get("rule").asText()).isEqualTo("Goal difference");
        assertThat(decision.get("file").asText()).isEqualTo("rules/copa-peru-2017/criteria.drl");

        JsonNode firstPair = json.get("pairs").get(0);
        assertThat(firstPair.get("above").asText()).isEqualTo("Binacional");
        assertThat(firstPair.get("criterion").asText()).isEqualTo("Goal difference");
    }

    @Test
    void explainWalksTheCriteriaOneByOne() {
        Cli.Result result = Cli.run("explain", SCENARIO, "Atlético Grau", "Binacional");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).containsSubsequence(
                "Atlético Grau (2nd) stands below Binacional (1st).",
                "1. Number of points (criterion 1): Atlético Grau 7, Binacional 7: level.",
                "2. Goal difference (criterion 2): Atlético Grau +3, Binacional +5: Binacional above.",
                "rule \"Goal difference\"");
    }

    @Test
    void explainRefusesAnUnknownTeamWithASuggestion() {
        Cli.Result result = Cli.run("explain", SCENARIO, "Binacional", "Atletico Grau");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(SCENARIO + ": no team \"Atletico Grau\" in this scenario; did you mean \"Atlético Grau\"?");
    }

    @Test
    void traceListsTheRuleFirings() {
        Cli.Result result = Cli.run("rank", SCENARIO, "--trace");

        assertThat(result.out()).contains("Rule firings")
                .contains("rule \"Each team's record in a league table\" (rules/base/tables.drl:")
                .contains("rule \"Goal difference\"");
    }
}
