package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules that run away in ways the firing limit cannot see: a consequence or a condition that never
 * returns (stopped by the time budget, here one second), unbounded recursion, unbounded allocation
 * (in a JVM of its own with a small heap). Each ends in one line naming the rule, exit 2. And a
 * rules folder is code: System.exit in a consequence ends the tool, as the README's trust model says.
 */
class RunawayRulesTest {
    static final String SCENARIO = "scenarios/copa-peru-2017/final-group.yaml";

    String previous;

    @BeforeEach
    void aBudgetOfOneSecond() {
        previous = System.getProperty("adjudicator.timeLimit");
        System.setProperty("adjudicator.timeLimit", "1");
    }

    @AfterEach
    void restore() {
        if (previous == null) System.clearProperty("adjudicator.timeLimit");
        else System.setProperty("adjudicator.timeLimit", previous);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            busy-loop      | busy.drl:6: rule "Wait for ever": the rules did not finish within 1 s while this rule was running
            condition-loop | loop.drl:11: rule "A condition that never answers": the rules did not finish within 1 s while this rule's condition was evaluated
            recursion      | recursion.drl:10: rule "Count the levels": the rule recursed without end (StackOverflowError)
            """)
    void aRuleThatNeverEndsIsStoppedAndNamed(String folder, String expected) {
        for (String command : List.of("rank", "run", "simulate")) {
            List<String> args = new ArrayList<>(List.of(command, SCENARIO, "--rules", "src/test/resources/rules-broken/" + folder));
            if (command.equals("simulate")) args.addAll(List.of("--runs", "2"));

            Cli.Result result = Cli.run(args.toArray(String[]::new));

            assertThat(result.exit()).as(command + ": " + result.err()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).as(command).startsWith("src/test/resources/rules-broken/" + folder + "/" + expected)
                    .contains(folder.equals("recursion") ? "" : "raise the limit with -Dadjudicator.timeLimit=SECONDS");
            assertThat(result.err().strip()).doesNotContain("\n");
        }
    }

    @Test
    void aTimeLimitThatIsNoNumberIsNamed() {
        System.setProperty("adjudicator.timeLimit", "soon");

        Cli.Result result = Cli.run("rank", SCENARIO);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("-Dadjudicator.timeLimit: \"soon\" is not a number of seconds from 0 to 86400 (default 30)");
    }

    @Test
    void aRuleThatAllocatesWithoutBoundEndsInOneLine() throws Exception {
        Forked result = fork("-Xmx64m", "rank", SCENARIO, "--rules", "src/test/resources/rules-broken/allocates");

        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("src/test/resources/rules-broken/allocates/allocates.drl:6: rule \"Remember everything\": "
                + "the rule ran out of memory (OutOfMemoryError): does it allocate without bound?");
    }

    /** What the tool does not protect against, said in the README: the rules are code and run with the tool's rights. */
    @Test
    void aRuleThatCallsSystemExitEndsTheTool() throws Exception {
        Forked result = fork("-Xmx256m", "rank", SCENARIO, "--rules", "src/test/resources/rules-broken/exits");

        assertThat(result.exit()).isEqualTo(42);
        assertThat(result.out()).doesNotContain("Final group");
    }

    record Forked(int exit, String out, String err) {
    }

    /** The command line in a JVM of its own, on the test classpath (the jar is built after the tests). */
    private static Forked fork(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-Dadjudicator.cache=off", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        File err = File.createTempFile("forked", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(err).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            return new Forked(exit, out, java.nio.file.Files.readString(err.toPath()));
        } finally {
            err.delete();
        }
    }
}
