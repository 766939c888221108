package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;

/** `bench` prints every figure the performance targets name (no timing is asserted: figures are not tests). */
class BenchTest {
    @Test
    void theJsonHasEveryFigure() {
        Cli.Result result = Cli.run("bench", "--in-process", "--seconds", "0.1", "--no-cold-start", "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"rules50Micros\"", "\"comparator50Micros\"", "\"rules1000Micros\"",
                "\"simulationsPerSecond\"", "\"allStages50Micros\"", "\"jvmPerFigure\" : false");
    }

    @Test
    void oneFigureAlonePrintsOneNumber() {
        Cli.Result result = Cli.run("bench", "--figure", "comparator50", "--seconds", "0.1");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Double.parseDouble(result.out().strip())).isPositive();
    }
}
