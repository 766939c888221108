package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, items 14-17: the files `whatif --out` and `pair --out` write are files the tool reads, from where they are. */
class ScenarioOutputTest {
    static final String FINAL_GROUP = "scenarios/copa-peru-2017/final-group.yaml";
    static final String TEAMS = "scenarios/copa-peru-2017/teams.yaml";

    /** Item 14: the fixture names the set it was made with, so check-fixtures checks it under that set. */
    @Test
    void pairNamesTheSetItWasMadeWith(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fixture.yaml");

        Cli.Result pair = Cli.run("pair", TEAMS, "--rules", "copa-peru-2017-proposal", "--out", out.toString());
        Cli.Result check = Cli.run("check-fixtures", out.toString());

        assertThat(pair.exit()).as(pair.err()).isZero();
        assertThat(Files.readString(out)).containsPattern("(?m)^rules: \\S*/rules/copa-peru-2017-proposal$")
                .contains("with the rules copa-peru-2017-proposal");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("rules copa-peru-2017-proposal").contains("No violation");
    }

    /** Item 15: the extension decides the format; the tool reads its own JSON back. */
    @Test
    void theExtensionDecidesTheFormat(@TempDir Path dir) throws Exception {
        Path whatif = dir.resolve("appeal.json");
        Path fixture = dir.resolve("fixture.json");

        Cli.Result one = Cli.run("whatif", FINAL_GROUP, "--set", "Binacional 0-1 Atlético Grau", "--out", whatif.toString());
        Cli.Result two = Cli.run("pair", TEAMS, "--out", fixture.toString());

        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.exit()).as(two.err()).isZero();
        JsonNode tree = new JsonMapper().readTree(whatif.toFile());
        assertThat(tree.path("name").asText()).isEqualTo("Copa Perú 2017 - final group");
        assertThat(new JsonMapper().readTree(fixture.toFile()).path("matches").size()).isEqualTo(150);
        Cli.Result run = Cli.run("run", whatif.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Atlético Grau wins the final group");
        assertThat(Cli.run("check-fixtures", fixture.toString()).exit()).isZero();
    }

    @Test
    void anotherExtensionIsAnErrorAndNothingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("appeal.txt");

        Cli.Result whatif = Cli.run("whatif", FINAL_GROUP, "--set", "Binacional 0-1 Atlético Grau", "--out", out.toString());
        Cli.Result pair = Cli.run("pair", TEAMS, "--out", out.toString());

        for (Cli.Result r : new Cli.Result[] {whatif, pair}) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).isEqualTo(out + ":--out: name the file .yaml, .yml or .json: its extension decides the format written");
        }
        assertThat(out).doesNotExist();
    }

    /** Item 16: a --set is checked as a scenario's score is; two --sets of one match are an error. */
    @Test
    void aSetIsCheckedAsAScenarioScoreIs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("absurd.yaml");
        Path scenario = dir.resolve("absurd-in-file.yaml");
        Files.writeString(scenario, Files.readString(Path.of(FINAL_GROUP)).replace("score: 4-1", "score: 200-1"));

        Cli.Result set = Cli.run("whatif", FINAL_GROUP, "--set", "Binacional 200-1 Atlético Grau", "--out", out.toString());
        Cli.Result file = Cli.run("run", scenario.toString());
        Cli.Result twice = Cli.run("whatif", FINAL_GROUP, "--set", "Binacional 2-1 Atlético Grau", "--set", "Binacional 1-2 Atlético Grau");

        assertThat(set.exit()).isEqualTo(2);
        assertThat(set.err().strip()).isEqualTo("--set: \"200-1\": more than 199 goals by one side is taken for a typing mistake");
        assertThat(file.err()).contains("\"200-1\": more than 199 goals by one side is taken for a typing mistake");
        assertThat(out).doesNotExist();
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err().strip()).isEqualTo("--set: two results for Binacional v Atlético Grau (final-group): give one --set per match");
    }

    /** Item 17: written into another folder, the file still finds its rules, from any current folder. */
    @Test
    void aFileWrittenElsewhereFindsItsRules(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("appeals")).resolve("appeal.yaml");

        Cli.Result whatif = Cli.run("whatif", FINAL_GROUP, "--set", "Binacional 0-1 Atlético Grau", "--out", out.toString());
        Cli.Result same = Cli.run("whatif", FINAL_GROUP, "--set", "Binacional 0-1 Atlético Grau", "--out", "target/beside-test.yaml");

        assertThat(whatif.exit()).as(whatif.err()).isZero();
        String rules = Files.readString(out).lines().filter(l -> l.startsWith("rules: ")).findFirst().orElseThrow().substring(7);
        assertThat(rules).contains("/").endsWith("rules/copa-peru-2017");
        // The reference resolves from the file's folder, not from the folder the tool ran in.
        assertThat(out.getParent().resolve(rules).resolve("criteria.drl")).exists();
        // Beside the shipped rules, the name as written still works and is kept.
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(Files.readString(Path.of("target/beside-test.yaml"))).contains("\nrules: copa-peru-2017\n");
        Files.delete(Path.of("target/beside-test.yaml"));
    }

    /** Item 17: --rules NAME is looked up as a scenario's rules: is, beside the scenario first. */
    @Test
    void rulesNameIsLookedUpBesideTheScenario(@TempDir Path dir) throws Exception {
        TestFiles.copyFolder(Path.of("src/test/resources/rules/goals-before-difference"), dir.resolve("rules/my-proposal"));
        Path scenario = dir.resolve("final-group.yaml");
        Files.writeString(scenario, Files.readString(Path.of(FINAL_GROUP)).replace("rules: copa-peru-2017", "rules: ../../no-such"));

        Cli.Result result = Cli.run("rank", scenario.toString(), "--rules", "my-proposal");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Rules: my-proposal");
    }
}
