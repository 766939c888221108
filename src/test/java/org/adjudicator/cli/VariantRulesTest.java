package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;

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
}
