package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, "Smaller, all seen": each defect as an official met it. */
class SmallerItemsTest {
    static final String FINAL_GROUP = "scenarios/copa-peru-2017/final-group.yaml";
    /** "Atlético Grau" with a combining acute accent (e + U+0301), as some keyboards and files write it. */
    static final String DECOMPOSED_GRAU = "Atle\u0301tico Grau";

    @Test
    void teamNamesAreComparedAfterNfcNormalisationInFiles(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("decomposed.yaml");
        String text = Files.readString(Path.of(FINAL_GROUP)).replace("rules: copa-peru-2017", "rules: " + Path.of("rules/copa-peru-2017").toAbsolutePath());
        // The teams list keeps "Atlético Grau"; its matches name it decomposed, literally and as a YAML escape.
        int matches = text.indexOf("matches:");
        String teams = text.substring(0, matches);
        String rest = text.substring(matches)
                .replace("home: Atlético Grau", "home: " + DECOMPOSED_GRAU).replace("away: Atlético Grau", "away: \"Atle\\u0301tico Grau\"");
        Files.writeString(scenario, teams + rest);

        Cli.Result result = Cli.run("rank", scenario.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("   2  Atlético Grau").doesNotContain(DECOMPOSED_GRAU);
    }

    @Test
    void teamNamesAreComparedAfterNfcNormalisationOnTheCommandLine() {
        Cli.Result explain = Cli.run("explain", FINAL_GROUP, "Binacional", DECOMPOSED_GRAU);
        Cli.Result whatif = Cli.run("whatif", FINAL_GROUP, "--set", "Binacional 0-1 " + DECOMPOSED_GRAU);

        assertThat(explain.exit()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("Atlético Grau");
        assertThat(whatif.exit()).as(whatif.err()).isZero();
        assertThat(whatif.out()).contains("champion: Binacional -> Atlético Grau");
    }

    /** East Asian wide characters and emoji take two columns, a combining accent none: the columns stay aligned. */
    @Test
    void tablesAlignByDisplayWidth(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("wide.yaml");
        Files.writeString(scenario, """
                name: wide names
                rules: %s
                teams:
                  - {name: 東京ヴェルディ}
                  - {name: Lima}
                  - {name: "⚽ Club"}
                  - {name: "Cafe\\u0301"}
                matches:
                  - {round: 1, home: 東京ヴェルディ, away: Lima, score: 1-0}
                  - {round: 1, home: "⚽ Club", away: "Café", score: 2-0}
                """.formatted(Path.of("rules/copa-peru-2017").toAbsolutePath()));

        Cli.Result result = Cli.run("rank", scenario.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        // "Team" is as wide as 東京ヴェルディ: 7 characters of two columns, 14 columns.
        assertThat(result.out()).contains(
                " Pos  Team            P  W",
                "   1  ⚽ Club         1  1",
                "   2  東京ヴェルディ  1  1",
                "   3  Lima            1  0",
                "   4  Café            1  0");
    }

    /** A World Cup group whose matches name no group gave only a header (run) or "no table to rank" (rank). */
    @Test
    void aGroupScenarioWithoutGroupsSaysTheTablesAreMadePerGroup(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("no-group.yaml");
        Files.writeString(scenario, Files.readString(Path.of("scenarios/fifa/world-cup-2018-group-h.yaml"))
                .replaceAll("group: H, ", "").replaceAll(", group: H", "").replaceAll("\n\\s*group: H", "")
                .replaceFirst("rules: \\S+", "rules: " + Path.of("rules/fifa-world-cup-2018").toAbsolutePath()));
        assertThat(Files.readString(scenario)).doesNotContain("group: H");

        for (String command : new String[] {"run", "rank"}) {
            Cli.Result result = Cli.run(command, scenario.toString());

            assertThat(result.exit()).as(command).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).contains("no-group.yaml:").contains(": group: this regulation set makes one table per group, "
                    + "and no match of the scenario has a group");
        }
    }

    @Test
    void versionOnASubcommandPrintsTheVersion() {
        for (String command : new String[] {"run", "needs", "whatif", "bench"}) {
            Cli.Result result = Cli.run(command, "-V");

            assertThat(result.exit()).isZero();
            assertThat(result.out().strip()).as(command).isEqualTo("adjudicator 0.1.0");
        }
    }

    @Test
    void theTopLevelUsageNamesEveryCommandAndExitCodeOne() {
        Cli.Result none = Cli.run();
        Cli.Result help = Cli.run("--help");

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("Missing a command: run, rank, explain, check-fixtures, pair, verify, whatif, impact, needs, "
                + "simulate, bench, serve, rules or import");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Exit codes: 0 done; 1 the answer is no (check-fixtures: the fixture "
                + "breaks a pairing restriction; verify: a scenario's expectations fail); 2 bad input");
    }

    @Test
    void pairHelpDoesNotFixTheRounds() {
        Cli.Result help = Cli.run("pair", "--help");

        assertThat(help.out()).doesNotContain("rounds 1-6");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("the proposed matches of the rules' fixture stage (two rounds per opponent)");
    }

    @Test
    void oneExpectationIsSingular(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("one.yaml");
        String text = Files.readString(Path.of(FINAL_GROUP)).replace("rules: copa-peru-2017", "rules: " + Path.of("rules/copa-peru-2017").toAbsolutePath());
        Files.writeString(scenario, text.substring(0, text.indexOf("expect:")) + "expect:\n  champion: Binacional\n");

        Cli.Result result = Cli.run("verify", scenario.toString());

        assertThat(result.out()).contains("PASS " + scenario + " (1 expectation)").doesNotContain("1 expectations");
    }

    /** With two opponents per team, restriction (b) said "three opponents" beside "not 2". */
    @Test
    void restrictionBsRuleDoesNotRepeatTheNumberOfOpponents(@TempDir Path dir) throws Exception {
        Path rules = TestFiles.copyFolder(Path.of("rules/copa-peru-2017"), dir.resolve("two-opponents"));
        Path stages = rules.resolve("stages.drl");
        Files.writeString(stages, Files.readString(stages).replace("new Setting(\"opponents per team\", 3)", "new Setting(\"opponents per team\", 2)"));

        Cli.Result result = Cli.run("check-fixtures", "scenarios/copa-peru-2017/national-stage.yaml", "--rules", rules.toString());

        assertThat(result.out()).contains("not 2").contains("rule \"(b) Each team meets each of its opponents once at home and once away\"")
                .doesNotContain("three");
    }

    /** The header said the final group was ranked "with the general-table rules": it has criteria of its own. */
    @Test
    void theFinalGroupsHeaderNamesItsOwnCriteria() throws Exception {
        String header = Files.readString(Path.of(FINAL_GROUP)).lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        Cli.Result rank = Cli.run("rank", FINAL_GROUP);

        assertThat(rank.out()).contains("Criteria, in order: Number of points, Goal difference, Position in the general table");
        assertThat(header).doesNotContain("general-table rules")
                .contains("points, goal").contains("difference, then the better position in the general table")
                .contains("Binacional champion on goal difference (+5 against Atlético Grau's +3)");
    }
}
