package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clinched, eliminated and open with matches left: `needs` past the enumeration limit, `run`, `verify`. */
class ClinchTest {
    static final String ROUND_4 = "scenarios/copa-peru-2017/general-table-after-round-4.yaml";

    @Test
    void needsOnTheGeneralTableWithTwoMatchesLeftAnswersInWords() {
        Cli.Result r = Cli.run("needs", ROUND_4, "Las Palmas", "--target", "repechage or better");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("50 match(es) left in the table, 2 of them its own. Answered by the constraint solver")
                .contains("3 for a win, 1 for a draw, 0 for a defeat, as the rules award them")
                .contains("Repechage or better (places 1-24): open - points alone can settle it either way")
                .contains("For example, it gets there with: Las Palmas 3-0 Atlético Grau")
                .contains("the rules, on these scores: Las Palmas ")
                .contains("Guaranteed, whatever the other results and the tie-breakers, if:\n"
                        + "       Las Palmas beats Atlético Grau\n"
                        + "    or Las Palmas beats Saposoa")
                .doesNotContain("BUG");
    }

    @Test
    void needsRefusesATargetThatIsNotAPlaceOfTheTable() {
        Cli.Result r = Cli.run("needs", ROUND_4, "Las Palmas", "--target", "final group");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("\"final group\" is not a zone of the General table; its zones: round of 16, repechage, "
                + "repechage or better, eliminated");
    }

    @Test
    void verifyChecksTheStatusTheSolverProves(@TempDir Path dir) throws Exception {
        assertThat(Cli.run("verify", ROUND_4).exit()).isZero();
        Path wrong = dir.resolve("wrong.yaml");
        Files.writeString(wrong, Files.readString(Path.of(ROUND_4)).replace("rules: copa-peru-2017",
                        "rules: " + Path.of("rules/copa-peru-2017").toAbsolutePath())
                .replace("El Inca: {round of 16: eliminated, repechage: open}", "El Inca: {round of 16: open}"));
        Cli.Result r = Cli.run("verify", wrong.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("status of El Inca for round of 16: expected open, got eliminated");
    }

    @Test
    void runMarksEachTeamOfATableWithMatchesLeft(@TempDir Path dir) throws Exception {
        Path open = dir.resolve("final-group-round-3-to-play.yaml");
        Files.writeString(open, Unplayed.matches(Files.readString(Path.of("scenarios/copa-peru-2017/final-group.yaml")),
                        "Atlético Grau", "José Carlos Mariátegui", "Binacional", "Estudiantil CNI")
                .replace("rules: copa-peru-2017", "rules: " + Path.of("rules/copa-peru-2017").toAbsolutePath()));
        Cli.Result text = Cli.run("run", open.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("== Final group: clinched and eliminated, 2 match(es) left ==")
                .contains("  First place (1st place)").contains("    clinched: ").contains("    eliminated: ").doesNotContain("BUG");
        Cli.Result json = Cli.run("run", open.toString(), "--format", "json");
        assertThat(json.out()).contains("\"status\" : [").contains("\"matchesLeft\" : 2").contains("\"bugs\" : [ ]");
        Cli.Result html = Cli.run("run", open.toString(), "--format", "html");
        assertThat(html.out()).contains("<h2>Final group: clinched and eliminated</h2>").contains("<li>clinched: ")
                .contains("<li>eliminated: ").doesNotContain("class=\"bug\"");
        Cli.Result none = Cli.run("run", open.toString(), "--no-status");
        assertThat(none.out()).doesNotContain("clinched and eliminated");
    }

    /**
     * Issue 23, item 1 (statuses): under "Eliminated (places 33-50)" a team that cannot finish there
     * is safe from it, never "eliminated"; one that finishes there whatever happens cannot escape it.
     */
    @Test
    void aZoneAtTheBottomSaysSafeFromItNotEliminated() {
        String left8 = "src/test/resources/scenarios/needs/copa-peru-2019-8-left.yaml";
        Cli.Result text = Cli.run("run", left8);
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).containsSubsequence("  Round of 32 (places 1-32)", "    clinched: 29: 1. Atlético Grau",
                        "    eliminated: 14: 34. El Inca", "  Eliminated (places 33-50)", "    cannot escape it: 14: 34. El Inca",
                        "    safe from it: 29: 1. Atlético Grau")
                .doesNotContain("eliminated: 29: 1. Atlético Grau");
        assertThat(Cli.run("run", left8, "--format", "markdown").out()).contains("  - safe from it: 29: 1. Atlético Grau");
        assertThat(Cli.run("run", left8, "--format", "html").out()).contains("<li>safe from it: 29: 1. Atlético Grau");
        // JSON keeps its values: the status of a team in a place, whatever the words.
        assertThat(Cli.run("run", left8, "--format", "json").out()).contains("\"status\" : \"eliminated\"")
                .doesNotContain("safe from it");
        Cli.Result needs = Cli.run("needs", left8, "Atlético Grau", "--limit", "1");
        assertThat(needs.out()).contains("Eliminated (places 33-50): safe from it: Atlético Grau cannot finish there, whatever the "
                + "results and the tie-breakers");
    }
}
