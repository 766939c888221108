package org.adjudicator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables are listed as an official counts them: Tie R2 before Tie R10. */
class NaturalOrderTest {
    @Test
    void digitRunsCompareAsNumbers() {
        List<String> names = new ArrayList<>(List.of("Tie R10", "Tie O1", "Tie R2", "Group B", "Tie R02x", "Group A", "Tie R1"));
        names.sort(Adjudicator::naturalOrder);

        assertThat(names).containsExactly("Group A", "Group B", "Tie O1", "Tie R1", "Tie R2", "Tie R02x", "Tie R10");
        assertThat(Adjudicator.naturalOrder("Tie R7", "Tie R7")).isZero();
    }
}
