package org.adjudicator.seasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision taken off the pitch after a stage is played (rules/base/replacements.drl): in 2019 the
 * FPF docked Alfonso Ugarte a point after it had won its round-of-32 tie, and Comerciantes FC, the
 * team it had beaten, took its place in the round of 16 (libero.pe, resolution 016-CCRD-FPF). Shown
 * on the shipped 2019 scenario (synthetic): Los Audaces de Mayapo wins Tie D16 against Deportivo
 * Municipal (Quillabamba), which takes its place in the round of 16 and plays Tie O1 in its stead.
 */
class ReplacementTest {
    static final String REPLACEMENT = """
            replacements:
              - stage: round-of-16
                out: Los Audaces de Mayapo
                in: Deportivo Municipal (Quillabamba)
                reason: docked one point for non-payment after winning its round-of-32 tie
                authority: FPF, resolution 016-CCRD-FPF
            """;

    @TempDir
    Path dir;

    @Test
    void theReplacingTeamIsPairedInTheReplacedTeamsPlaceAndTheNotesSaySo() throws Exception {
        Cli.Result result = Cli.run("run", scenario(REPLACEMENT));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Los Audaces de Mayapo wins on aggregate score, 3-1.")
                .contains("   1. Atlético Grau (1st in the general table), winner of round-of-32 tie 1, meets Deportivo Municipal (Quillabamba)")
                .contains("  Tie O1  Deportivo Municipal (Quillabamba) 0-2 Atlético Grau (round-of-16, leg 1)")
                .contains("Note: Deportivo Municipal (Quillabamba) takes Los Audaces de Mayapo's place in the round of 16 (docked one point "
                        + "for non-payment after winning its round-of-32 tie; decided by FPF, resolution 016-CCRD-FPF): every pairing from "
                        + "the round of 16 on has Deportivo Municipal (Quillabamba) where Los Audaces de Mayapo would be.")
                .doesNotContain("is not a pairing of the regulation")
                .doesNotContain("in Los Audaces de Mayapo's place").doesNotContain("waits for the entrants");  // one note, the rules'
        Cli.Result json = Cli.run("run", scenario(REPLACEMENT), "--format", "json");
        assertThat(json.out()).contains("\"via\" : \"replacement\"").contains("decided by FPF, resolution 016-CCRD-FPF");
    }

    @Test
    void aStageTheRegulationDoesNotHaveIsRefused() throws Exception {
        Cli.Result result = Cli.run("run", scenario(REPLACEMENT.replace("stage: round-of-16", "stage: round-of-61")));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).containsPattern(".yaml:\\d+: replacements\\[0\\]\\.stage: unknown stage \"round-of-61\": the stages "
                + "of this regulation are geography, fixtures, general-table, zones, round-of-32, round-of-16,").doesNotContain("Exception");
    }

    @Test
    void aTeamThatDidNotEnterTheStageCannotBeReplaced() throws Exception {
        Cli.Result result = Cli.run("run", scenario(REPLACEMENT.replace("out: Los Audaces de Mayapo", "out: Sachapuyos")));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).containsPattern(".yaml:\\d+: replacements\\[0\\]\\.out: \"Sachapuyos\" is not an entrant of the round "
                + "of 16, so no one can take its place: its entrants are ");
    }

    @Test
    void anUnknownTeamIsRefusedWithASuggestion() throws Exception {
        Cli.Result result = Cli.run("run", scenario(REPLACEMENT.replace("in: Deportivo Municipal (Quillabamba)",
                "in: Deportivo Municipal (Quillabambo)")));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).containsPattern(".yaml:\\d+: replacements\\[0\\]\\.in: unknown team \"Deportivo Municipal "
                + "\\(Quillabambo\\)\"; did you mean \"Deportivo Municipal \\(Quillabamba\\)\"\\?");
    }

    /**
     * The real round of 32 (scenarios/copa-peru-2019/round-of-32.yaml): a scenario of knockout rounds
     * only, whose round of 16 is listed as the record has it, with Comerciantes FC. No rule makes the
     * entries, so the scenario's matches show the decision, and the round of 16's notes say so.
     */
    @Test
    void aKnockoutOnlyScenarioWhoseMatchesShowTheDecisionSaysSoInTheStagesNotes() throws Exception {
        Cli.Result result = Cli.run("run", realRoundOf32(""));

        assertThat(result.exit()).as(result.err()).isZero();
        String roundOf16 = result.out().substring(result.out().indexOf("== Round of 16 =="));
        assertThat(roundOf16).contains("Note: Comerciantes FC plays the round of 16 in Alfonso Ugarte's place (docked one point for "
                + "non-payment after winning its round-of-32 tie; decided by FPF, resolution 016-CCRD-FPF): the scenario's matches of "
                + "the round of 16 have Comerciantes FC where Alfonso Ugarte would be.");
        assertThat(result.out().split("Alfonso Ugarte's place", -1)).hasSize(2);
        assertThat(result.err()).doesNotContain("WARN");
    }

    /** The same scenario with Alfonso Ugarte still in the round of 16's matches contradicts the decision it records. */
    @Test
    void aKnockoutOnlyScenarioWhoseMatchesHaveTheReplacedTeamIsAnError() throws Exception {
        Path file = Path.of(realRoundOf32("Alfonso Ugarte"));
        int line = Files.readAllLines(file).indexOf("  - stage: round-of-16      # the stage the replacement enters") + 1;

        Cli.Result result = Cli.run("run", file.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains(file.getFileName() + ":" + line + ": replacements[0].out: \"Alfonso Ugarte\" plays the "
                + "round of 16 in the scenario's matches (line ").contains("yet this decision puts Comerciantes FC in its place")
                .doesNotContain("Exception");
    }

    /** A decision about a stage of which nothing exists yet waits for its entrants, and the notes say so. */
    @Test
    void aKnockoutOnlyScenarioWithoutTheStageSaysTheDecisionWaits() throws Exception {
        String text = Files.readString(Path.of(realRoundOf32(""))).lines().filter(l -> !l.contains("stage: round-of-16, tie:"))
                .collect(Collectors.joining("\n", "", "\n"));
        Path file = dir.resolve("no-round-of-16.yaml");
        Files.writeString(file, text);

        Cli.Result result = Cli.run("run", file.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("The decision that Comerciantes FC takes Alfonso Ugarte's place in the round of 16 (docked "
                + "one point for non-payment after winning its round-of-32 tie; decided by FPF, resolution 016-CCRD-FPF) waits for the "
                + "entrants of the round of 16: it applies once they are known.");
    }

    /** The real 2019 round of 32, its round-of-16 matches with {@code roundOf16Team} (if any) for Comerciantes FC. */
    private String realRoundOf32(String roundOf16Team) throws Exception {
        String text = Files.readString(Path.of("scenarios/copa-peru-2019/round-of-32.yaml"))
                .replace("rules: copa-peru-2019", "rules: " + Path.of("rules/copa-peru-2019").toAbsolutePath());
        if (!roundOf16Team.isEmpty()) text = text.lines().map(l -> l.contains("stage: round-of-16, tie:")
                ? l.replace("Comerciantes FC", roundOf16Team) : l).collect(Collectors.joining("\n", "", "\n"));
        Path file = dir.resolve("round-of-32-" + System.nanoTime() + ".yaml");
        Files.writeString(file, text);
        return file.toString();
    }

    /** The shipped 2019 scenario without its expectations, the replaced team's round-of-16 legs played by its replacement. */
    private String scenario(String replacements) throws Exception {
        String text = Files.readString(Path.of("scenarios/copa-peru-2019/national-stage.yaml"))
                .replace("rules: copa-peru-2019", "rules: " + Path.of("rules/copa-peru-2019").toAbsolutePath())
                .replaceAll("(?s)\nexpect:.*", "\n");
        text = text.lines().map(l -> l.contains("stage: round-of-16") ? l.replace("Los Audaces de Mayapo",
                "Deportivo Municipal (Quillabamba)") : l).collect(Collectors.joining("\n", "", "\n"));
        Path file = dir.resolve("replacement-" + System.nanoTime() + ".yaml");
        Files.writeString(file, text + replacements);
        return file.toString();
    }
}
