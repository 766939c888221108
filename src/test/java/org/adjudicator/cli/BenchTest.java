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
                "\"simulationsPerSecond\"", "\"allStages50Micros\"", "\"needsGeneralTableMillis\"", "\"whatIfNationalStageMillis\"",
                "\"whatIfFinalGroupMillis\"", "\"jvmPerFigure\" : false");
    }

    @Test
    void oneFigureAlonePrintsOneNumber() {
        Cli.Result result = Cli.run("bench", "--figure", "comparator50", "--seconds", "0.1");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Double.parseDouble(result.out().strip())).isPositive();
    }

    @Test
    void aFigureIsNamedByItsJsonKeyToo() {
        Cli.Result result = Cli.run("bench", "--figure", "comparator50Micros", "--seconds", "0.1");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Double.parseDouble(result.out().strip())).isPositive();
    }

    @Test
    void anUnknownFigureOrAnImpossibleDurationIsTheUsersToFix() {
        Cli.Result figure = Cli.run("bench", "--figure", "rules60");
        Cli.Result seconds = Cli.run("bench", "--seconds", "0");

        assertThat(figure.exit()).isEqualTo(2);
        assertThat(figure.err().strip()).isEqualTo("--figure: no figure \"rules60\"; figures: rules50, comparator50, rules1000, allStages50, simulation, needsGeneralTable, "
                + "whatIfNationalStage, whatIfFinalGroup, launcherColdStart, javaJarColdStart");
        assertThat(seconds.exit()).isEqualTo(2);
        assertThat(seconds.err().strip()).isEqualTo("--seconds: between 0.05 and 600");
    }
}
