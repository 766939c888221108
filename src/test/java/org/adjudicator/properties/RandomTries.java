package org.adjudicator.properties;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A property tried on many random cases, one dynamic test per case, each drawn from its own seed so
 * that a failure can be replayed alone. Try i uses seed {@code properties.seed + i}; the number of
 * tries is {@code properties.tries}. Both are system properties (Maven passes -D options on to the
 * tests), e.g. the long run {@code -Dproperties.tries=10000}, or a failure replayed with the seed it
 * prints and {@code -Dproperties.tries=1}.
 *
 * <p>The default seed is fixed, so that the normal run tries the same cases every time and a red build
 * is never a matter of luck; give another seed to try other cases.
 */
final class RandomTries {
    static final int DEFAULT_TRIES = 200;
    static final long DEFAULT_SEED = 2017;

    private RandomTries() {
    }

    static int tries() {
        return Integer.getInteger("properties.tries", DEFAULT_TRIES);
    }

    static long firstSeed() {
        return Long.getLong("properties.seed", DEFAULT_SEED);
    }

    /** One dynamic test per try of {@code property}, named after its seed; a failure names the seed and how to replay it. */
    static Stream<DynamicTest> of(String testClass, String property, Consumer<SplittableRandom> check) {
        return of(testClass, property, tries(), check);
    }

    /** The same with a number of tries of the property's own (a slower property tries fewer cases by default). */
    static Stream<DynamicTest> of(String testClass, String property, int tries, Consumer<SplittableRandom> check) {
        long first = firstSeed();
        return LongStream.range(0, tries).mapToObj(i -> first + i).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            try {
                check.accept(new SplittableRandom(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(property + " fails with seed " + seed + "; replay it with\n  mvn -B test -Dtest='"
                        + testClass + "#" + property + "' -Dproperties.seed=" + seed + " -Dproperties.tries=1", e);
            }
        }));
    }

    /**
     * A whole number from min to max, as a property-testing library draws one: the ends of the range
     * one time in ten (each as often), any number of the range otherwise.
     */
    static int between(SplittableRandom random, int min, int max) {
        if (random.nextInt(10) == 0) return random.nextBoolean() ? min : max;
        return random.nextInt(min, max + 1);
    }
}
