package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time budget holds on Java 25, where {@code Thread.stop} no longer stops a thread: a rule that
 * never ends is named in one line, exit 2, and the command ends (it hung for good before). Run by
 * the Java 25 at {@code $ADJUDICATOR_JAVA25} (default: Temurin's, beside the default JDK on the
 * machines the project is built on); skipped, saying why, where there is none. The same cases run
 * on the JDK that runs the build in {@link RunawayRulesTest}.
 */
class RunawayRulesOnJava25Test {
    static final String SCENARIO = "scenarios/copa-peru-2017/final-group.yaml";

    /** Where the Java 25 is: the variable, else Temurin's package's place. */
    static Path java25() {
        String home = System.getenv().getOrDefault("ADJUDICATOR_JAVA25", "/usr/lib/jvm/temurin-25-jdk-amd64");
        return Path.of(home, "bin", "java");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            busy-loop      | rank     | busy.drl:6: rule "Wait for ever": the rules did not finish within 2 s while this rule was running
            busy-loop      | simulate | busy.drl:6: rule "Wait for ever": the rules did not finish within 2 s while this rule was running
            condition-loop | rank     | loop.drl:11: rule "A condition that never answers": the rules did not finish within 2 s while this rule's condition was evaluated
            recursion      | rank     | recursion.drl:10: rule "Count the levels": the rule recursed without end (StackOverflowError)
            """)
    void aRuleThatNeverEndsIsStoppedAndNamedOnJava25(String folder, String command, String expected) throws Exception {
        Path java = java25();
        if (!Files.isExecutable(java)) {
            System.out.println("RunawayRulesOnJava25Test skipped: no Java 25 at " + java + " (set ADJUDICATOR_JAVA25 to its home)");
        }
        Assumptions.assumeTrue(Files.isExecutable(java), "no Java 25 at " + java);
        List<String> args = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-Dadjudicator.timeLimit=2", "-Dadjudicator.cache=off",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                command, SCENARIO, "--rules", "src/test/resources/rules-broken/" + folder));
        if (command.equals("simulate")) args.addAll(List.of("--runs", "2"));
        File err = File.createTempFile("java25", ".err");
        File out = File.createTempFile("java25", ".out");
        try {
            Process process = new ProcessBuilder(args).redirectError(err).redirectOutput(out).start();
            // The budget is 2 s; a minute covers a cold start on a busy machine. Past it, the command hangs: the promise is broken.
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            if (!ended) process.destroyForcibly().waitFor();

            assertThat(ended).as("the command ended on Java 25").isTrue();
            String errors = Files.readString(err.toPath(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(errors).isEqualTo(2);
            assertThat(Files.readString(out.toPath(), StandardCharsets.UTF_8)).isEmpty();
            assertThat(errors).startsWith("src/test/resources/rules-broken/" + folder + "/" + expected);
            assertThat(errors.strip()).doesNotContain("\n");
        } finally {
            err.delete();
            out.delete();
        }
    }
}
