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
 * A stage decides nothing before its inputs are decided. A tie of the scenario that no pairing of
 * the regulation calls for decides nothing; the final group is ranked only when its entrants are the
 * four quarter-final winners; every stage after a stage that is not decided waits for it and says
 * for what; and `whatif` says when a stage, the champion or a promotion becomes undecided.
 */
class StagesWaitTest {
    static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";

    @TempDir
    Path dir;

    /** Binacional 3 points down: 8th, so the round of 16 the rules pair is not the one the scenario played. */
    @Test
    void whenTheRoundOf16IsNotTheOneTheRulesPairNothingAfterItIsDecided() throws Exception {
        JsonNode json = run(whatIfOut("--sanction", "Binacional:-3"));

        JsonNode roundOf16 = stage(json, "round-of-16");
        assertThat(roundOf16.get("complete").asBoolean()).isFalse();
        assertThat(ties(roundOf16)).containsExactly("Tie O1");   // Atlético Grau v ADT: still a pairing of the rules
        assertThat(notices(roundOf16)).contains(
                "Tie O2 (Alipio Ponce v Binacional) is not a pairing of the regulation for this stage: it decides nothing.");
        JsonNode quarterFinals = stage(json, "quarter-finals");
        assertThat(quarterFinals.has("ties")).isFalse();
        assertThat(quarterFinals.has("pairings")).isFalse();
        assertThat(notices(quarterFinals)).contains(
                "Tie Q2 (Binacional v Unión San Martín) decides nothing until the pairings of the quarter-finals are made.")
                .anyMatch(n -> n.startsWith("the quarter-finals wait for the round of 16: "));
        JsonNode finalGroup = stage(json, "final-group");
        assertThat(finalGroup.has("ranking")).as("the final group is not ranked").isFalse();
        assertThat(notices(finalGroup)).anyMatch(n -> n.startsWith("the final group waits for the quarter-finals: "));
        JsonNode promotion = stage(json, "promotion");
        assertThat(promotion.get("complete").asBoolean()).isFalse();
        assertThat(notices(promotion)).containsExactly("promotion waits for the final group: the final group's entrants "
                + "are not all known: 0 of 4 (the quarter-finals are not over).");
        assertThat(json.get("promotions")).isEmpty();
    }

    @Test
    void theTextSaysPromotionWaitsAndPromotesNoOne() throws Exception {
        Cli.Result result = Cli.run("run", whatIfOut("--sanction", "Binacional:-3").toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("== Promotion ==  [not decided: see the notes below]")
                .contains("  Note: promotion waits for the final group: ").doesNotContain("is promoted");
    }

    /** Las Palmas, 9th, drops below Coronel Bolognesi: the repechage the rules pair is not the one played. */
    @Test
    void whenTheRepechageIsNotTheOneTheRulesPairEveryLaterStageWaits() throws Exception {
        JsonNode json = run(whatIfOut("--set", "Las Palmas 3-0 Atlético Grau"));

        assertThat(notices(stage(json, "repechage"))).contains(
                "Tie R1 (Asociación Torino v Las Palmas) is not a pairing of the regulation for this stage: it decides nothing.");
        assertThat(notices(stage(json, "round-of-16"))).anyMatch(n -> n.startsWith("the round of 16 waits for the repechage: "));
        for (String later : List.of("round-of-16", "quarter-finals", "final-group", "promotion")) {
            JsonNode s = stage(json, later);
            assertThat(s.get("complete").asBoolean()).as(later).isFalse();
            assertThat(s.has("ties")).as(later + " ranks no tie").isFalse();
            assertThat(s.has("ranking")).as(later + " ranks no table").isFalse();
        }
        assertThat(json.get("promotions")).isEmpty();
    }

    @Test
    void whatIfSaysTheChampionAndThePromotionsBecomeUndecidedAndWhy() {
        Cli.Result result = Cli.run("whatif", NATIONAL, "--sanction", "Binacional:-3");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("  Round of 16: decided -> undecided (")
                .contains("  Promotion: decided -> undecided (promotion waits for the final group: the final group's entrants "
                        + "are not all known: 0 of 4 (the quarter-finals are not over))")
                .contains("  champion: Binacional -> undecided (the quarter-finals wait for the round of 16: ")
                .contains("  promoted to 2018 Torneo Descentralizado: Binacional -> undecided")
                .contains("  promoted to 2018 Segunda División: Atlético Grau -> undecided")
                .contains("  winner of Tie Q2: Binacional -> undecided");
    }

    /** A final group whose matches are not those of the four quarter-final winners decides nothing. */
    @Test
    void aFinalGroupPlayedByATeamThatDidNotQualifyIsNotRanked() throws Exception {
        String national = Files.readString(Path.of(NATIONAL));
        String played = "home: Binacional, away: Estudiantil CNI, score: 2-0";
        assertThat(national).contains(played);
        Path scenario = dir.resolve("intruder.yaml");
        Files.writeString(scenario, national.replace(played, "home: Binacional, away: Las Palmas, score: 2-0"));

        JsonNode json = run(scenario);

        JsonNode finalGroup = stage(json, "final-group");
        assertThat(finalGroup.has("ranking")).isFalse();
        assertThat(notices(finalGroup)).contains(
                "Las Palmas plays in the final group but has not won a quarter-final: the final group decides nothing.");
        assertThat(notices(stage(json, "promotion"))).anyMatch(n -> n.startsWith("promotion waits for the final group: "));
        assertThat(json.get("promotions")).isEmpty();
    }

    /** Without a first round there is nothing the rules qualify: the final group's matches say who plays it. */
    @Test
    void aScenarioOfTheFinalGroupAloneIsStillRankedFromItsMatches() throws Exception {
        Cli.Result result = Cli.run("run", "scenarios/copa-peru-2017/final-group.yaml", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(result.out());

        assertThat(stage(json, "final-group").get("ranking")).hasSize(4);
        assertThat(json.get("promotions").get(0).get("team").asText()).isEqualTo("Binacional");
    }

    /** The shipped competition, whose every tie is a pairing of the rules, is decided to the end. */
    @Test
    void theShippedNationalStageWaitsForNothing() throws Exception {
        JsonNode json = run(Path.of(NATIONAL));

        for (JsonNode s : json.get("stages")) {
            assertThat(notices(s)).as(s.get("stage").asText()).noneMatch(n -> n.contains(" wait for ") || n.contains(" waits for "));
        }
        assertThat(json.get("promotions")).hasSize(2);
    }

    private Path whatIfOut(String option, String value) {
        Path out = dir.resolve("what-if-" + System.nanoTime() + ".yaml");
        Cli.Result result = Cli.run("whatif", NATIONAL, option, value, "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        return out;
    }

    private static JsonNode run(Path scenario) throws Exception {
        Cli.Result result = Cli.run("run", scenario.toString(), "--format", "json");
        assertThat(result.exit()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static JsonNode stage(JsonNode json, String id) {
        for (JsonNode s : json.get("stages")) if (s.get("stage").asText().equals(id)) return s;
        throw new AssertionError("no stage " + id);
    }

    private static List<String> notices(JsonNode stage) {
        List<String> notices = new ArrayList<>();
        stage.get("notices").forEach(n -> notices.add(n.asText()));
        return notices;
    }

    private static List<String> ties(JsonNode stage) {
        List<String> ties = new ArrayList<>();
        if (stage.has("ties")) stage.get("ties").forEach(t -> ties.add(t.get("tie").asText()));
        return ties;
    }
}
