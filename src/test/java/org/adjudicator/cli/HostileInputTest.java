package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile input beyond the malformed scenarios of {@link MalformedScenarioTest}: each ends in exit
 * 2 and one line naming the file and the place, with no stack trace, and nothing is written.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    static final String TWO_TEAMS = """
            name: Hostile
            rules: copa-peru-2017
            teams: [{name: Alpha}, {name: Bravo}, {name: Charlie}]
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a team twice in a round  | `matches: [{round: 1, home: Alpha, away: Bravo, score: 1-0}, {round: 1, home: Charlie, away: Alpha, score: 2-0}]` | 4: matches[1].round: "Alpha" already plays in round 1 (line 4); check the round numbers
            the same match twice     | `matches: [{home: Alpha, away: Bravo, score: 1-0}, {home: Alpha, away: Bravo, score: 2-0}]` | 4: matches[1]: the same match is listed twice (first at line 4)
            an absurd score          | `matches: [{home: Alpha, away: Bravo, score: 1000-0}]`                                      | 4: matches[0].score: "1000-0": more than 199 goals by one side is taken for a typing mistake
            a shoot-out after a win  | `matches: [{home: Alpha, away: Bravo, score: 2-1, penalties: 4-3}]`                         | 4: matches[0].penalties: a penalty shoot-out follows a level score (2-1 is not), or ends a two-legged tie
            a level shoot-out        | `matches: [{tie: T, leg: 2, home: Alpha, away: Bravo, score: 1-1, penalties: 4-4}]`         | 4: matches[0].penalties: a penalty shoot-out cannot end level (4-4)
            lots naming a stranger   | `lots: [Alpha, Zulu]`                                                                      | lots[1]: unknown team "Zulu"
            a sanction on a stranger | `sanctions: [{team: Alfa, points: -3}]`                                                    | 4: sanctions[0].team: unknown team "Alfa"; did you mean "Alpha"?
            """)
    void scenarioMistakes(String what, String body, String expected) throws Exception {
        String scenario = TWO_TEAMS + body + (body.startsWith("matches") ? "\n" : "\nmatches: []\n");
        assertOneLine(write(scenario), expected);
    }

    /**
     * Under a regulation with a shoot-out (the base rule, rules/base/ties.drl), one recorded on a tie
     * the aggregate decided is a scenario mistake; Copa Perú's sets have no shoot-out and replace that
     * rule by a note (CopaPeru2017Test), so this scenario is read under the Champions League's.
     */
    @Test
    void aShootOutOnATieTheAggregateDecidedDecidesNothing() throws Exception {
        Path file = write(TWO_TEAMS.replace("rules: copa-peru-2017", "rules: uefa-champions-league-2018") + """
                matches:
                  - {stage: quarter-finals, tie: Q1, leg: 1, home: Bravo, away: Alpha, score: 0-1}
                  - {stage: quarter-finals, tie: Q1, leg: 2, home: Alpha, away: Bravo, score: 1-0, penalties: 4-3}
                """);

        assertOneLine(file, "6: penalties: a penalty shoot-out is recorded for Tie Q1, but aggregate score already decides it (Alpha): "
                + "remove the shoot-out or correct the scores");
    }

    @Test
    void aRecordedDrawOfLotsThatLeavesOutALevelTeam() throws Exception {
        Path file = write(TWO_TEAMS + """
                lots: [Charlie, Bravo]
                matches:
                  - {home: Alpha, away: Bravo, score: 1-1, halfTime: 0-0}
                  - {home: Bravo, away: Alpha, score: 1-1, halfTime: 0-0}
                """);

        assertOneLine(file, "lots: the recorded drawing of lots leaves out Alpha, level with Alpha and Bravo at position 1");
    }

    /**
     * Sixteen levels of nine aliases each would be 9^16 strings if expanded. Anchors and aliases are
     * refused, the first with its line and column, before the scenario is read.
     */
    @Test
    void aYamlAliasBombIsRefusedAtOnce() throws Exception {
        StringBuilder bomb = new StringBuilder("name: Bomb\nrules: copa-peru-2017\nteams:\n  - name: Alpha\n    attributes:\n");
        bomb.append("      a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'p'; c++) {
            bomb.append("      ").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            bomb.append("]\n");
        }
        bomb.append("  - name: Bravo\nmatches: []\n");

        assertOneLine(write(bomb.toString()), "6:10: YAML anchor &a: anchors and aliases are not supported in a scenario");
        assertOneLine(write(TWO_TEAMS.replace("{name: Charlie}", "{name: &c [a, b]}, {name: *c}") + "matches: []\n"),
                "3:46: YAML anchor &c");
        assertOneLine(write(TWO_TEAMS + "matches: [{home: Alpha, away: Bravo}]\nsanctions: [{team: Alpha, points: -3, reason: &r x}, "
                + "{team: Bravo, points: -3, reason: *r}]\n"), "5:47: YAML anchor &r");
    }

    @Test
    void verifyReportsAScenarioWithTheRootAsItsRulesAndGoesOn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(folder.resolve("a-root.yaml"), "name: Root\nrules: /\nteams: [{name: A}, {name: B}]\nmatches: []\n"
                + "expect: {champion: A}\n");
        Files.copy(Path.of("scenarios/copa-peru-2017/final-group.yaml"), folder.resolve("b-final-group.yaml"));

        Cli.Result result = Cli.run("verify", folder.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("FAIL " + folder.resolve("a-root.yaml") + ": cannot adjudicate: " + folder.resolve("a-root.yaml")
                        + ":rules: \"/\" is the root folder, not the folder of a regulation set")
                .contains("PASS " + folder.resolve("b-final-group.yaml")).contains("1 passed, 1 failed");
    }

    @Test
    void simulateNamesAStrengthThatIsNoNumber() throws Exception {
        Path file = write(TWO_TEAMS.replace("{name: Bravo}", "{name: Bravo, attributes: {strength: strong}}")
                + "matches: [{home: Alpha, away: Bravo}]\n");

        Cli.Result result = Cli.run("simulate", file.toString(), "--runs", "50");

        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).startsWith(file + ":3: teams[1].attributes.strength: \"strong\" is not a strength: simulate reads it "
                + "as a number above 0").doesNotContain("\tat ");
        assertThat(result.err().strip()).doesNotContain("\n");
    }

    /** An error that quotes what was typed escapes its control characters: one line, nothing a terminal acts on. */
    @Test
    void anUnknownTeamIsQuotedWithItsControlCharactersEscaped() {
        Cli.Result result = Cli.run("explain", "scenarios/copa-peru-2017/final-group.yaml", "Bina\ncional\u001b[2J", "Binacional");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Bina\\u000Acional\\u001B[2J").doesNotContain("\u001b");
        assertThat(result.err().strip()).doesNotContain("\n");
    }

    @Test
    void aHundredThousandMatchesAreRefusedWithTheStatedLimit() throws Exception {
        StringBuilder big = new StringBuilder(TWO_TEAMS + "matches:\n");
        for (int i = 0; i < 100_000; i++) big.append("  - {home: Alpha, away: Bravo, round: ").append(i + 1).append(", score: 1-0}\n");

        assertOneLine(write(big.toString()), "matches: 100000 matches: more than this tool's limit of 50000 per scenario");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing folder   | src/test/resources/rules-broken/no-such-folder | --rules: regulation set "src/test/resources/rules-broken/no-such-folder" not found (no such folder)
            no ranking rule  | src/test/resources/rules-broken/no-ranking     | src/test/resources/rules-broken/no-ranking: no rule declares an order of criteria (a Precedence)
            a rule that loops| src/test/resources/rules-broken/loops          | src/test/resources/rules-broken/loops/loop.drl:7: rule "Every lot breeds another": the rules did not come to rest after
            rules that contradict | src/test/resources/rules-broken/contradicts | src/test/resources/rules-broken/contradicts: Final group: the rules placed "Binacional" more than once: position 1 by rule "Goal difference"
            """)
    void brokenRulesFolders(String what, String rules, String expected) {
        Cli.Result result = Cli.run("run", "scenarios/copa-peru-2017/final-group.yaml", "--rules", rules);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith(expected).doesNotContain("\tat ");
        assertThat(result.err().strip()).doesNotContain("\n");
    }

    @Test
    void debugAddsTheStackTrace() {
        Cli.Result result = Cli.run("rank", "scenarios/copa-peru-2017/final-group.yaml", "--rules", "src/test/resources/rules-broken/loops", "--debug");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("\tat org.adjudicator");
    }

    @Test
    void aFailedRunWritesNothingAndKeepsThePreviousFile() throws Exception {
        Path previous = dir.resolve("previous.yaml");
        Files.writeString(previous, "the previous file\n");
        Path absent = dir.resolve("absent.yaml");

        Cli.Result one = Cli.run("whatif", "scenarios/copa-peru-2017/final-group.yaml", "--set", "Nobody 1-0 Binacional", "--out", previous.toString());
        Cli.Result two = Cli.run("whatif", "scenarios/copa-peru-2017/final-group.yaml", "--set", "Nobody 1-0 Binacional", "--out", absent.toString());

        assertThat(one.exit()).isEqualTo(2);
        assertThat(two.exit()).isEqualTo(2);
        assertThat(Files.readString(previous)).isEqualTo("the previous file\n");
        assertThat(absent).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("previous.yaml");
        }
    }

    @Test
    void teamNamesThatLookLikeCodeAreDataAndPrintedAsWritten() throws Exception {
        Path file = write("""
                name: Data stays data
                rules: copa-peru-2017
                teams:
                  - name: 'System.exit(1)'
                  - name: '" + drools.halt() + "'
                  - name: 'rule "x" when then end'
                  - name: '${java.lang.Runtime.getRuntime().exec("x")}'
                matches:
                  - {home: 'System.exit(1)', away: '" + drools.halt() + "', score: 3-0, halfTime: 1-0}
                  - {home: 'rule "x" when then end', away: '${java.lang.Runtime.getRuntime().exec("x")}', score: 1-0, halfTime: 0-0}
                """);

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("   1  System.exit(1)").contains("   2  rule \"x\" when then end")
                .contains("\" + drools.halt() + \"").contains("${java.lang.Runtime.getRuntime().exec(\"x\")}");
    }

    private void assertOneLine(Path file, String expected) {
        Cli.Result result = Cli.run("run", file.toString());

        assertThat(result.exit()).as(result.out()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith(file + ":")
                .contains(expected).doesNotContain("\tat ");
        assertThat(result.err().strip()).doesNotContain("\n");
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("scenario-" + System.nanoTime() + ".yaml");
        Files.writeString(file, text);
        return file;
    }
}
