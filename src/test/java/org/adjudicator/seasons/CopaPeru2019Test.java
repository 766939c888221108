package org.adjudicator.seasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copa Perú 2019 (rules/copa-peru-2019, built on copa-peru-2018): a round of 32 of places 1-32,
 * place p against place 33 - p, a bracket for the round of 16, away goals, and the deduction that
 * put Comerciantes FC in Alfonso Ugarte's place.
 */
class CopaPeru2019Test {
    static final String SCENARIO = "scenarios/copa-peru-2019/national-stage.yaml";

    @Test
    void placesOneToThirtyTwoPlayTheRoundOf32PlacePAgainstPlace33MinusP() {
        Cli.Result result = Cli.run("run", SCENARIO);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Round of 32: 32 teams, places 1-32").contains("Eliminated: 18 teams, places 33-50")
                .containsSubsequence("== Round of 32 ==",
                        "   1. 1st Atlético Grau meets 32nd Comerciantes FC; Atlético Grau, better placed, chooses the order of the legs.",
                        "  16. 16th Los Audaces de Mayapo meets 17th Deportivo Municipal (Quillabamba); Los Audaces de Mayapo, better placed, chooses the order of the legs.",
                        "== Round of 16 ==")
                .doesNotContain("Repechage").doesNotContain("repechage");
    }

    /** The real 6-6 of Escuela de Fútbol JTR and Alianza Zorritos, between the synthetic teams now placed 25th and 8th: through on away goals. */
    @Test
    void awayGoalsDecideATieLevelOnAggregate() {
        Cli.Result result = Cli.run("run", SCENARIO);

        assertThat(result.out())
                .contains("Tie D8   Somos Olímpico 5-0 Alianza Universidad (round-of-32, leg 1); Alianza Universidad 6-1 Somos Olímpico (round-of-32, leg 2)")
                .contains("Somos Olímpico wins on away goals, 1-0, after level aggregate score (6-6).")
                // level on away goals too: the better place in the general table, 2018's criterion, kept
                .contains("José Carlos Mariátegui wins on better position in the general table, 10-23, after level aggregate score (2-2), away goals (1-1).");
    }

    @Test
    void theRoundOf16IsABracketOfTheRoundOf32() {
        Cli.Result result = Cli.run("run", SCENARIO);

        assertThat(result.out()).containsSubsequence("== Round of 16 ==",
                "   1. Atlético Grau (1st in the general table), winner of round-of-32 tie 1, meets Los Audaces de Mayapo (16th), winner of tie 16;",
                "   8. Las Palmas (9th in the general table), winner of round-of-32 tie 9, meets Somos Olímpico (25th), winner of tie 8;");
    }

    /** The one-point deduction is what puts Comerciantes FC in the round of 32 instead of Alfonso Ugarte. */
    @Test
    void theDeductionOfAlfonsoUgarteChangesWhoQualifies(@TempDir Path dir) throws Exception {
        Cli.Result sanctioned = Cli.run("run", SCENARIO);
        assertThat(sanctioned.out())
                .contains("Alfonso Ugarte: 1 point(s) deducted (non-payment, FPF resolution 016-CCRD-FPF).")
                .contains("1. 1st Atlético Grau meets 32nd Comerciantes FC;")
                .containsPattern("  33  Alfonso Ugarte .* 7 +-1 +\\? +eliminated ");

        String text = Files.readString(Path.of(SCENARIO));
        Path unsanctioned = dir.resolve("without-the-deduction.yaml");
        Files.writeString(unsanctioned, text.replaceAll("(?s)\nsanctions:\n  - [^\n]*\n", "\n"));
        Cli.Result result = Cli.run("run", unsanctioned.toString(), "--rules", "rules/copa-peru-2019");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("deducted")
                .contains("1. 1st Atlético Grau meets 32nd Alfonso Ugarte;")
                .doesNotContain("Comerciantes FC;");
    }

    @Test
    void nothingItShowsSays2018() {
        String out = Cli.run("run", SCENARIO).out();

        assertThat(out.replace("rules/copa-peru-2017/", "").replace("rules/copa-peru-2018/", ""))
                .doesNotContain("2017").doesNotContain("2018")
                .contains("is promoted to the 2020 Liga 1.");
    }

    @Test
    void itsScenarioPassesVerify() {
        Cli.Result result = Cli.run("verify", SCENARIO);

        assertThat(result.exit()).as(result.out()).isZero();
        assertThat(result.out()).startsWith("PASS " + SCENARIO);
    }
}
