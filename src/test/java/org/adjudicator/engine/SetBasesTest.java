package org.adjudicator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.TestFiles;
import org.adjudicator.UserError;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regulation set built on another holds only its differences: rules it adds, rules of its base it
 * replaces ({@code @replaces}) and rules it removes ({@code removes:} in set.yaml). Every mistake in
 * naming one is an error that says how to fix it.
 */
class SetBasesTest {
    @TempDir
    Path dir;
    String previous;
    Path base;

    @BeforeEach
    void aBaseInATemporaryRulesFolder() throws Exception {
        previous = System.getProperty("adjudicator.cache");
        System.setProperty("adjudicator.cache", dir.resolve("cache").toString());
        base = TestFiles.copyFolder(Path.of("rules/copa-peru-2017"), dir.resolve("rules/copa"));
    }

    @AfterEach
    void restore() {
        if (previous == null) System.clearProperty("adjudicator.cache");
        else System.setProperty("adjudicator.cache", previous);
    }

    private static final String POSITION_FIRST = """
            package season;
            import org.adjudicator.facts.Precedence;

            /* The general table's place comes right after the points. */
            rule "The order of the criteria of the final group"
                @replaces
            when
            then
                insert(new Precedence("final group", "Number of points", "Position in the general table"));
            end
            """;

    @Test
    void aSetReplacesARuleOfItsBaseByName() throws Exception {
        Path season = set("season", "builds-on: copa\n", POSITION_FIRST);

        RuleSet rules = new RulesLoader().load(season);

        assertThat(leader(rules)).isEqualTo("Atlético Grau");
        assertThat(leader(new RulesLoader().load(base))).as("the base is unchanged").isEqualTo("Binacional");
        assertThat(rules.bases()).containsExactly("copa", "base");   // copa-peru-2017 builds on rules/base
        RuleSet.Layer top = rules.layers().get(rules.layers().size() - 1);
        assertThat(top.replaces()).containsExactly("The order of the criteria of the final group");
        assertThat(top.adds()).isEmpty();
        assertThat(rules.cite("The order of the criteria of the final group")).contains("season/criteria.drl:5");
        assertThat(rules.cite("Goal difference")).as("an inherited rule cites its base's file").contains("copa/criteria.drl:");
    }

    @Test
    void aSetAddsARuleAndRemovesOne() throws Exception {
        Path season = set("season", """
                builds-on: copa
                removes:
                  - "Places 25 to 50 are eliminated"
                """, """
                package season;
                import org.adjudicator.facts.ZonePlaces;

                rule "Places 25 to 50 are out"
                when
                then
                    insert(new ZonePlaces("General table", "eliminated", 25, 50, "are out", drools.getRule().getName()));
                end
                """);

        RuleSet rules = new RulesLoader().load(season);

        RuleSet.Layer top = rules.layers().get(rules.layers().size() - 1);
        assertThat(top.adds()).containsExactly("Places 25 to 50 are out");
        assertThat(top.removes()).containsExactly("Places 25 to 50 are eliminated");
        assertThat(rules.sources()).containsKey("Places 25 to 50 are out").doesNotContainKey("Places 25 to 50 are eliminated");
        assertThat(rules.kieBase().getRule("season", "Places 25 to 50 are eliminated")).isNull();
    }

    @Test
    void aSetOfASetBuildsOnBoth() throws Exception {
        set("season", "builds-on: copa\n", POSITION_FIRST);
        // (A criterion still named in an order of the criteria cannot be removed: the structure check refuses it.)
        Path next = set("next", "builds-on: season\nremoves: [\"A place shared at the top of the final group holds up promotion\"]\n", null);

        RuleSet rules = new RulesLoader().load(next);

        assertThat(rules.bases()).containsExactly("season", "copa", "base");
        assertThat(leader(rules)).isEqualTo("Atlético Grau");
        assertThat(rules.sources()).doesNotContainKey("A place shared at the top of the final group holds up promotion");
    }

    @Test
    void aRemovalNamingNoRuleOfTheBaseIsAnError() throws Exception {
        Path season = set("season", "builds-on: copa\nremoves:\n  - \"Goal diference\"\n", null);

        assertThat(error(season)).endsWith("season/set.yaml:3: removes \"Goal diference\": no set it builds on has a rule of this name;"
                + " did you mean \"Goal difference\"?");
    }

    @Test
    void aReplacementNamingNoRuleOfTheBaseIsAnError() throws Exception {
        Path season = set("season", "builds-on: copa\n", POSITION_FIRST.replace("of the final group\"", "of the final grop\""));

        assertThat(error(season)).endsWith("season/criteria.drl:5: rule \"The order of the criteria of the final grop\": @replaces,"
                + " but no set it builds on has a rule of this name; did you mean \"The order of the criteria of the final group\"?");
    }

    @Test
    void aRuleOfTheBasesNameWithoutReplacesIsAnError() throws Exception {
        Path season = set("season", "builds-on: copa\n", POSITION_FIRST.replace("    @replaces\n", ""));

        assertThat(error(season)).contains("season/criteria.drl:5: rule \"The order of the criteria of the final group\": the set it"
                + " builds on already has a rule of this name (").contains("add @replaces");
    }

    @Test
    void aMissingBaseIsAnError() throws Exception {
        Path season = set("season", "builds-on: copa-peru-2071\n", null);

        assertThat(error(season)).contains("season/set.yaml:builds-on: the set it builds on, \"copa-peru-2071\", is not found");
    }

    @Test
    void aCycleOfBasesIsAnError() throws Exception {
        set("one", "builds-on: two\n", null);
        Path two = set("two", "builds-on: one\n", null);

        assertThat(error(two)).contains("build on each other in a circle (two -> one -> two)");
    }

    @Test
    void anUnknownFieldOfTheManifestIsAnError() throws Exception {
        Path season = set("season", "build-on: copa\n", null);

        assertThat(error(season)).endsWith("season/set.yaml:1: build-on: unknown field; did you mean \"builds-on\"?;"
                + " a set's manifest has builds-on and removes");
    }

    @Test
    void aManifestThatIsNotYamlIsOneLineAtTheProblemsLine() throws Exception {
        Path season = set("season", "builds-on: copa\n  : : [\n", null);

        assertThat(error(season)).endsWith("season/set.yaml:2: not valid YAML: expected <block end>, but found '<block mapping start>'");
    }

    @Test
    void editingABaseRecompilesTheSetsBuiltOnIt() throws Exception {
        Path season = set("season", "builds-on: copa\n", POSITION_FIRST);
        RuleSet before = new RulesLoader().load(season);
        assertThat(before.sources()).doesNotContainKey("A rule added to the base");

        Files.writeString(base.resolve("zz-added.drl"), "package copaperu2017;\nrule \"A rule added to the base\"\nwhen\nthen\nend\n");
        RuleSet after = new RulesLoader().load(season);

        assertThat(after).isNotSameAs(before);
        assertThat(after.sources()).containsKey("A rule added to the base");
    }

    @Test
    void aSetReadBackFromTheDiskCacheKeepsItsLayers() throws Exception {
        Path season = set("season", "builds-on: copa\n", POSITION_FIRST);
        RuleSet compiled = new RulesLoader().load(season);
        RulesLoader.forgetCompiled();

        RuleSet cached = new RulesLoader().load(season);

        assertThat(cached).isNotSameAs(compiled);
        assertThat(cached.layers()).isEqualTo(compiled.layers());
        assertThat(cached.sources()).isEqualTo(compiled.sources());
        assertThat(leader(cached)).isEqualTo("Atlético Grau");
    }

    private Path set(String name, String manifest, String drl) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("rules").resolve(name));
        Files.writeString(folder.resolve("set.yaml"), manifest);
        if (drl != null) Files.writeString(folder.resolve("criteria.drl"), drl);
        return folder;
    }

    private static String error(Path set) {
        try {
            new RulesLoader().load(set);
        } catch (UserError e) {
            return e.oneLine();
        }
        throw new AssertionError("no error");
    }

    private static String leader(RuleSet rules) throws Exception {
        Tournament finalGroup = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/final-group.yaml"));
        Adjudication a = new Adjudicator().adjudicate(finalGroup, rules, false);
        return a.ranking("Final group").placements().get(0).getTeam();
    }

}
