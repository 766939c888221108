package org.adjudicator.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** An explanation is the value of a decision: the same decision made twice gives equal explanations. */
class ExplanationTest {
    static final List<String> TEAMS = List.of("A", "B");
    static final List<List<String>> OUTCOME = List.of(List.of("A"), List.of("B"));

    @Test
    void theSameDecisionMadeTwiceIsEqualWhetherItsTextIsWrittenNowOrLater() {
        AtomicInteger written = new AtomicInteger();
        Explanation later = decision(() -> {
            written.incrementAndGet();
            return new Explanation.Text(Map.of("A", "3", "B", "0"), "A (3) ahead of B (0).");
        });
        Explanation now = new Explanation("T", Explanation.SEPARATED, "Points", "1", "Points", "points", "Pts", 1, 0, TEAMS,
                Map.of("A", "3", "B", "0"), OUTCOME, "A (3) ahead of B (0).");

        assertThat(later.hashCode()).as("hashing does not write the text").isEqualTo(now.hashCode());
        assertThat(written).hasValue(0);
        assertThat(later).isEqualTo(now);
        assertThat(now).isEqualTo(later);
        assertThat(List.of(later)).isEqualTo(List.of(now));
    }

    @Test
    void decisionsThatDifferInTheirValuesOrFieldsAreNotEqual() {
        Explanation base = decision(() -> new Explanation.Text(Map.of("A", "3", "B", "0"), "A (3) ahead of B (0)."));
        Explanation otherValues = decision(() -> new Explanation.Text(Map.of("A", "4", "B", "0"), "A (4) ahead of B (0)."));
        Explanation otherPosition = new Explanation("T", Explanation.SEPARATED, "Points", "1", "Points", "points", "Pts", 2, 0,
                TEAMS, OUTCOME, () -> new Explanation.Text(Map.of("A", "3", "B", "0"), "A (3) ahead of B (0)."));

        assertThat(base).isNotEqualTo(otherValues).isNotEqualTo(otherPosition);
    }

    static Explanation decision(Supplier<Explanation.Text> writer) {
        return new Explanation("T", Explanation.SEPARATED, "Points", "1", "Points", "points", "Pts", 1, 0, TEAMS, OUTCOME, writer);
    }
}
