package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The regulations are data: a copy of the 2017 set whose only change is the order of two
 * criteria in DRL (src/test/resources/rules/goals-before-difference) changes the outcome, with
 * the same Java.
 */
class VariantRulesTest {
    static final String SCENARIO = "src/test/resources/scenarios/criteria/swapped-criteria.yaml";
    static final String VARIANT = "src/test/resources/rules/goals-before-difference";

    @Test
    void the2017OrderPutsTheBetterGoalDifferenceFirst() {
        Cli.Result result = Cli.run("rank", SCENARIO);

        assertThat(result.out()).containsSubsequence("   1  Alpha", "   2  Bravo")
                .contains("Alpha ranks above Bravo: level on number of points (4); goal difference (criterion 2) separates them: Alpha +3, Bravo +1.");
    }

    @Test
    void goalsScoredBeforeGoalDifferencePutsTheHigherScorerFirst() {
        Cli.Result result = Cli.run("rank", SCENARIO, "--rules", VARIANT);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsSubsequence("   1  Bravo", "   2  Alpha")
                .contains("Bravo ranks above Alpha: level on number of points (4); number of goals scored (criterion 3) separates them: Bravo 5, Alpha 3.")
                .contains("rule \"Goals scored\" (" + VARIANT + "/criteria.drl:");
    }

    /** A variant is the 2017 set with one edit: every file but criteria.drl is the same, byte for byte. */
    @ParameterizedTest
    @ValueSource(strings = {VARIANT, "rules/copa-peru-2017-proposal"})
    void aVariantDiffersFromThe2017SetOnlyInItsCriteria(String variant) throws Exception {
        Path real = Path.of("rules/copa-peru-2017");
        try (Stream<Path> files = Files.list(real)) {
            for (Path file : files.toList()) {
                Path copy = Path.of(variant).resolve(file.getFileName());
                assertThat(copy).exists();
                if (!file.getFileName().toString().equals("criteria.drl")) {
                    assertThat(Files.readString(copy)).as(copy.toString()).isEqualTo(Files.readString(file));
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of(variant))) {
            assertThat(files.count()).isEqualTo(Files.list(real).count());
        }
    }
}
