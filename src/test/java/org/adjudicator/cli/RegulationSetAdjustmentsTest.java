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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sanctions, awarded matches and withdrawals in every FIFA and UEFA set: each of the three small
 * scenarios of {@code src/test/resources/scenarios/regulation-sets/} is run with each set; the
 * table changes as the set says, and the rule that changed it is shown.
 */
class RegulationSetAdjustmentsTest {
    static final String DIR = "src/test/resources/scenarios/regulation-sets/";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"fifa-world-cup-2018", "fifa-world-cup-1990", "uefa-euro-2024", "uefa-champions-league-2018",
            "uefa-champions-league-2023"})
    void aPointsDeductionCountsInTheTeamsGroupOnly(String rules) throws Exception {
        JsonNode json = rank(DIR + "sanction.yaml", rules, "Group G");

        assertThat(order(json)).containsExactly("B", "C", "D", "A");
        assertThat(json.get("ranking").get(3).get("figures").get("sanctionPoints").asInt()).isEqualTo(-12);
        assertThat(descriptions(json)).containsExactly("A: 12 point(s) deducted (fielded an ineligible player).");
        assertThat(json.get("adjustments").get(0).get("rule").asText()).isEqualTo("A points deduction counts in the table of its stage");
        assertThat(descriptions(rank(DIR + "sanction.yaml", rules, "Group H"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fifa-world-cup-2018", "fifa-world-cup-1990", "uefa-euro-2024", "uefa-champions-league-2018",
            "uefa-champions-league-2023"})
    void anAwardedMatchCountsWithItsAwardedScore(String rules) throws Exception {
        JsonNode json = rank(DIR + "awarded.yaml", rules, "Group G");

        assertThat(order(json)).containsExactly("A", "B", "D", "C");
        assertThat(descriptions(json)).containsExactly("C v D counts as 0-3 (awarded: C fielded a suspended player), not the 1-0 played.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fifa-world-cup-2018", "fifa-world-cup-1990", "uefa-euro-2024", "uefa-champions-league-2018",
            "uefa-champions-league-2023"})
    void aWithdrawnTeamLeavesItsGroupAndItsMatchesAreAnnulled(String rules) throws Exception {
        JsonNode json = rank(DIR + "withdrawal.yaml", rules, "Group G");

        assertThat(order(json)).containsExactly("B", "C", "D");
        JsonNode b = json.get("ranking").get(0).get("figures");
        assertThat(b.get("played").asInt()).isEqualTo(2);
        assertThat(b.get("disciplinaryPoints").asInt()).as("the cards of an annulled match").isZero();
        assertThat(descriptions(json)).containsExactly("A is withdrawn (excluded): it leaves the table and its 3 match(es) are annulled.");
    }

    @Test
    void theScenariosPassWithTheirOwnSets() {
        Cli.Result result = Cli.run("verify", DIR);

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("PASS " + DIR + "sanction.yaml", "PASS " + DIR + "awarded.yaml", "PASS " + DIR + "withdrawal.yaml");
    }

    /**
     * EURO 2024: a deduction of 2 points puts B (6 points) level with C (4); the head-to-head block
     * is then computed on their match alone (B won it), not on the points deducted.
     */
    @Test
    void aDeductionThatLevelsTwoTeamsLeavesThemToTheHeadToHead() throws Exception {
        Path file = dir.resolve("level.yaml");
        Files.writeString(file, """
                name: A deduction that levels two teams
                rules: uefa-euro-2024
                teams: [{name: A, group: G}, {name: B, group: G}, {name: C, group: G}, {name: D, group: G}]
                matches:
                  - {group: G, round: 1, home: A, away: B, score: 1-0}
                  - {group: G, round: 1, home: C, away: D, score: 0-0}
                  - {group: G, round: 2, home: C, away: A, score: 1-0}
                  - {group: G, round: 2, home: B, away: D, score: 1-0}
                  - {group: G, round: 3, home: A, away: D, score: 1-0}
                  - {group: G, round: 3, home: B, away: C, score: 1-0}
                sanctions: [{team: B, points: -2, stage: group-stage}]
                """);

        JsonNode json = rank(file.toString(), "uefa-euro-2024", "Group G");

        assertThat(order(json)).containsExactly("A", "B", "C", "D");
        assertThat(RegulationSetsTest.pair(json, "B", "C").get("rule").asText()).isEqualTo("Head-to-head among the teams level");
        assertThat(RegulationSetsTest.pair(json, "B", "C").get("values").toString()).isEqualTo("{\"B\":\"3, +1, 1\",\"C\":\"0, -1, 0\"}");
    }

    /** EURO 2024: a third-placed team brings its deduction to the ranking of the third-placed teams. */
    @Test
    void aDeductionCountsInTheRankingOfTheThirdPlacedTeams() throws Exception {
        Path file = dir.resolve("thirds.yaml");
        Files.writeString(file, """
                name: Two groups
                rules: uefa-euro-2024
                teams: [{name: A1, group: A}, {name: A2, group: A}, {name: A3, group: A},
                        {name: B1, group: B}, {name: B2, group: B}, {name: B3, group: B}]
                matches:
                  - {group: A, round: 1, home: A1, away: A2, score: 1-0}
                  - {group: A, round: 2, home: A1, away: A3, score: 1-0}
                  - {group: A, round: 3, home: A2, away: A3, score: 2-1}
                  - {group: B, round: 1, home: B1, away: B2, score: 1-0}
                  - {group: B, round: 2, home: B1, away: B3, score: 1-0}
                  - {group: B, round: 3, home: B2, away: B3, score: 2-0}
                sanctions: [{team: A3, points: -1}]
                """);

        JsonNode json = rank(file.toString(), "uefa-euro-2024", "Third-placed teams");

        assertThat(order(json)).containsExactly("B3", "A3");
        assertThat(RegulationSetsTest.pair(json, "B3", "A3").get("rule").asText()).isEqualTo("Points of the third-placed teams");
    }

    /** UEFA Champions League: an awarded leg counts in its tie with its awarded score. */
    @ParameterizedTest
    @ValueSource(strings = {"uefa-champions-league-2018", "uefa-champions-league-2023"})
    void anAwardedLegCountsInItsTie(String rules) throws Exception {
        Path file = dir.resolve("tie.yaml");
        Files.writeString(file, "name: A tie\nrules: " + rules + "\nteams: [{name: A}, {name: B}]\nmatches:\n"
                + "  - {stage: knockout, tie: T, leg: 1, home: B, away: A, score: 1-0}\n"
                + "  - {stage: knockout, tie: T, leg: 2, home: A, away: B, score: 0-0, awarded: 3-0, reason: B did not appear}\n");

        Cli.Result result = Cli.run("run", file.toString(), "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode tie = null;
        for (JsonNode s : new ObjectMapper().readTree(result.out()).get("stages")) if (s.has("ties")) tie = s.get("ties").get(0);
        assertThat(tie.get("winner").asText()).isEqualTo("A");
        assertThat(tie.get("decidedBy").asText()).isEqualTo("Aggregate score");
    }

    private static JsonNode rank(String scenario, String rules, String table) throws Exception {
        Cli.Result result = Cli.run("rank", scenario, "--rules", rules, "--table", table, "--format", "json");
        assertThat(result.exit()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static List<String> order(JsonNode json) {
        return RegulationSetsTest.order(json);
    }

    private static List<String> descriptions(JsonNode json) {
        List<String> all = new ArrayList<>();
        json.get("adjustments").forEach(a -> all.add(a.get("description").asText()));
        return all;
    }
}
