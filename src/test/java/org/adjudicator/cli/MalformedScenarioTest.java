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
            invalid YAML           | `  - name: "Bravo`          | `  - name: Bravo`   | 5:11: not valid YAML: while scanning a quoted scalar: found unexpected end of stream
            wrong type             | `    round: first`          | `    score: 2-1`    | 9: matches[0].round: "first" is not a whole number
            a fraction of a round  | `    round: 2.5`            | `    score: 2-1`    | 9: matches[0].round: "2.5" is not a whole number
            a round that is no number | `    round: .nan`        | `    score: 2-1`    | 9: matches[0].round: ".nan" is not a number a scenario can hold (not-a-number or infinity): expected a number written in digits
            a round out of range   | `    round: 99999999999`    | `    score: 2-1`    | 9: matches[0].round: "99999999999" is out of range: expected a whole number from -2147483648 to 2147483647
            a newline in a team name | `  - name: "Bra\\nvo"`    | `  - name: Bravo`   | 5: teams[1].name: control character U+000A at character 4; names and texts may not hold control characters
            an escape sequence in a name | `  - name: "Bravo\\e[2J"` | `  - name: Bravo` | 5: teams[1].name: control character U+001B at character 6
            a newline in the rules | `rules: "copa-peru-2017\\nx"` | `rules: copa-peru-2017` | rules: control character U+000A at character 15
            a NUL in the rules     | `rules: "copa\\0peru"`      | `rules: copa-peru-2017` | rules: control character U+0000 at character 5
            the root as rules      | `rules: /`                  | `rules: copa-peru-2017` | rules: "/" is the root folder, not the folder of a regulation set
            a YAML anchor          | `  - name: &b Bravo`        | `  - name: Bravo`   | 5:11: YAML anchor &b: anchors and aliases are not supported in a scenario; write the value out in full
            an undefined YAML alias | `    away: *nope`           | `    away: Bravo`   | 8:11: YAML alias *nope: anchors and aliases are not supported in a scenario
            a name past the limit  | `  - name: BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB` | `  - name: Bravo` | 5: teams[1].name: 201 characters: more than this tool's limit of 200 for a name
            """)
    void yamlMistakes(String what, String broken, String original, String expected) throws Exception {
        Path file = write("broken.yaml", VALID.replace(original + "\n", broken + "\n"));

        assertOneLineError(file, expected);
    }

    /** A tab is said where it is, with the reason YAML refuses it, not at the token before it. */
    @Test
    void aTabIsReportedWhereItIs() throws Exception {
        Path file = write("tab.yaml", VALID.replace("    away: Bravo", "\taway: Bravo"));

        assertOneLineError(file, "8:1: not valid YAML: a tab character, which YAML does not allow for indentation; indent with spaces");
    }

    /** A tab after blank lines too: the line of the tab, not the end of the token before it. */
    @Test
    void aTabAfterABlankLineIsReportedOnItsLine() throws Exception {
        Path file = write("tab.yaml", VALID.replace("    score: 2-1", "\n\tscore: 2-1"));

        assertOneLineError(file, "10:1: not valid YAML: a tab character, which YAML does not allow for indentation; indent with spaces");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            points of a half     | `[{team: Alpha, points: 1.5}]`  | 11: sanctions[0].points: "1.5" is not a whole number
            a deduction under 1  | `[{team: Alpha, points: -0.9}]` | 11: sanctions[0].points: "-0.9" is not a whole number
            a reason with a BEL  | `[{team: Alpha, points: -3, reason: "late\\a"}]` | 11: sanctions[0].reason: control character U+0007 at character 5
            """)
    void sanctionsAreWholeNumbersAndPlainText(String what, String sanctions, String expected) throws Exception {
        assertOneLineError(write("sanction.yaml", VALID + "sanctions: " + sanctions + "\n"), expected);
    }

    /** The YAML parser's time grows with the square of a run without spaces: such a name is refused before it is parsed. */
    @Test
    void aFourMegabyteNameIsRefusedBeforeItIsParsed() throws Exception {
        Path file = write("huge.yaml", VALID.replace("  - name: Bravo", "  - name: " + "B".repeat(4_000_000)));

        assertOneLineError(file, "5: 4,000,000 characters without a space or a line break: longer than any name (200 characters) "
                + "or text (1,000) a scenario may hold");
    }

    @Test
    void aLongNameWithSpacesIsRefusedWithItsLimit() throws Exception {
        Path file = write("long.json", "{\"name\": \"Long\", \"rules\": \"copa-peru-2017\", \"teams\": [{\"name\": \"Alpha\"}, "
                + "{\"name\": \"" + "Bra vo ".repeat(100_000) + "\"}], \"matches\": []}");

        assertOneLineError(file, "1: teams[1].name: 700,000 characters: more than this tool's limit of 200 for a name");
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
