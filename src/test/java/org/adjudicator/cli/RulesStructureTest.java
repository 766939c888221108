package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules folder whose structure cannot work is an error naming the rule at fault, before any
 * scenario is adjudicated: a stage of the order that no rule belongs to, a rule in a stage not in
 * the order, zones that overlap or leave a place out, a knockout round whose entrants do not make
 * its size. And the README's recipe "Change a zone", followed to the letter, works.
 */
class RulesStructureTest {
    static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";

    @TempDir
    Path dir;

    Path rules;

    @BeforeEach
    void copyTheRules() throws Exception {
        rules = TestFiles.copyFolder(Path.of("rules/copa-peru-2017"), dir.resolve("rules").resolve("edited"));
    }

    /** Replaces text in a file of the copy; the text must be there, once. */
    private void edit(String file, String from, String to) throws Exception {
        Path path = rules.resolve(file);
        String text = Files.readString(path);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as(from + " in " + file).hasSize(2);
        Files.writeString(path, text.replace(from, to));
    }

    /** The line of the rule that declares the order of the stages, in the copy's stages.drl. */
    private int orderLine() throws Exception {
        List<String> lines = Files.readAllLines(rules.resolve("stages.drl"));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("rule \"The stages of the national stage, in order\"")) return i + 1;
        throw new AssertionError("no order of the stages in stages.drl");
    }

    private Cli.Result run(String... more) {
        List<String> args = new ArrayList<>(List.of("run", NATIONAL, "--rules", rules.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertOneLineError(Cli.Result result) {
        assertThat(result.exit()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception");
    }

    /** The issue's case: "general-table" misspelt in the order left the general table out, and `run` exited 0. */
    @Test
    void aMisspeltStageInTheOrderIsAnErrorNamingBothNames() throws Exception {
        edit("stages.drl", "\"general-table\",", "\"general-tabel\",");

        for (String command : List.of("run", "rank")) {
            Cli.Result result = Cli.run(command, NATIONAL, "--rules", rules.toString());
            assertOneLineError(result);
            assertThat(result.err()).startsWith(rules.resolve("stages.drl") + ":" + orderLine() + ": rule \"The stages of the national stage, in order\": ")
                    .contains("the stage \"general-tabel\" of the order has no rule (no rule has ruleflow-group \"general-tabel\")"
                            + "; did you mean \"general-table\"?");
        }
    }

    @Test
    void aRuleInAStageNotInTheOrderIsAnErrorWithDidYouMean() throws Exception {
        edit("general-table.drl", "ruleflow-group \"general-table\"", "ruleflow-group \"general-tables\"");
        // The general table's only rule is now in no stage of the order: both sides are named.
        Cli.Result result = run();
        assertOneLineError(result);
        assertThat(result.err()).contains("stages.drl:" + orderLine() + ": rule \"The stages of the national stage, in order\": the stage"
                + " \"general-table\" of the order has no rule").contains("did you mean \"general-tables\"?")
                .contains("(and 1 more problem in the rules' structure)");

        copyTheRulesAgain();
        // The rule's group, below its name and its Spanish sentence (@sentenceEs).
        String promotionRule = "rule \"The winner of the final group is promoted to the 2018 Torneo Descentralizado\"\n"
                + Files.readString(rules.resolve("promotion.drl")).split("Torneo Descentralizado\"\n", 2)[1].lines().findFirst().orElseThrow() + "\n";
        edit("promotion.drl", promotionRule + "    ruleflow-group \"promotion\"", promotionRule + "    ruleflow-group \"promotions\"");
        result = run();
        assertOneLineError(result);
        assertThat(result.err()).startsWith(rules.resolve("promotion.drl") + ":")
                .contains(": rule \"The winner of the final group is promoted to the 2018 Torneo Descentralizado\": its ruleflow-group \"promotions\" is not"
                        + " a stage of the order (rule \"The stages of the national stage, in order\" (")
                .contains("geography, fixtures, general-table, zones, repechage, round-of-16, quarter-finals, final-group, promotion)")
                .endsWith("it would never run; did you mean \"promotion\"?\n");
    }

    private void copyTheRulesAgain() throws Exception {
        rules = TestFiles.copyFolder(Path.of("rules/copa-peru-2017"), dir.resolve("rules").resolve("edited-again"));
    }

    @Test
    void overlappingZonesAreAnError() throws Exception {
        edit("zones.drl", "\"round of 16\", 1, 8,", "\"round of 16\", 1, 10,");

        Cli.Result result = run();

        assertOneLineError(result);
        assertThat(result.err()).startsWith(rules.resolve("zones.drl") + ":")
                .contains(": rule \"Places 9 to 24 go to the repechage\": the zone \"repechage\" (places 9-24) overlaps the zone"
                        + " \"round of 16\" (places 1-10, rule \"Places 1 to 8 go to the round of 16\" (")
                .contains(") at places 9-10 of the General table: a place must be in one zone");
    }

    @Test
    void aPlaceInNoZoneIsAnError() throws Exception {
        edit("zones.drl", "\"eliminated\", 25, 50,", "\"eliminated\", 26, 50,");

        Cli.Result result = run();

        assertOneLineError(result);
        assertThat(result.err()).contains(": rule \"Places 25 to 50 are eliminated\": place 25 of the General table is in no zone:"
                + " the zone \"repechage\" ends at 24");
    }

    /** The issue's case: 4 direct places plus 8 repechage winners cannot make a round of 16. */
    @Test
    void aRoundWhoseEntrantsDoNotMakeItsSizeIsAnError() throws Exception {
        edit("zones.drl", "\"round of 16\", 1, 8,", "\"round of 16\", 1, 4,");
        edit("zones.drl", "\"repechage\", 9, 24,", "\"repechage\", 5, 20,");
        edit("zones.drl", "\"eliminated\", 25, 50,", "\"eliminated\", 21, 50,");

        Cli.Result result = run();

        assertOneLineError(result);
        assertThat(result.err()).startsWith(rules.resolve("zones.drl") + ":")
                .contains(": rule \"Round of 16: places 1 to 8 against the repechage winners, the best placed against the lowest placed\":"
                        + " the round \"round-of-16\" takes 16 teams, but its entrants make 12: 4 from the zone \"round of 16\" (places 1-4")
                .contains(" and 8 winners of the round \"repechage\" (16 teams)");
    }

    /**
     * README, "Change a zone", followed as written: in zones.drl only, zones 1-4, 5-28 and 29-50, a
     * repechage of 24, the declaring rules renamed. Places 5-8 then play the repechage (5th v 28th
     * ... 16th v 17th), and the round of 16 pairs the four direct places and the twelve winners by
     * general-table place, the best against the lowest.
     */
    @Test
    void theRecipeChangeAZoneWorks() throws Exception {
        edit("zones.drl", "rule \"Places 1 to 8 go to the round of 16\"", "rule \"Places 1 to 4 go to the round of 16\"");
        edit("zones.drl", "\"round of 16\", 1, 8,", "\"round of 16\", 1, 4,");
        edit("zones.drl", "rule \"Places 9 to 24 go to the repechage\"", "rule \"Places 5 to 28 go to the repechage\"");
        edit("zones.drl", "\"repechage\", 9, 24,", "\"repechage\", 5, 28,");
        edit("zones.drl", "rule \"Places 25 to 50 are eliminated\"", "rule \"Places 29 to 50 are eliminated\"");
        edit("zones.drl", "\"eliminated\", 25, 50,", "\"eliminated\", 29, 50,");
        edit("zones.drl", "rule \"Repechage: 9th against 24th, 10th against 23rd, ..., 16th against 17th\"",
                "rule \"Repechage: 5th against 28th, 6th against 27th, ..., 16th against 17th\"");
        edit("zones.drl", "KnockoutRound(\"repechage\", 16,", "KnockoutRound(\"repechage\", 24,");
        edit("zones.drl", "rule \"Round of 16: places 1 to 8 against the repechage winners",
                "rule \"Round of 16: places 1 to 4 and the repechage winners");
        Path firstRound = firstRoundOnly();

        JsonNode shipped = json(Cli.run("run", firstRound.toString(), "--format", "json"));
        JsonNode edited = json(Cli.run("run", firstRound.toString(), "--rules", rules.toString(), "--format", "json"));

        // Alfonso Ugarte, 5th: the round of 16 by the shipped rules, the repechage by the edited ones.
        assertThat(zoneOf(shipped, "Alfonso Ugarte")).isEqualTo("round of 16");
        assertThat(zoneOf(edited, "Alfonso Ugarte")).isEqualTo("repechage");
        assertThat(zoneOf(edited, "Asociación Torino")).isEqualTo("repechage");       // 24th
        assertThat(zoneOf(edited, "Comandante Alvariño")).isEqualTo("repechage");     // 28th
        assertThat(zoneOf(edited, "Diablos Rojos")).isEqualTo("eliminated");          // 29th
        assertThat(stage(shipped, "repechage").get("pairings")).hasSize(8);
        JsonNode pairings = stage(edited, "repechage").get("pairings");
        assertThat(pairings).hasSize(12);
        assertThat(pairings.get(0).get("description").asText())
                .isEqualTo("5th Alfonso Ugarte meets 28th Comandante Alvariño; Alfonso Ugarte, better placed, chooses the order of the legs.");
        assertThat(pairings.get(0).get("rule").asText()).isEqualTo("Repechage: 5th against 28th, 6th against 27th, ..., 16th against 17th");

        // Play the twelve repechage ties (the better placed wins both legs): the round of 16 is paired.
        List<String> legs = new ArrayList<>();
        for (JsonNode p : pairings) {
            String tie = "R" + p.get("number").asInt();
            legs.add("  - {stage: repechage, tie: " + tie + ", leg: 1, home: \"" + p.get("worse").asText() + "\", away: \""
                    + p.get("better").asText() + "\", score: 0-1}");
            legs.add("  - {stage: repechage, tie: " + tie + ", leg: 2, home: \"" + p.get("better").asText() + "\", away: \""
                    + p.get("worse").asText() + "\", score: 1-0}");
        }
        Files.write(firstRound, legs, java.nio.file.StandardOpenOption.APPEND);
        JsonNode roundOf16 = stage(json(Cli.run("run", firstRound.toString(), "--rules", rules.toString(), "--format", "json")),
                "round-of-16");

        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        for (JsonNode p : roundOf16.get("pairings")) pairs.put(p.get("betterPosition").asInt(), p.get("worsePosition").asInt());
        assertThat(pairs).containsExactly(Map.entry(1, 16), Map.entry(2, 15), Map.entry(3, 14), Map.entry(4, 13),
                Map.entry(5, 12), Map.entry(6, 11), Map.entry(7, 10), Map.entry(8, 9));
        assertThat(roundOf16.get("pairings").get(0).get("rule").asText())
                .isEqualTo("Round of 16: places 1 to 4 and the repechage winners, the best placed against the lowest placed");
        // All sixteen entrants are known; what is left is to play the pairings' legs.
        assertThat(roundOf16.get("notices")).hasSize(8)
                .allSatisfy(n -> assertThat(n.asText()).contains("waits for its matches").doesNotContain("entrants"));
    }

    /** The national stage's teams and first round only, in a file of its own. */
    private Path firstRoundOnly() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(NATIONAL))) {
            if (line.startsWith("expect:")) break;
            if (line.startsWith("  - {stage:") && !line.contains("stage: first-round")) continue;
            if (line.startsWith("  #")) continue;
            lines.add(line);
        }
        Path scenario = dir.resolve("first-round.yaml");
        Files.write(scenario, lines);
        return scenario;
    }

    private static JsonNode json(Cli.Result result) throws Exception {
        assertThat(result.exit()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static JsonNode stage(JsonNode run, String id) {
        for (JsonNode stage : run.get("stages")) if (stage.get("stage").asText().equals(id)) return stage;
        throw new AssertionError("no stage " + id);
    }

    private static String zoneOf(JsonNode run, String team) {
        for (JsonNode zone : stage(run, "general-table").get("zones")) if (zone.get("team").asText().equals(team)) return zone.get("zone").asText();
        return null;
    }
}
