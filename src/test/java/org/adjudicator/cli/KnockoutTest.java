package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-legged ties, one scenario per rule: the 2017 set decides by aggregate, then the general table;
 * a copy of it whose only change is the order of the tie criteria (DRL) switches on away goals, extra
 * time and penalties.
 */
class KnockoutTest {
    @TempDir
    Path dir;

    @Test
    void theAggregateScoreDecides() throws Exception {
        JsonNode tie = decide(tie("1-2", "1-1", null, null), null);

        assertThat(tie.get("winner").asText()).isEqualTo("Alpha");
        assertThat(tie.get("decidedBy").asText()).isEqualTo("Aggregate score");
        assertThat(tie.get("figures").toString()).isEqualTo("{\"Alpha\":\"3\",\"Bravo\":\"2\"}");
        assertThat(tie.get("description").asText()).isEqualTo("Alpha wins on aggregate score, 3-2.");
    }

    @Test
    void aPenaltyShootOutRecordedOnTheSecondLegDecidesALevelAggregate() throws Exception {
        JsonNode tie = decide(tie("1-0", "1-0", null, "3-4"), variantWith(SHOOT_OUT));

        assertThat(tie.get("winner").asText()).isEqualTo("Bravo");
        assertThat(tie.get("decidedBy").asText()).isEqualTo("Penalty shoot-out");
        assertThat(tie.get("description").asText()).isEqualTo("Bravo wins on penalty shoot-out, 4-3, after level aggregate score (1-1).");
    }

    @Test
    void withoutARecordedShootOutALevelTieIsUndecidedAndSaysWhy() throws Exception {
        JsonNode tie = decide(tie("1-0", "1-0", null, null), variantWith(SHOOT_OUT));

        assertThat(tie.get("winner").isNull()).isTrue();
        assertThat(tie.get("description").asText()).contains("Penalty shoot-out cannot be applied, the penalty shoot-out is not recorded");
    }

    @Test
    void in2017AwayGoalsDoNotCountButASetThatSwitchesThemOnDecidesByThem() throws Exception {
        // Alpha 2-1 Bravo, then Bravo 1-0 Alpha: 2-2 on aggregate, Bravo scored once away, Alpha never.
        String scenario = tie("1-0", "2-1", null, null);

        assertThat(decide(scenario, null).get("winner").isNull()).isTrue();
        JsonNode withAwayGoals = decide(scenario, variantWith("\"Aggregate score\",\n        \"Away goals\",\n        \"Extra time\",\n        \"Penalty shoot-out\""));
        assertThat(withAwayGoals.get("winner").asText()).isEqualTo("Bravo");
        assertThat(withAwayGoals.get("decidedBy").asText()).isEqualTo("Away goals");
    }

    @Test
    void extraTimeInTheSecondLegDecidesWhenSwitchedOn() throws Exception {
        // 1-1 on aggregate, no away goals; 1-2 after extra time in the second leg: 1-3 on aggregate.
        JsonNode tie = decide(tie("1-0", "1-0", "1-2", null),
                variantWith("\"Aggregate score\",\n        \"Away goals\",\n        \"Extra time\",\n        \"Penalty shoot-out\""));

        assertThat(tie.get("winner").asText()).isEqualTo("Bravo");
        assertThat(tie.get("decidedBy").asText()).isEqualTo("Aggregate after extra time");
        assertThat(tie.get("figures").toString()).isEqualTo("{\"Alpha\":\"1\",\"Bravo\":\"3\"}");
    }

    /** The 2017 set's tie criteria with a shoot-out in place of the general table. */
    private static final String SHOOT_OUT = "\"Aggregate score\",\n        \"Penalty shoot-out\"";

    /** A scenario of one tie: leg 1 Bravo v Alpha, leg 2 Alpha v Bravo (where extra time and penalties are recorded). */
    private String tie(String leg1BravoAlpha, String leg2AlphaBravo, String extraTime, String penalties) {
        return """
                name: One tie
                rules: copa-peru-2017
                teams: [{name: Alpha}, {name: Bravo}]
                matches:
                  - {stage: quarter-finals, tie: Q1, leg: 1, home: Bravo, away: Alpha, score: %s}
                  - {stage: quarter-finals, tie: Q1, leg: 2, home: Alpha, away: Bravo, score: %s%s%s}
                """.formatted(leg1BravoAlpha, leg2AlphaBravo,
                extraTime == null ? "" : ", extraTime: " + extraTime, penalties == null ? "" : ", penalties: " + penalties);
    }

    private JsonNode decide(String scenario, Path rules) throws Exception {
        Path file = dir.resolve("tie-" + System.nanoTime() + ".yaml");
        Files.writeString(file, scenario);
        Cli.Result result = rules == null ? Cli.run("run", file.toString(), "--format", "json")
                : Cli.run("run", file.toString(), "--format", "json", "--rules", rules.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        for (JsonNode stage : json.get("stages")) {
            if (stage.has("ties")) return stage.get("ties").get(0);
        }
        throw new AssertionError("no tie in " + result.out());
    }

    /** A copy of the 2017 set whose only change is the order of the criteria for a two-legged tie. */
    private Path variantWith(String criteria) throws Exception {
        Path copy = TestFiles.copyFolder(Path.of("rules/copa-peru-2017"), dir.resolve("variant-" + System.nanoTime()));
        Path criteriaFile = copy.resolve("ties.drl");
        String text = Files.readString(criteriaFile);
        String original = "\"Aggregate score\",\n        \"Better position in the general table\"";
        assertThat(text).contains(original);
        Files.writeString(criteriaFile, text.replace(original, criteria));
        return copy;
    }
}
