package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each malformed scenario ends in exit 2 and one line: the file, the line (and column, where the
 * parser knows it), the field, and what to do; never a stack trace, and the file is left as it was.
 */
class MalformedScenarioTest {
    /** A valid scenario; each case below breaks one line of it. */
    static final String VALID = """
            name: Malformed
            rules: copa-peru-2017
            teams:
              - name: Alpha
              - name: Bravo
            matches:
              - home: Alpha
                away: Bravo
                score: 2-1
                halfTime: 1-0
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown field          | `  - nmae: Bravo`           | `  - name: Bravo`   | 5: teams[1].nmae: unknown field "nmae"; did you mean "name"?
            unknown team           | `    away: Bravoo`          | `    away: Bravo`   | 7: matches[0].away: unknown team "Bravoo"; did you mean "Bravo"?
            team playing itself    | `    away: Alpha`           | `    away: Bravo`   | 7: matches[0]: "Alpha" cannot play itself
            negative score         | `    score: -1-2`           | `    score: 2-1`    | 7: matches[0].score: "-1-2": a score cannot be negative; write HOME-AWAY goals, e.g. 2-1
            non-numeric score      | `    score: two-1`          | `    score: 2-1`    | 7: matches[0].score: "two-1": not a score; write HOME-AWAY goals, e.g. 2-1
            half-time above final  | `    halfTime: 3-0`         | `    halfTime: 1-0` | 7: matches[0].halfTime: half-time score 3-0 has more goals than the final score 2-1
            duplicate team         | `  - name: Alpha`           | `  - name: Bravo`   | 5: teams[1].name: duplicate team "Alpha" (first listed at line 4)
            rules set missing      | `rules: copa-peru-1917`     | `rules: copa-peru-2017` | rules: regulation set "copa-peru-1917" not found
            invalid YAML           | `  - name: "Bravo`          | `  - name: Bravo`   | 5:9: not valid YAML: while scanning a quoted scalar
            wrong type             | `    round: first`          | `    score: 2-1`    | 9: matches[0].round: "first" is not a whole number
            """)
    void yamlMistakes(String what, String broken, String original, String expected) throws Exception {
        Path file = write("broken.yaml", VALID.replace(original + "\n", broken + "\n"));

        assertOneLineError(file, expected);
    }

    @Test
    void invalidJsonGivesTheLineAndColumn() throws Exception {
        Path file = write("broken.json", "{\n  \"name\": \"Broken\",\n  \"rules\": \"copa-peru-2017\",\n  \"teams\": [\n    {\"name\": \"Alpha\"},\n  }\n");

        assertOneLineError(file, "6:3: not valid JSON: Unexpected character ('}' (code 125)): expected a value");
    }

    @Test
    void anEmptyFileSaysSo() throws Exception {
        assertOneLineError(write("empty.yaml", "\n"), "1: the scenario is empty; see README.md for the format");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, VALID.replace("Bravo", "Bravó").getBytes(StandardCharsets.ISO_8859_1));

        assertOneLineError(file, "5: the file is not UTF-8 text (byte ");
    }

    private void assertOneLineError(Path file, String expected) throws Exception {
        byte[] before = Files.readAllBytes(file);

        Cli.Result result = Cli.run("rank", file.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith(file + ":" + expected.split("\\(byte ")[0]).endsWith("\n");
        assertThat(result.err().strip()).doesNotContain("\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
