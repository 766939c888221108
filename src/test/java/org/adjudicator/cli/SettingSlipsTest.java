package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An official's slip in a setting is an error, never a silent change of results: a set built as an
 * official builds it ({@code rules new copa-peru-2020 --from copa-peru-2019}, then the README's
 * "Points for a win" recipe) with the value written as text, or the name misspelt, is refused by
 * {@code rules check} (every problem, one line each) and by every command that loads it (the first,
 * exit 2), with the file and line of the rule at fault. The settings are declared once, with their
 * kind and meaning, in rules/base/settings.drl.
 */
class SettingSlipsTest {
    static final String SCENARIO = "scenarios/copa-peru-2019/national-stage.yaml";

    @TempDir
    Path dir;

    Path season;

    /** `rules new copa-peru-2020 --from copa-peru-2019`, as an official makes it, beside a copy of copa-peru-2019. */
    @BeforeEach
    void aNewSeason() throws Exception {
        Path base = TestFiles.copyFolder(Path.of("rules/copa-peru-2019"), dir.resolve("rules").resolve("copa-peru-2019"));
        Cli.Result created = Cli.run("rules", "new", "copa-peru-2020", "--from", base.toString());
        assertThat(created.exit()).as(created.err()).isZero();
        season = base.resolveSibling("copa-peru-2020");
    }

    /** The README's recipe "Points for a win", with the value as the official wrote it; the line of its rule. */
    private int pointsForAWin(String setting) throws Exception {
        Path changes = season.resolve("changes.drl");
        String drl = Files.readString(changes);
        int line = (int) drl.lines().count() + 2;
        Files.writeString(changes, drl + "\nrule \"Points for a win\"\n    @replaces\nwhen\nthen\n    insert(" + setting + ");\nend\n");
        return line;
    }

    private String changes() {
        return season.resolve("changes.drl").toString();
    }

    private static void assertOneLineError(Cli.Result result) {
        assertThat(result.exit()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void theRecipeAsWrittenPassesAndChangesThePoints() throws Exception {
        pointsForAWin("new Setting(\"points for a win\", 2)");

        Cli.Result check = Cli.run("rules", "check", season.toString());

        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).endsWith(": no problem found\n");
    }

    /** The first slip: a win was worth 0 points and `run` exited 0. */
    @Test
    void aNumberWrittenAsTextIsAnErrorNamingWhatIsExpected() throws Exception {
        int line = pointsForAWin("new Setting(\"points for a win\", \"2\")");
        String expected = changes() + ":" + line + ": rule \"Points for a win\": the setting \"points for a win\" (the points a team"
                + " gets for a match it wins) is a whole number, but this rule gives the text \"2\": write the number without quotes,"
                + " new Setting(\"points for a win\", 2)";

        Cli.Result check = Cli.run("rules", "check", season.toString());

        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).isEqualTo(expected + "\n");
        for (String command : List.of("run", "rank")) {
            Cli.Result result = Cli.run(command, SCENARIO, "--rules", season.toString());
            assertOneLineError(result);
            assertThat(result.err()).isEqualTo(expected + "\n");
        }
    }

    /**
     * The second slip: no general table at all, and `run` exited 0. The misspelt name, and
     * the rule that reads the setting no rule now gives, are both named.
     */
    @Test
    void aMisspeltNameIsAnErrorWithDidYouMeanAndTheRuleThatReadsTheSettingIsNamed() throws Exception {
        int line = pointsForAWin("new Setting(\"points for win\", 2)");
        String misspelt = changes() + ":" + line + ": rule \"Points for a win\": \"points for win\" is not a setting; did you mean"
                + " \"points for a win\"? (the settings a set may give are declared, with their kind and meaning, in rules/base/settings.drl)";

        Cli.Result check = Cli.run("rules", "check", season.toString());

        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err().lines().toList()).containsExactly(misspelt,
                "rules/base/tables.drl:" + lineOf("rules/base/tables.drl", "rule \"Each team's record in a league table\"")
                        + ": rule \"Each team's record in a league table\": this rule reads the setting \"points for a win\", which no"
                        + " rule of the set gives: it would never fire (a rule gives \"points for win\": is that it, misspelt?)",
                "rules/copa-peru-2018/criteria.drl:" + lineOf("rules/copa-peru-2018/criteria.drl", "rule \"Relative points\"")
                        + ": rule \"Relative points\": this rule reads the setting \"points for a win\", which no"
                        + " rule of the set gives: it would never fire (a rule gives \"points for win\": is that it, misspelt?)");
        Cli.Result run = Cli.run("run", SCENARIO, "--rules", season.toString());
        assertOneLineError(run);
        assertThat(run.err()).isEqualTo(misspelt + " (and 2 more problems in the rules' structure)\n");
    }

    /** A setting the rules read, left out of the set (its rule removed), is named with the rule that reads it. */
    @Test
    void aSettingARuleReadsAndNoSetGivesIsAnErrorNamingTheRule() throws Exception {
        Files.writeString(season.resolve("set.yaml"), "builds-on: copa-peru-2019\nremoves:\n  - \"Points for a draw\"\n");

        Cli.Result check = Cli.run("rules", "check", season.toString());
        Cli.Result rank = Cli.run("rank", SCENARIO, "--rules", season.toString());

        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).isEqualTo("rules/base/tables.drl:" + lineOf("rules/base/tables.drl", "rule \"Each team's record in a league table\"")
                + ": rule \"Each team's record in a league table\": this rule reads the setting \"points for a draw\", which no rule of"
                + " the set gives: it would never fire; give it, e.g. insert(new Setting(\"points for a draw\", ...)) in a rule with no condition\n"
                + "rules/copa-peru-2018/criteria.drl:" + lineOf("rules/copa-peru-2018/criteria.drl", "rule \"Relative points\"")
                + ": rule \"Relative points\": this rule reads the setting \"points for a draw\", which no rule of"
                + " the set gives: it would never fire; give it, e.g. insert(new Setting(\"points for a draw\", ...)) in a rule with no condition\n");
        assertOneLineError(rank);
        assertThat(rank.err()).isEqualTo(check.err().lines().findFirst().orElseThrow() + " (and 1 more problem in the rules' structure)\n");
    }

    /** A pairing is one of the two ways the base's `opponentPlace` knows. */
    @Test
    void aPairingThatIsNoneOfTheDeclaredWaysIsAnError() throws Exception {
        Path changes = season.resolve("changes.drl");
        Files.writeString(changes, Files.readString(changes) + """

                rule "The round-of-32 pairing"
                when
                then
                    insert(new Setting("round-of-32 pairing", "place p against place N-p"));
                end
                """);

        Cli.Result check = Cli.run("rules", "check", season.toString());

        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains(changes + ":").contains(": rule \"The round-of-32 pairing\": the setting \"round-of-32 pairing\"")
                .contains("is one of \"place p against place N+1-p\" or \"place p against place p+N/2\", not \"place p against place N-p\"");
    }

    /** The same setting given by a second rule (a new rule where the old one should have been replaced) is named with both. */
    @Test
    void aSettingGivenTwiceIsAnError() throws Exception {
        Path changes = season.resolve("changes.drl");
        Files.writeString(changes, Files.readString(changes) + """

                rule "Two points for a win"
                when
                then
                    insert(new Setting("points for a win", 2));
                end
                """);

        Cli.Result check = Cli.run("rules", "check", season.toString());

        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains(": rule \"Two points for a win\": the setting \"points for a win\" is given a second time (2),"
                + " besides rule \"Points for a win\" (").contains("(3): to change a value, replace that rule");
    }

    /** A set that needs a setting of its own declares it, as the base declares the shared ones. */
    @Test
    void aSetDeclaresASettingOfItsOwn() throws Exception {
        Path changes = season.resolve("changes.drl");
        Files.writeString(changes, Files.readString(changes) + """

                rule "The settings of this season"
                when
                then
                    insert(new SettingDeclaration("teams per department", "whole number", "how many teams each department sends"));
                end

                rule "Teams per department"
                when
                then
                    insert(new Setting("teams per department", 2));
                end
                """);

        Cli.Result check = Cli.run("rules", "check", season.toString());

        assertThat(check.exit()).as(check.err()).isZero();
    }

    private static int lineOf(String file, String start) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(file));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(start)) return i + 1;
        throw new AssertionError(start + " not in " + file);
    }
}
