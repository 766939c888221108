package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FIFA and UEFA regulation sets, criterion by criterion: each small scenario is built so that
 * exactly the named criterion puts the first team above the second. Matches are written
 * "HOME h-a AWAY" (all in one group, rounds in order); a line "team: {...}" sets team fields.
 */
class RegulationSetsTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> cases() {
        String fifa = "fifa-world-cup-2018";
        String old = "fifa-world-cup-1990";
        String euro = "uefa-euro-2024";
        String ucl = "uefa-champions-league-2018";
        String pointsOnly = "A 1-0 B";
        String goalDifference = "A 3-0 C; B 1-0 C; A 0-0 B";
        String goalsScored = "A 3-2 C; B 1-0 C; A 1-1 B";
        // A, B level on everything overall; A beat B: D and C make the totals equal.
        // A and B level on points (C above, D below), A beat B.
        String h2hPoints = "A 1-0 B; C 1-0 A; B 1-0 D; C 1-0 D";
        String h2hGoalDifference = "A 2-0 B; C 1-0 A; B 1-0 C; A 2-1 D; B 3-0 D; C 3-1 D";
        String h2hGoals = "A 2-2 B; B 1-1 C; C 0-0 A; A 2-1 D; B 1-0 D; C 3-2 D";
        // A, B do not meet: level on points, goals, head-to-head; A won a match, B drew three.
        String wins = "A 1-0 C; D 1-0 A; B 1-1 C; B 0-0 D; B 0-0 E";
        String level = "A 1-0 C r1; B 1-0 C r2; A 1-1 B r3";
        String levelEarly = "A 1-1 B r1; A 1-0 C r2; B 1-0 C r3";
        // A and B level on all else (they do not meet); A's officials were shown two yellow cards, a player of B one.
        String officials = "C 0-1 A; A 1-1 D {cards: {A: {officialsYellow: 2}}}; C 0-1 B; B 1-1 D {cards: {B: {yellow: 1}}}";
        return Stream.of(
                Arguments.of(fifa, pointsOnly, "A", "B", "Points"),
                Arguments.of(fifa, goalDifference, "A", "B", "Goal difference"),
                Arguments.of(fifa, goalsScored, "A", "B", "Goals scored"),
                Arguments.of(fifa, h2hPoints, "A", "B", "Points in the matches between the teams level"),
                Arguments.of(fifa, h2hGoalDifference, "A", "C", "Goal difference in the matches between the teams level"),
                Arguments.of(fifa, h2hGoals, "B", "A", "Goals scored in the matches between the teams level"),
                Arguments.of(fifa, "A 1-1 B {cards: {A: {yellow: 1}, B: {secondYellowRed: 1}}}; A 1-0 C; B 1-0 C", "A", "B", "Fair-play points"),
                Arguments.of(fifa, "A 1-1 B; lots B A", "B", "A", "Drawing of lots"),
                // 1990: two points for a win. A won once and lost twice (2), B drew three times (3); with 3 points they would be level.
                Arguments.of(old, "A 1-0 C; D 1-0 A; E 1-0 A; B 0-0 C; B 0-0 D; B 0-0 E", "B", "A", "Points"),
                Arguments.of(old, goalDifference, "A", "B", "Goal difference"),
                Arguments.of(old, goalsScored, "A", "B", "Goals scored"),
                Arguments.of(old, h2hPoints, "A", "B", "Points in the matches between the teams level"),
                Arguments.of(old, h2hGoalDifference, "A", "C", "Goal difference in the matches between the teams level"),
                Arguments.of(old, h2hGoals, "B", "A", "Goals scored in the matches between the teams level"),
                Arguments.of(old, "A 1-1 B; lots B A", "B", "A", "Drawing of lots"),
                Arguments.of(euro, pointsOnly, "A", "B", "Points"),
                Arguments.of(euro, h2hPoints, "A", "B", "Head-to-head among the teams level"),
                Arguments.of(euro, "A 3-0 C; B 1-0 C; A 1-1 B", "A", "B", "Goal difference"),
                Arguments.of(euro, goalsScored, "A", "B", "Goals scored"),
                Arguments.of(euro, wins, "A", "B", "Wins"),
                Arguments.of(euro, level.replace("A 1-1 B r3", "A 1-1 B r3 pens 5-4"), "A", "B", "Penalty shoot-out in the last round"),
                // A and B alone on 4 points drew in the last round: art. 20.01 h calls for a shoot-out, so criteria i) and j)
                // are shown on a draw between them in round 1 instead.
                Arguments.of(euro, levelEarly.replace("A 1-1 B r1", "A 1-1 B r1 {cards: {A: {yellow: 1}, B: {yellow: 2}}}"), "A", "B", "Disciplinary points"),
                Arguments.of(euro, levelEarly + "; team A: {qualifiersRanking: 5}; team B: {qualifiersRanking: 3}", "B", "A", "European Qualifiers ranking"),
                Arguments.of(ucl, pointsOnly, "A", "B", "Points"),
                // Two legs 2-2 at A and 1-1 at B: B scored two away goals, A one.
                Arguments.of(ucl, "A 2-2 B; B 1-1 A", "B", "A", "Head-to-head among the teams level"),
                // Both legs between A and B drawn 1-1: level on head-to-head, away goals included.
                Arguments.of(ucl, "A 3-0 C; B 1-0 C; A 1-1 B; B 1-1 A", "A", "B", "Goal difference"),
                Arguments.of(ucl, "A 3-2 C; B 1-0 C; A 1-1 B; B 1-1 A", "A", "B", "Goals scored"),
                Arguments.of(ucl, "A 1-1 B; B 1-1 A; A 2-0 C; C 0-2 B", "B", "A", "Away goals scored"),
                Arguments.of(ucl, wins, "A", "B", "Wins"),
                // A won away and drew at home, B won at home and drew away: all else level.
                Arguments.of(ucl, "C 0-1 A; A 1-1 D; B 1-0 C; D 1-1 B", "A", "B", "Away wins"),
                Arguments.of(ucl, "C 0-1 A; A 1-1 D {cards: {A: {yellow: 2}}}; C 0-1 B; B 1-1 D {cards: {B: {yellow: 1}}}", "B", "A", "Disciplinary points"),
                Arguments.of(ucl, "C 0-1 A; A 1-1 D; C 0-1 B; B 1-1 D; team A: {clubCoefficient: 36.5}; team B: {clubCoefficient: 71.0}", "B", "A", "Club coefficient"),
                // 2023/24: away goals no longer count between the teams level; the same two legs go to away goals in all matches.
                Arguments.of("uefa-champions-league-2023", "A 2-2 B; B 1-1 A", "B", "A", "Away goals scored"),
                Arguments.of("uefa-champions-league-2023", h2hPoints, "A", "B", "Head-to-head among the teams level"),
                // Team officials' yellow cards: EURO 2024 art. 20.01 i) and UCL 2018/19 art. 17.01 k) count players' cards only
                // (A 0, B 1); UCL 2023/24 art. 17.01 j) counts "players and team officials" (A 2, B 1).
                Arguments.of(euro, officials, "A", "B", "Disciplinary points"),
                Arguments.of(ucl, officials, "A", "B", "Disciplinary points"),
                Arguments.of("uefa-champions-league-2023", officials, "B", "A", "Disciplinary points"));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("cases")
    void theCriterionDecides(String rules, String matches, String above, String below, String criterion) throws Exception {
        JsonNode pair = pair(rank(rules, matches), above, below);

        assertThat(pair.get("rule").asText()).isEqualTo(criterion);
    }

    static Stream<Arguments> ties() {
        String ucl18 = "uefa-champions-league-2018";
        String ucl23 = "uefa-champions-league-2023";
        return Stream.of(
                Arguments.of(ucl18, "B 1-2 A", "A 0-0 B", "", "A", "Aggregate score"),
                Arguments.of(ucl18, "B 1-1 A", "A 0-0 B", "", "A", "Away goals"),
                Arguments.of(ucl18, "B 1-0 A", "A 1-0 B", ", extraTime: 2-0", "A", "Aggregate after extra time"),
                // 1-1 after 90 minutes on aggregate, then 1-1 in extra time: B scored its extra-time goal away.
                Arguments.of(ucl18, "B 1-0 A", "A 1-0 B", ", extraTime: 2-1", "B", "Away goals in extra time"),
                Arguments.of(ucl18, "B 1-0 A", "A 1-0 B", ", extraTime: 1-0, penalties: 3-4", "B", "Penalty shoot-out"),
                Arguments.of(ucl23, "B 1-2 A", "A 0-0 B", "", "A", "Aggregate score"),
                // Without the away-goals rule, 1-1 and 0-0 go to extra time.
                Arguments.of(ucl23, "B 1-1 A", "A 0-0 B", ", extraTime: 0-1", "B", "Aggregate after extra time"),
                Arguments.of(ucl23, "B 1-1 A", "A 0-0 B", ", extraTime: 0-0, penalties: 5-3", "A", "Penalty shoot-out"));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @MethodSource("ties")
    void theTieCriterionDecides(String rules, String leg1, String leg2, String extra, String winner, String criterion) throws Exception {
        String[] first = leg1.split(" ");
        String[] second = leg2.split(" ");
        Path file = dir.resolve("tie-" + System.nanoTime() + ".yaml");
        Files.writeString(file, "name: A tie\nrules: " + rules + "\nteams: [{name: A}, {name: B}]\nmatches:\n"
                + "  - {stage: knockout, tie: T, leg: 1, home: " + first[0] + ", away: " + first[2] + ", score: " + first[1] + "}\n"
                + "  - {stage: knockout, tie: T, leg: 2, home: " + second[0] + ", away: " + second[2] + ", score: " + second[1] + extra + "}\n");

        Cli.Result result = Cli.run("run", file.toString(), "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode tie = new ObjectMapper().readTree(result.out()).get("stages").get(0);
        for (JsonNode s : new ObjectMapper().readTree(result.out()).get("stages")) if (s.has("ties")) tie = s.get("ties").get(0);
        assertThat(tie.get("winner").asText()).isEqualTo(winner);
        assertThat(tie.get("decidedBy").asText()).isEqualTo(criterion);
    }

    /**
     * Re-application needed: X, Y, Z level on points; the head-to-head block among the three puts Y
     * last and leaves X and Z level; re-applied to their own match, Z (who beat X) goes above X,
     * though X has the better goal difference overall.
     */
    @Test
    void theHeadToHeadIsReappliedToTheTeamsStillLevel() throws Exception {
        JsonNode json = rank("uefa-euro-2024", "X 1-0 Y; Z 2-1 X; Y 1-0 Z; X 5-0 W; Z 1-0 W; Y 1-0 W");

        assertThat(order(json)).startsWith("Z", "X", "Y");
        assertThat(pair(json, "Z", "X").get("rule").asText()).isEqualTo("Head-to-head among the teams level");
    }

    /**
     * Re-applying too early: a copy of the EURO 2024 set that re-applies after each head-to-head
     * criterion puts Belgium above Romania in the real Group E (Belgium won their match 2-0); the
     * real set applies a)-c) as one block and gives the official order.
     */
    @Test
    void reapplyingTooEarlyGivesADifferentOrderInGroupE() throws Exception {
        Path variant = TestFiles.copyFolder(Path.of("rules/uefa-euro-2024"), dir.resolve("euro-too-early"));
        Path criteria = variant.resolve("criteria.drl");
        String text = Files.readString(criteria);
        String block = "Tiebreak.splitBlock(drools, $group, List.of(\"h2hPoints\", \"h2hGoalDifference\", \"h2hGoals\"), Tiebreak.HIGHER_FIRST, true);";
        assertThat(text).contains(block);
        // Each head-to-head figure on its own, re-applied at once to the teams it leaves level.
        Files.writeString(criteria, text.replace(block, "String next = null;\n"
                + "    for (String figure : List.of(\"h2hPoints\", \"h2hGoalDifference\", \"h2hGoals\")) {\n"
                + "        java.util.Set level = new java.util.HashSet();\n"
                + "        for (Object o : $group.getMembers()) level.add(((Standing) o).get(figure));\n"
                + "        if (level.size() > 1) { next = figure; break; }\n"
                + "    }\n"
                + "    Tiebreak.splitBlock(drools, $group, List.of(next == null ? \"h2hGoals\" : next), Tiebreak.HIGHER_FIRST, true);"));
        String scenario = "scenarios/uefa/euro-2024-group-e.yaml";

        Cli.Result early = Cli.run("rank", scenario, "--rules", variant.toString());
        Cli.Result official = Cli.run("rank", scenario);

        assertThat(early.exit()).as(early.err()).isZero();
        assertThat(early.out()).containsSubsequence("   1  Belgium", "   2  Romania");
        assertThat(official.out()).containsSubsequence("   1  Romania", "   2  Belgium", "   3  Slovakia", "   4  Ukraine");
    }

    @Test
    void theThirdPlacedTeamsOfTheGroupsAreRankedTogether() throws Exception {
        Path file = dir.resolve("two-groups.yaml");
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
                """);

        Cli.Result result = Cli.run("rank", file.toString(), "--table", "Third-placed teams");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsSubsequence("   1  A3", "   2  B3")
                .contains("A3 ranks above B3: level on points (0); goal difference in all group matches (criterion 20.03 b) separates them: A3 -2, B3 -3.");
    }

    static JsonNode rank(String rules, String matches) throws Exception {
        StringBuilder teams = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        StringBuilder lots = new StringBuilder();
        java.util.Map<String, String> extra = new java.util.TreeMap<>();
        java.util.Set<String> names = new java.util.TreeSet<>();
        int round = 0;
        for (String part : matches.split(";\\s*")) {
            if (part.startsWith("lots ")) {
                lots.append("lots: [").append(String.join(", ", part.substring(5).split(" "))).append("]\n");
                continue;
            }
            if (part.startsWith("team ")) {
                String[] t = part.substring(5).split(":\\s*", 2);
                extra.put(t[0].strip(), t[1].strip().replaceAll("^\\{|}$", ""));
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(\\w+) (\\d+-\\d+) (\\w+)(?: r(\\d))?(?: pens (\\d+-\\d+))?(?: (\\{.*}))?").matcher(part.strip());
            if (!m.matches()) throw new IllegalArgumentException(part);
            names.add(m.group(1));
            names.add(m.group(3));
            String r = m.group(4) != null ? m.group(4) : String.valueOf(++round);
            lines.append("  - {group: G, round: ").append(r).append(", home: ").append(m.group(1)).append(", away: ").append(m.group(3))
                    .append(", score: ").append(m.group(2)).append(m.group(5) == null ? "" : ", penalties: " + m.group(5))
                    .append(m.group(6) == null ? "" : ", " + m.group(6).substring(1, m.group(6).length() - 1)).append("}\n");
        }
        for (String n : names) {
            teams.append("  - {name: ").append(n).append(", group: G").append(extra.containsKey(n) ? ", attributes: {" + extra.get(n) + "}" : "").append("}\n");
        }
        Path file = dir.resolve("group-" + System.nanoTime() + ".yaml");
        Files.writeString(file, "name: A group\nrules: " + rules + "\nteams:\n" + teams + lots + "matches:\n" + lines);
        Cli.Result result = Cli.run("rank", file.toString(), "--format", "json");
        assertThat(result.exit()).as(result.err() + "\n" + Files.readString(file)).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    static JsonNode pair(JsonNode json, String above, String below) {
        for (JsonNode p : json.get("pairs")) {
            if (p.get("above").asText().equals(above) && p.get("below").asText().equals(below)) return p;
        }
        throw new AssertionError(above + " is not just above " + below + ": " + order(json) + "\n" + json.get("pairs"));
    }

    static java.util.List<String> order(JsonNode json) {
        java.util.List<String> teams = new java.util.ArrayList<>();
        json.get("ranking").forEach(r -> teams.add(r.get("team").asText()));
        return teams;
    }
}
