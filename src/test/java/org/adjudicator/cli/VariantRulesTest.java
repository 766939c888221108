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
 * The regulations are data: a set built on the 2017 set whose only change is the order of two
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
                .contains("rule \"Goals scored\" (rules/copa-peru-2017/criteria.drl:");   // inherited: cited where it is written
    }

    /** A variant builds on the 2017 set and holds only its criteria: set.yaml and criteria.drl, nothing copied. */
    @ParameterizedTest
    @ValueSource(strings = {VARIANT, "rules/copa-peru-2017-proposal"})
    void aVariantHoldsOnlyItsDifferencesFromThe2017Set(String variant) throws Exception {
        assertThat(Files.readString(Path.of(variant, "set.yaml"))).contains("\nbuilds-on: copa-peru-2017\n");
        try (Stream<Path> files = Files.list(Path.of(variant))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("criteria.drl", "set.yaml");
        }
    }
}
