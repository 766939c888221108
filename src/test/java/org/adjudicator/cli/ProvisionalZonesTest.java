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
 * A table with matches left shows its zones as provisional, in text, Markdown, JSON and HTML: places may
 * still change. Once every match of the table is played or awarded, its zones are final.
 */
class ProvisionalZonesTest {
    static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";
    static final String RULES = "rules/copa-peru-2017";

    @TempDir
    Path dir;

    /** The national stage with the first round's last round (round 6) not played; {@code awarded} replaces one score. */
    private Path lastRoundLeft(String awardedTo) throws Exception {
        List<String> lines = new ArrayList<>();
        boolean awarded = false;
        for (String line : Files.readAllLines(Path.of(NATIONAL))) {
            if (line.contains("stage: first-round, round: 6,")) {
                line = line.replaceAll(", score: \\d+-\\d+(, halfTime: \\d+-\\d+)?", "");
                if (awardedTo != null && !awarded) {
                    line = line.replace("}", ", awarded: " + awardedTo + "}");
                    awarded = true;
                }
            }
            lines.add(line);
        }
        Path scenario = dir.resolve("round-6-left.yaml");
        Files.write(scenario, lines);
        return scenario;
    }

    @Test
    void theZonesOfATableWithMatchesLeftAreProvisionalInText() throws Exception {
        Cli.Result result = Cli.run("run", lastRoundLeft(null).toString(), "--rules", RULES);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("== General table ==  [waits for 25 match(es)")
                .contains("Zone                       Decided by")
                .contains("   1  Atlético Grau                      5  4  0  1  12   4  +8   12      6    +1  round of 16 (provisional)  Goal difference")
                .contains("  Round of 16 (provisional): 1. Atlético Grau, 2. Kola San Martín")
                .contains("  Repechage (provisional): 9. Coronel Bolognesi")
                .contains("  Eliminated (provisional): 26 teams, places 25-50");
    }

    @Test
    void theZonesOfATableWithMatchesLeftAreProvisionalInJsonAndMarkdown() throws Exception {
        Path scenario = lastRoundLeft(null);
        Cli.Result json = Cli.run("run", scenario.toString(), "--rules", RULES, "--format", "json");
        Cli.Result markdown = Cli.run("run", scenario.toString(), "--rules", RULES, "--format", "markdown");

        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode zones = generalTable(json.out()).get("zones");
        assertThat(zones).hasSize(50);
        zones.forEach(zone -> assertThat(zone.path("provisional").asBoolean()).as(zone.toString()).isTrue());
        assertThat(zones.get(0).get("description").asText())
                .isEqualTo("Atlético Grau is 1st in the general table: places 1 to 8 go to the round of 16."
                        + " Provisional: 25 match(es) of the table left.");
        assertThat(markdown.out()).contains("- **Round of 16** (provisional): Atlético Grau, Kola San Martín")
                .contains("| round of 16 (provisional) |");
    }

    @Test
    void theHtmlPageMarksTheZonesAsTheRulesDecided() throws Exception {
        Cli.Result left = Cli.run("run", lastRoundLeft(null).toString(), "--rules", RULES, "--format", "html");
        Cli.Result complete = Cli.run("run", NATIONAL, "--format", "html");

        assertThat(left.exit()).as(left.err()).isZero();
        assertThat(left.out()).contains("round of 16 <span class=\"provisional\">(provisional)</span>")
                .contains("<h3>Zones <span class=\"provisional\">(provisional: the table has matches left)</span></h3>");
        assertThat(complete.out()).doesNotContain("<span class=\"provisional\">");
    }

    @Test
    void theZonesOfACompleteTableAreFinal() throws Exception {
        for (String format : List.of("text", "json", "markdown")) {  // html: see the test above
            Cli.Result result = Cli.run("run", NATIONAL, "--format", format);
            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out()).as(format).doesNotContain("provisional").doesNotContain("Provisional");
        }
    }

    /** An awarded match is decided: a table whose only match left is awarded is complete, and so are its zones. */
    @Test
    void anAwardedMatchLeavesNoZoneProvisional() throws Exception {
        Path scenario = lastRoundLeft("3-0");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(scenario)) {
            // every round-6 match but the awarded one gets its score back
            lines.add(line.contains("round: 6,") && !line.contains("awarded") ? line.replace("}", ", score: 1-0}") : line);
        }
        Files.write(scenario, lines);

        Cli.Result result = Cli.run("run", scenario.toString(), "--rules", RULES, "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        generalTable(result.out()).get("zones")
                .forEach(zone -> assertThat(zone.has("provisional")).as(zone.toString()).isFalse());
    }

    private static JsonNode generalTable(String json) throws Exception {
        for (JsonNode stage : new ObjectMapper().readTree(json).get("stages")) {
            if (stage.get("stage").asText().equals("general-table")) return stage;
        }
        throw new AssertionError("no general table in " + json);
    }
}
