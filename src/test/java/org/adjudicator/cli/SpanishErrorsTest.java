package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error an official meets, in Spanish under {@code --lang es}: the bad inputs of the error tests
 * (a misspelt team, a bad score, a bad sheet row, a setting slip, a sanction that counts nowhere, a
 * broken rules file, a command-line value) give exit 2, the same number of lines as in English, each
 * line's file and place as the English line has them, and no English sentence; the English line is
 * the one the error tests expect, unchanged.
 */
class SpanishErrorsTest {
    static final String FINAL_GROUP = "scenarios/copa-peru-2017/final-group.yaml";
    static final String TEAMS = "scenarios/copa-peru-2017/teams.yaml";

    /**
     * Words of the tool's own English that give a Spanish error away: {@link SpanishOutputTest#ENGLISH}
     * and the words errors are made of. Quoted values (what the official wrote: a team, a score, a
     * setting's name) and each line's place are left out before looking.
     */
    static final List<String> ENGLISH = Stream.concat(SpanishOutputTest.ENGLISH.stream(), Stream.of(
            "no such", "did you mean", "expected", "unknown", "must be", "cannot", "is not", "not a ", "write ", "give ",
            "missing", "e.g.", "between", "refusing", "does not", " or ", "nothing was written", "problems", "counts in",
            "no table", "no team", "no match", "has no field", "not found", "looked for", "available", "listed", "already",
            "the rules", "setting", "is a ", "with ", "without", "twice")).toList();

    @TempDir
    static Path dir;

    /** A case: what it is, the arguments that make the error (given the folder to write into), and the first line in English. */
    record Case(String what, Function<Path, List<String>> args, String english) {
        @Override
        public String toString() {
            return what;
        }
    }

    static final String VALID = MalformedScenarioTest.VALID;

    private static List<String> scenario(Path folder, String name, String text, String... command) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, text);
            List<String> args = new ArrayList<>(List.of(command.length == 0 ? new String[] {"run"} : command));
            args.add(1, file.toString());
            return args;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case broken(String what, String original, String broken, String english) {
        return new Case(what, d -> scenario(d, what.replace(' ', '-') + ".yaml", VALID.replace(original + "\n", broken + "\n")), english);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                broken("misspelt team", "    away: Bravo", "    away: Bravoo",
                        "7: matches[0].away: unknown team \"Bravoo\"; did you mean \"Bravo\"? (teams must be listed under teams:)"),
                broken("negative score", "    score: 2-1", "    score: -1-2",
                        "7: matches[0].score: \"-1-2\": a score cannot be negative; write HOME-AWAY goals, e.g. 2-1"),
                broken("not a score", "    score: 2-1", "    score: two-1",
                        "7: matches[0].score: \"two-1\": not a score; write HOME-AWAY goals, e.g. 2-1"),
                broken("half-time above the final score", "    halfTime: 1-0", "    halfTime: 3-0",
                        "7: matches[0].halfTime: half-time score 3-0 has more goals than the final score 2-1"),
                broken("team playing itself", "    away: Bravo", "    away: Alpha", "7: matches[0]: \"Alpha\" cannot play itself"),
                broken("duplicate team", "  - name: Bravo", "  - name: Alpha", "5: teams[1].name: duplicate team \"Alpha\" (first listed at line 4)"),
                broken("misspelt field", "  - name: Bravo", "  - nmae: Bravo", "5: teams[1].nmae: unknown field \"nmae\"; did you mean \"name\"? (allowed here: "),
                broken("a word for a round", "    score: 2-1", "    round: first", "9: matches[0].round: \"first\" is not a whole number"),
                broken("a tab", "    away: Bravo", "\taway: Bravo",
                        "8:1: not valid YAML: a tab character, which YAML does not allow for indentation; indent with spaces"),
                broken("no name", "name: Malformed", "",
                        "name: missing; give a name for the scenario, e.g. name: Copa Perú 2017 - final group"),
                broken("an unknown regulation set", "rules: copa-peru-2017", "rules: copa-peru-1917", "rules: regulation set \"copa-peru-1917\" not found"),
                broken("a YAML anchor", "  - name: Bravo", "  - name: &b Bravo",
                        "5:11: YAML anchor &b: anchors and aliases are not supported in a scenario; write the value out in full"),
                broken("a control character", "  - name: Bravo", "  - name: \"Bra\\nvo\"",
                        "5: teams[1].name: control character U+000A at character 4; names and texts may not hold control characters"),
                new Case("a sanction that counts nowhere", d -> scenario(d, "sanction.yaml", VALID
                        + "sanctions:\n  - {team: Alpha, points: -3, stage: nowhere}\n"),
                        "12: sanctions[0]: the sanction of Alpha (-3 point(s), stage nowhere) counts in no table of this scenario"),
                new Case("a withdrawal twice", d -> scenario(d, "withdrawn.yaml", VALID + "withdrawals:\n  - {team: Alpha}\n  - {team: Alpha}\n"),
                        "13: withdrawals[1]: \"Alpha\" is withdrawn twice"),
                new Case("no such scenario file", d -> List.of("run", d.resolve("nowhere.yaml").toString()), "no such scenario file"),
                new Case("bad sheet rows", d -> {
                    try {
                        Path csv = d.resolve("three.csv");
                        Files.writeString(csv, "Local,Visitante,Resultado,Fecha\nBinacional,Atletico Gral,1-0,1\nLas Palmas,ADT,1-,1\n"
                                + "El Inca,El Inca,0-0,2\nADT,El Inca,2-2,tres\n");
                        return List.of("import", csv.toString(), "--teams", TEAMS, "--out", d.resolve("three.yaml").toString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, "row 2: Visitante: \"Atletico Gral\": no such team; did you mean \"Atlético Grau\"?"),
                new Case("a what-if sanction that counts nowhere", d -> List.of("whatif", FINAL_GROUP, "--sanction", "Binacional:-1"),
                        "--sanction \"Binacional:-1\": the sanction of Binacional (-1 point(s), no stage given) counts in no table"),
                new Case("a what-if result of no match", d -> List.of("whatif", FINAL_GROUP, "--set", "Binacional 1-0 Cienciano"),
                        "--set: no match Binacional v Cienciano (home team first); closest: "),
                new Case("a team the scenario does not have", d -> List.of("explain", FINAL_GROUP, "Binacionall", "Atlético Grau"),
                        "no team \"Binacionall\" in this scenario; did you mean \"Binacional\"?"),
                new Case("a table the scenario does not have", d -> List.of("rank", FINAL_GROUP, "--table", "Final gruop"),
                        "--table: no table \"Final gruop\" in this scenario; did you mean \"Final group\"? (tables: Final group)"),
                new Case("an option out of range", d -> List.of("simulate", FINAL_GROUP, "--runs", "0"), "--runs: between 1 and 10000000"),
                new Case("a rules field that does not exist", d -> List.of("rank", FINAL_GROUP, "--rules", "src/test/resources/rules-broken/unknown-field"),
                        "criteria.drl:16: rule \"Goal difference\": TiedGroup has no field \"nextCriterium\"; did you mean \"nextCriterion\"?"),
                new Case("a rules folder with no rules", d -> List.of("rank", FINAL_GROUP, "--rules", "src/test/resources/scenarios"),
                        "src/test/resources/scenarios: the rules folder holds no .drl file"),
                new Case("a misspelt setting", SpanishErrorsTest::misspeltSetting,
                        "rule \"Points for a win\": \"points for win\" is not a setting; did you mean \"points for a win\"?"),
                new Case("a rule that finds the scenario wrong", d -> scenario(d, "no-group.yaml",
                        VALID.replace("rules: copa-peru-2017", "rules: fifa-world-cup-2018")),
                        "7: group: this regulation set makes one table per group, and no match of the scenario has a group")
        ).map(Arguments::of);
    }

    /** SettingSlipsTest's misspelt name: a new season of copa-peru-2019 whose "Points for a win" names no setting. */
    private static List<String> misspeltSetting(Path d) {
        try {
            Path base = TestFiles.copyFolder(Path.of("rules/copa-peru-2019"), d.resolve("rules").resolve("copa-peru-2019"));
            Path season = base.resolveSibling("copa-peru-2020");
            if (!Files.exists(season)) {
                Cli.Result created = Cli.run("rules", "new", "copa-peru-2020", "--from", base.toString());
                assertThat(created.exit()).as(created.err()).isZero();
                Path changes = season.resolve("changes.drl");
                Files.writeString(changes, Files.readString(changes)
                        + "\nrule \"Points for a win\"\n    @replaces\nwhen\nthen\n    insert(new Setting(\"points for win\", 2));\nend\n");
            }
            return List.of("rules", "check", season.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inSpanishTheSameLinesAtTheSamePlacesWithNoEnglish(Case c) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("es-" + c.what().replace(' ', '-')));
        List<String> args = c.args().apply(folder);
        Cli.Result english = Cli.run(args.toArray(String[]::new));
        List<String> withSpanish = new ArrayList<>(args);
        withSpanish.addAll(List.of("--lang", "es"));
        Cli.Result spanish = Cli.run(withSpanish.toArray(String[]::new));

        assertThat(spanish.exit()).as(spanish.err()).isEqualTo(2);
        assertThat(spanish.out()).isEmpty();
        assertThat(spanish.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<String> en = english.err().lines().toList();
        List<String> es = spanish.err().lines().toList();
        assertThat(es).as(spanish.err()).hasSameSizeAs(en);
        for (int i = 0; i < en.size(); i++) {
            String place = place(en.get(i));
            assertThat(es.get(i)).as("the place stays as it is").startsWith(place);
            assertThat(es.get(i)).as("said in Spanish").isNotEqualTo(en.get(i));
            String words = withoutNames(es.get(i).substring(place.length()));
            for (String giveaway : ENGLISH) {
                assertThat(words).as(c.what() + " --lang es prints English (\"" + giveaway + "\"): " + es.get(i)).doesNotContain(giveaway);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inEnglishTheLineTheErrorTestsExpect(Case c) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("en-" + c.what().replace(' ', '-')));
        List<String> args = c.args().apply(folder);
        Cli.Result english = Cli.run(args.toArray(String[]::new));
        Cli.Result asked = Cli.run(Stream.concat(args.stream(), Stream.of("--lang", "en")).toArray(String[]::new));

        assertThat(english.exit()).as(english.err()).isEqualTo(2);
        assertThat(english.err()).as("a line of the error tests, unchanged").contains(c.english());
        assertThat(asked.err()).as("--lang en is the default").isEqualTo(english.err());
    }

    /**
     * The words of a line without what is no sentence: quoted values (what the official wrote), paths
     * ({@code rules/base/settings.drl}), and identifiers a scenario or a rule is written with
     * ({@code first-round}, {@code disciplinaryPoints}).
     */
    static String withoutNames(String words) {
        return words.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\S*/\\S*", "")
                .replaceAll("\\b[a-z]+(-[a-z0-9]+)+\\b", "").replaceAll("\\b[a-z]+[A-Z]\\w*\\b", "");
    }

    /**
     * The place of an English error line: what comes before its words. The words start after the
     * last ": " that precedes the first word of the tool's (a lower-case letter, a quote or a digit
     * run followed by a space); a line with no file (the summary of an import) has none.
     */
    static String place(String line) {
        if (line.endsWith("nothing was written.") || line.equals("Nothing was written.")) return "";
        for (String words : List.of("unknown ", "\"", "half-time ", "duplicate ", "not valid ", "missing;", "regulation set ",
                "YAML ", "control ", "the ", "no ", "between ", "TiedGroup ", "this ")) {
            int at = line.indexOf(": " + words);
            if (at >= 0) return line.substring(0, at + 2);
        }
        return "";
    }
}
