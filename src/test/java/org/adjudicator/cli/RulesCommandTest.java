package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rules describe}, {@code rules diff} and {@code rules check} on every shipped set, in text
 * and JSON; the differences an official reads between 2017 and its proposal; every structure
 * problem of a set listed at once; and the problems that stop every other command before it
 * adjudicates. No exact line or rule count of a shipped set is assumed: other work edits them.
 */
class RulesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Every folder under rules/: a set shipped later is tested too. */
    static Stream<String> shippedSets() throws Exception {
        try (Stream<Path> sets = Files.list(Path.of("rules"))) {
            return sets.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedSets")
    void describeReadsEveryShippedSetInTextMarkdownAndJson(String set) throws Exception {
        Cli.Result json = Cli.run("rules", "describe", set, "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode regulation = JSON.readTree(json.out());
        assertThat(regulation.path("set").asText()).isEqualTo(set);
        assertThat(regulation.path("folder").asText()).isEqualTo("rules/" + set);
        assertThat(regulation.path("rules").asInt()).isPositive();
        // The shared base declares no stage and no order of the criteria: those are each competition's.
        if (!set.equals("base")) {
            assertThat(regulation.path("stageOrder").path("stages")).isNotEmpty();
            assertThat(regulation.path("tables")).as("orders of the criteria").isNotEmpty();
        }
        for (JsonNode table : regulation.path("tables")) {
            assertThat(table.path("criteria")).as(table.path("kind").asText()).isNotEmpty();
            int step = 0;
            for (JsonNode c : table.path("criteria")) {
                assertThat(c.path("step").asInt()).isEqualTo(++step);
                // Each criterion is a rule of the set, written in one of its files (or a base's), and cites the regulation.
                assertThat(c.path("regulation").isTextual()).as(c.path("name").asText()).isTrue();
                assertThat(c.path("wording").asText()).isNotBlank();
                assertThat(Path.of(c.path("file").asText())).exists();
                assertThat(Files.readAllLines(Path.of(c.path("file").asText())).get(c.path("line").asInt() - 1))
                        .contains("rule \"" + c.path("name").asText() + "\"");
            }
        }

        Cli.Result text = Cli.run("rules", "describe", set);
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Regulation set " + set + " (rules/" + set + "): ").contains("== Stages, in order ==");
        for (JsonNode stage : regulation.path("stageOrder").path("stages")) assertThat(text.out()).contains(". " + stage.asText() + ": ");
        for (JsonNode table : regulation.path("tables")) {
            assertThat(text.out()).contains("== Order of the criteria: " + table.path("kind").asText() + " ==");
            for (JsonNode c : table.path("criteria")) assertThat(text.out()).contains(". " + c.path("name").asText() + ": \"" + c.path("wording").asText());
        }
        for (JsonNode zone : regulation.path("zones")) assertThat(text.out()).contains(": " + zone.path("zone").asText() + " (");
        for (JsonNode s : regulation.path("settings")) assertThat(text.out()).contains("  " + s.path("name").asText() + ": " + s.path("value").asText());

        Cli.Result markdown = Cli.run("rules", "describe", set, "--format", "markdown");
        assertThat(markdown.exit()).as(markdown.err()).isZero();
        assertThat(markdown.out()).startsWith("# Regulation set " + set + "\n").contains("## Stages, in order");
        if (!regulation.path("tables").isEmpty()) assertThat(markdown.out()).contains("| Step | Criterion | Regulation | Column | Rule |");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedSets")
    void checkFindsNoProblemInAShippedSet(String set) {
        Cli.Result result = Cli.run("rules", "check", set);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).matches("rules/" + Pattern.quote(set)
                + ": \\d+ rules, \\d+ stages?, \\d+ zones?, \\d+ rounds?: no problem found\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedSets")
    void aShippedSetDiffersFromItselfInNothingAndFromEveryOtherSetInSomething(String set) throws Exception {
        Cli.Result same = Cli.run("rules", "diff", set, "rules/" + set);
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).isEqualTo("rules/" + set + " -> rules/" + set + ": no difference\n");
        Cli.Result sameJson = Cli.run("rules", "diff", set, set, "--format", "json");
        assertThat(JSON.readTree(sameJson.out()).path("changes")).isEmpty();

        for (String other : shippedSets().filter(s -> !s.equals(set)).toList()) {
            Cli.Result json = Cli.run("rules", "diff", set, other, "--format", "json");
            assertThat(json.exit()).as(json.err()).isZero();
            JsonNode changes = JSON.readTree(json.out()).path("changes");
            assertThat(changes).as(set + " -> " + other).isNotEmpty();
            for (JsonNode c : changes) {
                assertThat(RegulationSections.ALL).contains(c.path("section").asText());
                assertThat(c.path("sentence").asText()).isNotBlank();
                // A rule present on a side is named there with its file and line.
                for (String side : List.of("fromRule", "toRule")) {
                    JsonNode rule = c.path(side);
                    if (!rule.path("rule").isNull()) assertThat(Path.of(rule.path("file").asText())).exists();
                }
            }
            Cli.Result text = Cli.run("rules", "diff", set, other);
            assertThat(text.out()).startsWith("rules/" + set + " -> rules/" + other + ": " + changes.size() + " difference");
        }
    }

    /** The sections of a diff, as the JSON names them. */
    private static final class RegulationSections {
        static final List<String> ALL = List.of("builds on", "stages", "criteria", "zones", "rounds", "settings", "rules");
    }

    /** The shipped proposal adds one criterion after points: said as an official says it, and the rules behind it. */
    @Test
    void theProposalAddsTheHeadToHeadCriterionAfterPoints() throws Exception {
        Cli.Result text = Cli.run("rules", "diff", "copa-peru-2017", "copa-peru-2017-proposal");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("\"Points in the matches between the teams level\" (criterion 1.1) is added to the order of the"
                + " criteria for tables of kind \"general table\" as step 2 of 9, after \"Number of points\"  [rules/copa-peru-2017-proposal/criteria.drl:");
        assertThat(text.out()).containsPattern("rule \"Points in the matches between the teams level\" is added \\(rules/copa-peru-2017-proposal/criteria\\.drl:\\d+\\)");
        assertThat(text.out()).containsPattern("rule \"The order of the criteria\" is replaced \\(rules/copa-peru-2017/criteria\\.drl:\\d+"
                + " -> rules/copa-peru-2017-proposal/criteria\\.drl:\\d+\\)");
        assertThat(text.out()).doesNotContain("is moved").doesNotContain("is removed");

        JsonNode json = JSON.readTree(Cli.run("rules", "diff", "copa-peru-2017", "copa-peru-2017-proposal", "--format", "json").out());
        List<JsonNode> criteria = new ArrayList<>();
        json.path("changes").forEach(c -> {
            if (c.path("section").asText().equals("criteria")) criteria.add(c);
        });
        assertThat(criteria).hasSize(1);
        assertThat(criteria.get(0).path("change").asText()).isEqualTo("added");
        assertThat(criteria.get(0).path("subject").asText()).isEqualTo("general table");
        assertThat(criteria.get(0).path("toRule").path("rule").asText()).isEqualTo("Points in the matches between the teams level");
        assertThat(criteria.get(0).path("fromRule").path("rule").isNull()).isTrue();

        Cli.Result markdown = Cli.run("rules", "diff", "copa-peru-2017", "copa-peru-2017-proposal", "--format", "markdown");
        assertThat(markdown.out()).startsWith("# From copa-peru-2017 to copa-peru-2017-proposal\n").contains("## Orders of the criteria");
    }

    /** A criterion moved: one criterion named as moved, not every criterion between. */
    @Test
    void aCriterionMovedIsNamedOnce() {
        Cli.Result result = Cli.run("rules", "diff", "copa-peru-2017", "src/test/resources/rules/goals-before-difference");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines().filter(l -> l.contains("is moved")).toList()).hasSize(1);
        assertThat(result.out()).contains("is moved in the order of the criteria for tables of kind \"general table\" from step");
    }

    @Test
    void settingsZonesAndRoundsChangedAreNamedWithTheirValues() throws Exception {
        Path edited = copy("copa-peru-2017", "edited");
        edit(edited.resolve("stages.drl"), "new Setting(\"nearest departments\", 4)", "new Setting(\"nearest departments\", 5)");
        edit(edited.resolve("zones.drl"), "\"round of 16\", 1, 8,", "\"round of 16\", 1, 4,");
        edit(edited.resolve("zones.drl"), "\"repechage\", 9, 24,", "\"repechage\", 5, 28,");
        edit(edited.resolve("zones.drl"), "\"eliminated\", 25, 50,", "\"eliminated\", 29, 50,");
        edit(edited.resolve("zones.drl"), "KnockoutRound(\"repechage\", 16,", "KnockoutRound(\"repechage\", 24,");

        Cli.Result result = Cli.run("rules", "diff", "copa-peru-2017", edited.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("the setting \"nearest departments\": 4 -> 5")
                .contains("General table, zone \"round of 16\": places 1-8 go to the round of 16 -> places 1-4 go to the round of 16")
                .contains("the round \"repechage\": 16 teams -> 24 teams")
                .containsPattern("rule \"Nearest departments\" is replaced \\(rules/copa-peru-2017/stages\\.drl:\\d+ -> ");
    }

    /** A misspelt stage, overlapping zones, a criterion without a citation, a criterion with no rule: all listed, one line each. */
    @Test
    void checkListsEveryProblemOneLineEach() throws Exception {
        Path broken = copy("copa-peru-2017", "broken");
        edit(broken.resolve("stages.drl"), "\"general-table\",", "\"general-tabel\",");
        edit(broken.resolve("zones.drl"), "\"round of 16\", 1, 8,", "\"round of 16\", 1, 10,");
        edit(broken.resolve("criteria.drl"), "@regulation(\"3\") @wording(\"Number of goals scored\")", "@wording(\"Number of goals scored\")");
        edit(broken.resolve("ties.drl"), "\"Better position in the general table\"\n    ));", "\"Better position in the general tabel\"\n    ));");

        Cli.Result result = Cli.run("rules", "check", broken.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        List<String> lines = result.err().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith(broken.toString()).doesNotContain("more problem"));
        assertThat(result.err()).doesNotContain("Exception");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(broken.resolve("stages.drl") + ":")
                .contains("the stage \"general-tabel\" of the order has no rule").contains("did you mean \"general-table\"?"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(broken.resolve("zones.drl") + ":")
                .contains("rule \"Places 9 to 24 go to the repechage\": the zone \"repechage\" (places 9-24) overlaps the zone \"round of 16\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(broken.resolve("criteria.drl") + ":")
                .contains(": rule \"Goals scored\": the criterion \"Goals scored\" (in the order of the criteria for tables of kind"
                        + " \"general table\") cites no regulation"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(broken.resolve("ties.drl") + ":")
                .contains("names \"Better position in the general tabel\", but no rule has that name")
                .contains("did you mean \"Better position in the general table\"?"));

        // Every other command stops at the first of them, and says how many more there are.
        Cli.Result run = Cli.run("run", "scenarios/copa-peru-2017/national-stage.yaml", "--rules", broken.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(lines.get(0) + " (and " + (lines.size() - 1) + " more problems in the rules' structure)");
    }

    /** The citation check alone stops a run before it adjudicates, naming the rule. */
    @Test
    void aCriterionWithoutACitationStopsEveryCommand() throws Exception {
        Path uncited = copy("copa-peru-2017", "uncited");
        edit(uncited.resolve("criteria.drl"), "@regulation(\"2\") @wording(\"Goal difference\")", "@wording(\"Goal difference\")");

        for (String command : List.of("rank")) {
            Cli.Result result = Cli.run(command, "scenarios/copa-peru-2017/final-group.yaml", "--rules", uncited.toString());
            assertThat(result.exit()).as(command).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().strip()).doesNotContain("\n").startsWith(uncited.resolve("criteria.drl") + ":")
                    .contains(": rule \"Goal difference\": the criterion \"Goal difference\" (in the order of the criteria for tables of kind"
                            + " \"general table\") cites no regulation: give it @regulation(\"...\")");
        }
    }

    @Test
    void describeAndCheckOfAMissingSetAreOneLineErrors() {
        for (String command : List.of("describe", "check")) {
            Cli.Result result = Cli.run("rules", command, "no-such-set");
            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err().strip()).doesNotContain("\n").contains("regulation set \"no-such-set\" not found").contains("available: ");
        }
        Cli.Result missing = Cli.run("rules");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("describe, diff, check or new");
    }

    /**
     * {@code rules new}: a set beside its base, building on it, that decides as its base does; its
     * commented examples, uncommented as they are, still change nothing; a diff over the base names
     * a replaced rule and a removed one with file and line on both sides.
     */
    @Test
    void aNewSetBuildsOnItsBaseAndDecidesAsItDoes() throws Exception {
        Path base = copy("copa-peru-2017", "copa-peru-2017");
        String scenario = "scenarios/copa-peru-2017/national-stage.yaml";

        Cli.Result created = Cli.run("rules", "new", "copa-peru-2025", "--from", base.toString());

        assertThat(created.exit()).as(created.err()).isZero();
        Path season = base.resolveSibling("copa-peru-2025");
        assertThat(created.out()).startsWith("created " + season + "/ building on copa-peru-2017");
        try (Stream<Path> files = Files.list(season)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("changes.drl", "set.yaml");
        }
        try (Stream<Path> siblings = Files.list(season.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("copa-peru-2017", "copa-peru-2025");
        }
        assertThat(Files.readString(season.resolve("set.yaml"))).contains("builds-on: copa-peru-2017\n").contains("# removes:\n#   - \"");
        String drl = Files.readString(season.resolve("changes.drl"));
        // Real rules of the base, read from the compiled set: its order of the criteria and the rule of its settings.
        assertThat(drl).contains("// rule \"The order of the criteria\"\n//     @replaces\n").contains("//     insert(new Setting(");
        String settingRule = drl.substring(drl.indexOf("// rule \"", drl.indexOf("To change a setting")) + "// rule \"".length());
        settingRule = settingRule.substring(0, settingRule.indexOf('"'));
        assertThat(Cli.run("rules", "describe", season.toString()).out()).contains("Builds on: copa-peru-2017");

        String expected = runText(scenario, base);
        assertThat(runText(scenario, season).replace(season.toString(), base.toString()).replace("copa-peru-2025", "copa-peru-2017"))
                .isEqualTo(expected);
        assertThat(Cli.run("rules", "diff", base.toString(), season.toString()).out()).doesNotContain("== Rules ==");

        // Uncommented as written (each line of the examples, and the removal), it loads and still decides the same.
        Files.writeString(season.resolve("changes.drl"), drl.replaceAll("(?m)^// ", ""));
        String yaml = Files.readString(season.resolve("set.yaml"));
        Files.writeString(season.resolve("set.yaml"), yaml.replace("# removes:\n#   - ", "removes:\n  - "));
        String removed = yaml.substring(yaml.indexOf("#   - \"") + 7, yaml.lastIndexOf('"'));
        Cli.Result check = Cli.run("rules", "check", season.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        Cli.Result diff = Cli.run("rules", "diff", base.toString(), season.toString());
        assertThat(diff.out()).contains("rule \"" + removed + "\" is removed (" + base + "/")
                .doesNotContain("is replaced").doesNotContain("is added");
        Cli.Result describe = Cli.run("rules", "describe", season.toString());
        assertThat(describe.out()).contains("copa-peru-2025 (" + season + "): adds 0 rules; replaces ")
                .contains("\"The order of the criteria\"").contains("\"" + settingRule + "\"").contains("; removes \"" + removed + "\"");

        // An edit of the replacing rule is a replacement, cited in both files.
        String changes = Files.readString(season.resolve("changes.drl"));
        java.util.regex.Matcher setting = Pattern.compile("new Setting\\(\"([^\"]+)\", (\\d+)\\)").matcher(changes);
        assertThat(setting.find()).as(changes).isTrue();
        int value = Integer.parseInt(setting.group(2));
        Files.writeString(season.resolve("changes.drl"), changes.replace(setting.group(), "new Setting(\"" + setting.group(1) + "\", " + (value + 1) + ")"));
        diff = Cli.run("rules", "diff", base.toString(), season.toString());
        assertThat(diff.out()).contains("the setting \"" + setting.group(1) + "\": " + value + " -> " + (value + 1))
                .containsPattern("rule \"" + Pattern.quote(settingRule) + "\" is replaced \\(" + Pattern.quote(base.toString())
                        + "/\\S+\\.drl:\\d+ -> " + Pattern.quote(season.toString()) + "/changes\\.drl:\\d+\\)");
    }

    private static String runText(String scenario, Path rules) {
        Cli.Result result = Cli.run("run", scenario, "--rules", rules.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        return result.out();
    }

    @Test
    void newRefusesAnExistingFolderAndABadName() throws Exception {
        Path base = copy("copa-peru-2017", "copa-peru-2017");
        Files.createDirectories(base.resolveSibling("taken"));

        Cli.Result taken = Cli.run("rules", "new", "taken", "--from", base.toString());
        assertThat(taken.exit()).isEqualTo(2);
        assertThat(taken.err().strip()).isEqualTo(base.resolveSibling("taken") + ": already exists: choose another name, or edit that set");
        assertThat(base.resolveSibling("taken")).isEmptyDirectory();

        for (String bad : List.of("../elsewhere", "a/b", ".hidden", "two words")) {
            Cli.Result result = Cli.run("rules", "new", bad, "--from", base.toString());
            assertThat(result.exit()).as(bad).isEqualTo(2);
            assertThat(result.err().strip()).doesNotContain("\n").startsWith("NAME: \"" + bad + "\" is not a name for a regulation set");
        }
        try (Stream<Path> siblings = Files.list(base.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("copa-peru-2017", "taken");
        }
    }

    private Path copy(String set, String as) throws Exception {
        return TestFiles.copyFolder(Path.of("rules", set), dir.resolve("rules").resolve(as));
    }

    /** Replaces text in a file; the text must be there, once. */
    static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text.split(Pattern.quote(from), -1)).as(from + " in " + file).hasSize(2);
        Files.writeString(file, text.replace(from, to));
    }
}
