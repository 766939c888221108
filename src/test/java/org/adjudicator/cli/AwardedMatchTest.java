package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.adjudicator.simulation.Simulator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An awarded match (a walkover: `awarded: 3-0`, no score) is a decided match everywhere: it counts
 * in its table, its stage does not wait for it, the stages after it go on, `needs` does not count
 * it among the matches left, and `simulate` never plays it.
 */
class AwardedMatchTest {
    static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";
    /** A first-round match whose awarded score gives every figure the played one gave (3-0, 3-0 at half time). */
    static final String PLAYED = "home: Kola San Martín, away: Comandante Alvariño, score: 3-0, halfTime: 3-0}";
    static final String AWARDED = "home: Kola San Martín, away: Comandante Alvariño, awarded: 3-0, reason: walkover}";

    @TempDir
    Path dir;

    @Test
    void aWalkoverInTheFirstRoundLeavesEveryStageDecided() throws Exception {
        Cli.Result result = Cli.run("run", walkover().toString(), "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        for (JsonNode stage : json.get("stages")) {
            assertThat(stage.get("complete").asBoolean()).as(stage.get("stage").asText()).isTrue();
            assertThat(stage.get("waitingFor")).as(stage.get("stage").asText()).isEmpty();
        }
        JsonNode repechage = null;
        for (JsonNode stage : json.get("stages")) if (stage.get("stage").asText().equals("repechage")) repechage = stage;
        assertThat(repechage.get("pairings")).hasSize(8);
        assertThat(json.get("promotions").get(0).get("team").asText()).isEqualTo("Binacional");
    }

    @Test
    void theTextSaysTheFirstRoundIsCompleteAndTheRepechageIsPaired() throws Exception {
        Cli.Result result = Cli.run("run", walkover().toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("== General table ==  [complete]").contains("== Repechage ==  [complete]")
                .doesNotContain("waits for 1 match").doesNotContain("the repechage pairings wait for the first round")
                .contains("Kola San Martín v Comandante Alvariño counts as 3-0 (awarded: walkover).");
    }

    /** A match of the final group awarded: promotion does not wait for it. */
    @Test
    void aWalkoverInTheFinalGroupDoesNotHoldUpPromotion() throws Exception {
        String played = "home: Binacional, away: Estudiantil CNI, score: 2-0, halfTime: 1-0}";
        Path scenario = dir.resolve("final-walkover.yaml");
        String national = Files.readString(Path.of(NATIONAL));
        assertThat(national).contains(played);
        Files.writeString(scenario, national.replace(played, "home: Binacional, away: Estudiantil CNI, awarded: 2-0}"));

        Cli.Result result = Cli.run("run", scenario.toString());

        assertThat(result.out()).contains("== Final group ==  [complete]").doesNotContain("promotion waits for the final group")
                .contains("Binacional wins the final group");
    }

    @Test
    void needsDoesNotCountAnAwardedMatchAmongTheMatchesLeft() throws Exception {
        Path scenario = dir.resolve("group.yaml");
        Files.writeString(scenario, """
                name: Three teams
                rules: copa-peru-2017
                teams: [{name: Alpha}, {name: Bravo}, {name: Charlie}]
                matches:
                  - {stage: first-round, round: 1, home: Alpha, away: Bravo, awarded: 0-3}
                  - {stage: first-round, round: 2, home: Bravo, away: Charlie, score: 1-0, halfTime: 0-0}
                  - {stage: first-round, round: 3, home: Charlie, away: Alpha}
                """);

        Cli.Result result = Cli.run("needs", scenario.toString(), "Alpha", "--target", "1");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 match(es) left, 1 of them bearing on Alpha").contains(": 3 outcomes");
    }

    /** Every match played or awarded: each run is the 2017 season, the walkover as awarded, the repechage paired. */
    @Test
    void simulateNeverPlaysAnAwardedMatchAndGoesOnPastIt() throws Exception {
        Tournament walkover = new ScenarioReader().read(walkover());
        RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));

        Simulator.Result result = Cli.bean(Simulator.class).simulate(walkover, rules, 3, 1, 1, done -> { }, true);

        assertThat(result.probability("Las Palmas", "reached: round-of-16")).isEqualTo(1.0);   // won its repechage tie
        assertThat(result.probability("Binacional", "promoted: 1")).isEqualTo(1.0);
        Cli.Result text = Cli.run("simulate", walkover().toString(), "--runs", "3", "--seed", "1");
        assertThat(text.out()).startsWith("Nothing to simulate").contains("\n  Promoted 1st: Binacional\n");
    }

    private Path walkover() throws Exception {
        String national = Files.readString(Path.of(NATIONAL));
        assertThat(national).contains(PLAYED);
        Path scenario = dir.resolve("walkover.yaml");
        Files.writeString(scenario, national.replace(PLAYED, AWARDED));
        return scenario;
    }
}
