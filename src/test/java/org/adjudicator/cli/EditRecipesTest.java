package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recipes of "How an official edits the regulation" (src/site/markdown/editing-rules.md), tried as an official would:
 * a season made with {@code rules new my-season --from copa-peru-2017} in a copy of {@code rules/},
 * the recipe's lines added as the page writes them (read from it by their markers, so the
 * page and this test cannot drift apart), then the national stage run under the new season.
 * Each output the page quotes must be what the tool prints, and so must each mistake's error line.
 */
class EditRecipesTest {
    static final String SCENARIO = "scenarios/copa-peru-2017/national-stage.yaml";

    @TempDir
    Path dir;
    Path rules;
    String previousCache;

    @BeforeEach
    void aCopyOfTheRulesFolder() throws IOException {
        previousCache = System.getProperty("adjudicator.cache");
        System.setProperty("adjudicator.cache", dir.resolve("cache").toString());
        rules = dir.resolve("rules");
        try (Stream<Path> sets = Files.list(Path.of("rules"))) {
            for (Path set : sets.filter(Files::isDirectory).toList()) TestFiles.copyFolder(set, rules.resolve(set.getFileName()));
        }
    }

    @AfterEach
    void restore() {
        if (previousCache == null) System.clearProperty("adjudicator.cache");
        else System.setProperty("adjudicator.cache", previousCache);
    }

    @Test
    void reorderingTheCriteriaPutsGoalsScoredBeforeGoalDifference() throws IOException {
        Cli.Result result = run(season("reorder"));

        assertThat(result.out()).contains("Criteria, in order: Number of points, Goals scored, Goal difference, Away points,");
        assertQuoted("reorder", result.out());
    }

    @Test
    void twoPointsForAWinChangeTheTeamsPoints() throws IOException {
        Cli.Result result = run(season("points"));

        assertThat(result.out()).containsSubsequence("   9  Coronel Bolognesi", "  10  Las Palmas");
        assertQuoted("points", result.out());
    }

    @Test
    void zonesOneToFourAndFiveToTwentyMakeAConsistentStructure() throws IOException {
        Cli.Result result = run(season("zones"));

        assertThat(result.out())
                .containsPattern("   4  Estudiantil CNI .* round of 16 ")
                .containsPattern("   5  Alfonso Ugarte .* repechage ")
                .containsPattern("  20  Mariscal Miller .* repechage ")
                .containsPattern("  21  Sportivo Huracán .* eliminated ");
        assertQuoted("zones", result.out());
    }

    @Test
    void headToHeadPointsComeBeforeGoalDifference() throws IOException {
        Cli.Result result = run(season("head-to-head"));

        assertThat(result.out()).containsSubsequence("   1  José Carlos Mariátegui", "   2  Estudiantil CNI");
        assertQuoted("head-to-head", result.out());
    }

    @Test
    void withoutTheAwayCriteriaFirstHalfPointsDecideSooner() throws IOException {
        Cli.Result result = run(season("no-away"));

        assertThat(result.out()).contains("Criteria, in order: Number of points, Goal difference, Goals scored, First-half points, Drawing of lots")
                .doesNotContain("AwPts");
        assertQuoted("no-away", result.out());
    }

    @Test
    void fewerNearestDepartmentsMakeTheFixtureBreakTheRivalsRestriction() throws IOException {
        Cli.Result shipped = Cli.run("check-fixtures", SCENARIO);
        Cli.Result result = Cli.run("check-fixtures", SCENARIO, "--rules", season("rivals").toString());

        assertThat(shipped.exit()).as(shipped.out() + shipped.err()).isZero();
        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertQuoted("rivals", result.out());
    }

    @Test
    void forgettingReplacesIsAnError() throws IOException {
        assertMistake("no-replaces", season("points", drl -> drl.replace("    @replaces\n", "")));
    }

    @Test
    void replacingARuleTheBaseDoesNotHaveIsAnError() throws IOException {
        assertMistake("misspelt-replaces", season("points", drl -> drl.replace("rule \"Points for a win\"", "rule \"Points for a wins\"")));
    }

    @Test
    void removingARuleTheBaseDoesNotHaveIsAnError() throws IOException {
        Path season = season("no-away", UnaryOperator.identity(), yaml -> yaml.replace("\"Away goal difference\"", "\"Away goal diference\""));
        assertMistake("misspelt-removal", season);
    }

    @Test
    void removingRulesTheOrderStillNamesIsAnError() throws IOException {
        assertMistake("order-names-removed", season("no-away", drl -> "", UnaryOperator.identity()));
    }

    @Test
    void roundSizesThatDoNotAddUpAreAnError() throws IOException {
        assertMistake("round-size", season("zones", drl -> drl.replace("\"round-of-16\", 12,", "\"round-of-16\", 16,")
                .replace("\"quarter-finals\", 6,", "\"quarter-finals\", 8,")));
    }

    @Test
    void aMisspeltFieldIsAnError() throws IOException {
        assertMistake("misspelt-field", season("head-to-head", drl -> drl.replace("$group : TiedGroup( nextCriterion ==", "$group : TiedGroup( nextCriterium ==")));
    }

    // --- the season, made as the README says ---

    private Path season(String recipe) throws IOException {
        return season(recipe, UnaryOperator.identity(), UnaryOperator.identity());
    }

    private Path season(String recipe, UnaryOperator<String> drlEdit) throws IOException {
        return season(recipe, drlEdit, UnaryOperator.identity());
    }

    /** {@code rules new my-season --from copa-peru-2017}, then the recipe's lines (edited, for a mistake) added to its files. */
    private Path season(String recipe, UnaryOperator<String> drlEdit, UnaryOperator<String> yamlEdit) throws IOException {
        Path season = rules.resolve("my-season");
        Files.createDirectories(season);
        Files.writeString(season.resolve("set.yaml"), "builds-on: copa-peru-2017\n", StandardCharsets.UTF_8);
        Files.writeString(season.resolve("changes.drl"), "package copaperu2017;\n", StandardCharsets.UTF_8);
        String drl = Readme.block("recipe: " + recipe + " changes.drl");
        String yaml = Readme.block("recipe: " + recipe + " set.yaml");
        assertThat(drl != null || yaml != null).as("the README has the recipe " + recipe).isTrue();
        if (drl != null) append(season.resolve("changes.drl"), drlEdit.apply(drl));
        if (yaml != null) append(season.resolve("set.yaml"), yamlEdit.apply(yaml));
        return season;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, "\n" + text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static Cli.Result run(Path season) {
        Cli.Result result = Cli.run("run", SCENARIO, "--rules", season.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        return result;
    }

    /** Every line the README quotes as the recipe's output is a line the tool printed ("..." stands for lines left out). */
    private void assertQuoted(String recipe, String out) {
        String quoted = Readme.block("output: " + recipe);
        assertThat(quoted).as("the README quotes the output of " + recipe).isNotNull();
        List<String> printed = out.replace(dir.toString() + "/", "").lines().map(String::strip).toList();
        for (String line : quoted.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.equals("...") || line.startsWith("$ ")) continue;
            assertThat(printed).as("README, output of " + recipe).contains(line);
        }
    }

    /** The season does not load: exit 2 and the one line the README shows, paths as an official sees them from the project's folder. */
    private void assertMistake(String mistake, Path season) {
        Cli.Result result = Cli.run("run", SCENARIO, "--rules", season.toString());
        String error = result.err().strip().replace(dir.toString() + "/", "");
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(error.lines().count()).as(error).isEqualTo(1);
        assertThat(error).as("README, mistake " + mistake).isEqualTo(Readme.block("mistake: " + mistake).strip());
    }

    /** The code blocks of the recipe page (src/site/markdown/editing-rules.md, linked from the README), each found by the HTML comment just before it. */
    static final class Readme {
        private static String text;

        static synchronized String block(String marker) {
            if (text == null) {
                try {
                    text = Files.readString(Path.of("src/site/markdown/editing-rules.md"), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            String comment = "<!-- " + marker + " -->\n";
            int at = text.indexOf(comment);
            if (at < 0) return null;
            int open = text.indexOf("```", at + comment.length());
            assertThat(text.substring(at + comment.length(), open).strip()).as("nothing between " + comment.strip() + " and its block").isEmpty();
            int start = text.indexOf('\n', open) + 1;
            int end = text.indexOf("\n```", start);
            List<String> lines = new ArrayList<>(text.substring(start, end + 1).lines().toList());
            return String.join("\n", lines) + "\n";
        }
    }
}
