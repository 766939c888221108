package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adjudicator.Cli;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Outcome;
import org.adjudicator.workflow.WhatIf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sanction, withdrawal or awarded match that no table applies is an error naming it and the
 * tables that exist (never dropped without a word); one for a stage that has no table yet waits.
 * `whatif` gives each as the scenario format does, and writes them into the changed scenario.
 */
class UnappliedSanctionTest {
    static final String FINAL_GROUP = "scenarios/copa-peru-2017/final-group.yaml";
    static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";

    @TempDir
    Path dir;

    @Test
    void aWhatIfSanctionWithNoStageInTheFinalGroupIsAnErrorListingTheTables() {
        Cli.Result result = Cli.run("whatif", FINAL_GROUP, "--sanction", "Binacional:-1");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("--sanction \"Binacional:-1\": the sanction of Binacional (-1 point(s), no stage given)"
                + " counts in no table of this scenario (no rule of the set applies it to one); its tables: Final group"
                + " (matches of stage final-group); give it the stage of the table it counts in, e.g. \"Binacional:-1@final-group\"\n");
    }

    @Test
    void aScenarioSanctionThatCountsNowhereNamesItsFileLineAndField() throws Exception {
        Path file = finalGroupWith("sanctions:\n  - {team: Binacional, points: -1, reason: late kick-off}\n");
        int line = lineOf(file, "{team: Binacional, points: -1");

        Cli.Result result = Cli.run("run", file.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith(file + ":" + line + ": sanctions[0]: the sanction of Binacional (-1 point(s), no stage given)")
                .contains("its tables: Final group (matches of stage final-group)").contains("e.g. stage: final-group")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void theSameSanctionWithItsStageCountsAndMakesAtleticoGrauChampion() throws Exception {
        Path file = finalGroupWith("sanctions:\n  - {team: Binacional, points: -1, stage: final-group}\n");

        Cli.Result written = Cli.run("run", file.toString());
        Cli.Result asked = Cli.run("whatif", FINAL_GROUP, "--sanction", "Binacional:-1@final-group");

        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).contains("Binacional: 1 point(s) deducted.")
                .contains("Atlético Grau wins the final group");
        assertThat(asked.exit()).as(asked.err()).isZero();
        assertThat(asked.out()).contains("  Binacional: -1 point(s) (final-group)")
                .contains("champion: Binacional -> Atlético Grau (now 7 pts, Binacional 6)");
    }

    @Test
    void aSanctionForAStageOfNoNameIsAnError() {
        Cli.Result result = Cli.run("whatif", FINAL_GROUP, "--sanction", "Binacional:-1@semi-finals");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("--sanction \"Binacional:-1@semi-finals\": the sanction of Binacional (-1 point(s), stage semi-finals) counts in no table");
    }

    @Test
    void aSanctionForAStageThatHasNoTableYetWaitsAndSaysSo() throws Exception {
        // The national stage before the final group is played: the final group has no table yet.
        Path file = dir.resolve("before-the-final-group.yaml");
        Files.writeString(file, String.join("\n", Files.readAllLines(Path.of(NATIONAL)).stream()
                .filter(l -> !l.contains("stage: final-group")).toList()) + "\n"
                + "sanctions:\n  - {team: Binacional, points: -3, stage: final-group}\n");

        Cli.Result result = Cli.run("run", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsSubsequence("== Final group ==  [not decided: see the notes below]",
                "Note: The sanction of Binacional (-3 point(s), stage final-group) waits: stage final-group has no table yet.");
    }

    @Test
    void aWithdrawalThatNoTableAppliesIsAnError() throws Exception {
        // A fifth team with no match: no table has it, so its withdrawal counts nowhere.
        Path file = finalGroupWith("withdrawals:\n  - {team: Sport Rosario, reason: dissolved}\n");
        Files.writeString(file, Files.readString(file).replaceFirst("\nteams:\n", "\nteams:\n  - name: Sport Rosario\n"));
        int line = lineOf(file, "{team: Sport Rosario, reason: dissolved}");

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith(file + ":" + line + ": withdrawals[0]: the withdrawal of Sport Rosario counts in no table")
                .contains("its tables: Final group (matches of stage final-group)").hasLineCount(1);
    }

    @Test
    void anAwardedMatchThatNoTableCountsIsAnError() throws Exception {
        Path file = finalGroupWith("");
        Files.writeString(file, Files.readString(file).replaceFirst("\nmatches:\n",
                "\nmatches:\n  - {stage: friendly, home: Binacional, away: Atlético Grau, awarded: 3-0}\n"));
        int line = lineOf(file, "stage: friendly");

        Cli.Result result = Cli.run("run", file.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith(file + ":" + line + ": awarded: the awarded score 3-0 of Binacional v Atlético Grau"
                + " (stage friendly) counts in no table").hasLineCount(1);
    }

    @Test
    void anAwardedLegCountsInItsTieAndSaysSo() {
        Cli.Result result = Cli.run("whatif", NATIONAL, "--award", "repechage: Asociación Torino 3-0 Las Palmas");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Asociación Torino v Las Palmas awarded 3-0 (repechage; played 1-1)")
                .contains("winner of Tie R1: Las Palmas -> Asociación Torino");
    }

    @Test
    void whatIfAwardsAMatchAndWritesItIntoTheChangedScenario() throws Exception {
        Path out = dir.resolve("award.yaml");

        Cli.Result result = Cli.run("whatif", FINAL_GROUP, "--award", "Binacional 0-3 Atlético Grau", "--reason", "ineligible player",
                "--out", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("  Binacional v Atlético Grau awarded 0-3 (final-group; played 0-0)")
                .contains("champion: Binacional -> Atlético Grau (now 9 pts, Binacional 6)");
        assertThat(Files.readString(out)).contains("awarded: 0-3").contains("reason: ineligible player");
        assertThat(Cli.run("rank", out.toString()).out())
                .contains("Binacional v Atlético Grau counts as 0-3 (awarded: ineligible player), not the 0-0 played.");
    }

    @Test
    void whatIfWithdrawsATeamAndWritesItIntoTheChangedScenario() throws Exception {
        Path out = dir.resolve("withdrawn.yaml");

        Cli.Result result = Cli.run("whatif", FINAL_GROUP, "--withdraw", "estudiantil cni", "--out", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("  Estudiantil CNI withdrawn").contains("Final group: Estudiantil CNI: 3 -> -");
        assertThat(Files.readString(out)).contains("withdrawals:").contains("team: Estudiantil CNI").contains("reason: what-if");
        assertThat(Cli.run("rank", out.toString()).out())
                .contains("Estudiantil CNI is withdrawn (what-if): it leaves the table and its 3 match(es) are annulled.");
    }

    @Test
    void theWrittenScenarioRunsToTheSameOutcomeAsTheWhatIf() throws Exception {
        Path out = dir.resolve("all.yaml");
        List<String> sets = List.of("Atlético Grau 3-3 José Carlos Mariátegui");
        List<String> sanctions = List.of("Binacional:-2@final-group");
        List<String> awards = List.of("José Carlos Mariátegui 0-3 Estudiantil CNI");

        Cli.Result result = Cli.run("whatif", FINAL_GROUP, "--set", sets.get(0), "--sanction", sanctions.get(0),
                "--award", awards.get(0), "--withdraw", "Binacional", "--reason", "appeal", "--out", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        Tournament original = Cli.bean(ScenarioReader.class).read(Path.of(FINAL_GROUP));
        WhatIf.Applied applied = Cli.bean(WhatIf.class).apply(original, sets, sanctions, awards, List.of("Binacional"), "appeal");
        Adjudicator adjudicator = Cli.bean(Adjudicator.class);
        Adjudication asked = adjudicator.adjudicate(applied.tournament(), (String) null, false);
        Adjudication written = adjudicator.adjudicate(Cli.bean(ScenarioReader.class).read(out), (String) null, false);
        assertThat(Outcome.of(asked).changesTo(Outcome.of(written))).isEmpty();
        assertThat(written.adjustments()).extracting(a -> a.description()).contains(
                "Binacional: 2 point(s) deducted (appeal).",
                "José Carlos Mariátegui v Estudiantil CNI counts as 0-3 (awarded: appeal), not the 1-2 played.");
        assertThat(Outcome.of(written).changesTo(Outcome.of(adjudicator.adjudicate(original, (String) null, false)))).isNotEmpty();
    }

    @Test
    void badWhatIfChangesAreUsageErrors() {
        assertThat(Cli.run("whatif", FINAL_GROUP, "--sanction", "Binacional@final-group").err())
                .contains("is not a sanction; write TEAM:POINTS").contains("\"Binacional:-3@final-group\"");
        assertThat(Cli.run("whatif", FINAL_GROUP, "--withdraw", "Binacionl").err())
                .startsWith("--withdraw: no team \"Binacionl\"").contains("Binacional");
        assertThat(Cli.run("whatif", FINAL_GROUP, "--award", "Atlético Grau 3-0 Binacional").err())
                .startsWith("--award: no match Atlético Grau v Binacional (home team first); closest:");
        assertThat(Cli.run("whatif", FINAL_GROUP, "--award", "Binacional forfeits").err()).startsWith("--award: \"Binacional forfeits\" is not an awarded score");
        assertThat(Cli.run("whatif", FINAL_GROUP, "--award", "Binacional 200-1 Atlético Grau").err())
                .startsWith("--award: \"200-1\": more than 199 goals by one side");
        assertThat(Cli.run("whatif", FINAL_GROUP, "--award", "Binacional 3-0 Atlético Grau", "--award", "Binacional 0-3 Atlético Grau").err())
                .startsWith("--award: two awarded scores for Binacional v Atlético Grau (final-group): give one --award per match");
        Cli.Result twice = Cli.run("whatif", FINAL_GROUP, "--withdraw", "Binacional", "--withdraw", "Binacional");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).startsWith("--withdraw: \"Binacional\" is withdrawn already");
    }

    @Test
    void theHelpDocumentsTheStageAwardAndWithdrawal() {
        Cli.Result result = Cli.run("whatif", "--help");

        assertThat(result.out()).contains("--sanction=TEAM:POINTS[@STAGE]").contains("\"Binacional:-3@final-group\"")
                .contains("--award=RESULT").contains("--withdraw=TEAM").contains("--reason=TEXT");
    }

    private Path finalGroupWith(String extra) throws Exception {
        Path file = dir.resolve("final-group-" + System.nanoTime() + ".yaml");
        Files.writeString(file, Files.readString(Path.of(FINAL_GROUP)) + extra);
        return file;
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }
}
