package org.adjudicator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.List;
import org.adjudicator.UserError;
import org.kie.api.definition.KiePackage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk cache of compiled rules: read back in a fresh process, invalidated by any edit, never shared by folders. */
class PackageCacheTest {
    @TempDir
    Path dir;

    String previous;

    @BeforeEach
    void useATemporaryCache() {
        previous = System.getProperty("adjudicator.cache");
        System.setProperty("adjudicator.cache", dir.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) System.clearProperty("adjudicator.cache");
        else System.setProperty("adjudicator.cache", previous);
    }

    @Test
    void anEditedRuleIsNeverTakenFromTheCache() throws Exception {
        Path rules = copy("rules/copa-peru-2017", "set");
        Tournament finalGroup = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/final-group.yaml"));

        assertThat(leader(rules, finalGroup)).isEqualTo("Binacional 7");
        RulesLoader.forgetCompiled();
        assertThat(leader(rules, finalGroup)).as("read back from the disk cache").isEqualTo("Binacional 7");
        assertThat(cached()).isEqualTo(1);

        // A win is worth 2 points now: the same folder, one line changed.
        Path stages = rules.resolve("stages.drl");
        Files.writeString(stages, Files.readString(stages).replace("new Setting(\"points for a win\", 3)", "new Setting(\"points for a win\", 2)"));
        RulesLoader.forgetCompiled();

        assertThat(leader(rules, finalGroup)).isEqualTo("Binacional 5");
        assertThat(cached()).isEqualTo(2);
    }

    @Test
    void twoFoldersWithTheSameRulesDoNotShareAnEntry() throws Exception {
        Path one = copy("rules/copa-peru-2017", "one");
        Path two = copy("rules/copa-peru-2017", "two");

        new RulesLoader().load(one);
        new RulesLoader().load(two);

        assertThat(cached()).isEqualTo(2);
    }

    /** Another set's valid entry copied over this set's is not taken for it: the rules are compiled and the entry repaired. */
    @Test
    void anEntryOfOtherRulesIsNotTakenForThese() throws Exception {
        Path copa = copy("rules/copa-peru-2017", "copa");
        Path fifa = copy("rules/fifa-world-cup-2018", "fifa");
        Tournament finalGroup = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/final-group.yaml"));
        assertThat(leader(copa, finalGroup)).isEqualTo("Binacional 7");
        Path copaEntry = onlyEntry();
        new RulesLoader().load(fifa);
        Path fifaEntry;
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            fifaEntry = files.filter(f -> f.toString().endsWith(".packages") && !f.equals(copaEntry)).findFirst().orElseThrow();
        }
        Files.copy(fifaEntry, copaEntry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        RulesLoader.forgetCompiled();

        assertThat(leader(copa, finalGroup)).isEqualTo("Binacional 7");
        assertThat(Files.readAllBytes(copaEntry)).as("repaired").isNotEqualTo(Files.readAllBytes(fifaEntry));
        RulesLoader.forgetCompiled();
        assertThat(leader(copa, finalGroup)).isEqualTo("Binacional 7");
    }

    /**
     * A set that passed the structure check is marked so, beside its entry, and a fresh JVM does not
     * check it again (the check runs a session of its own); a set that fails is never marked and
     * fails again in the next JVM; an edit gives another key, checked again.
     */
    @Test
    void onlyASetThatPassedTheStructureCheckIsMarkedAndItsMarkSkipsTheCheck() throws Exception {
        Path good = copy("rules/copa-peru-2017", "good");
        new RulesLoader().load(good);
        Path entry = onlyEntry();
        Path mark = Path.of(entry.toString().replace(".packages", ".checked"));
        assertThat(mark).exists();

        Path broken = copy("rules/copa-peru-2017", "broken");
        Path stages = broken.resolve("stages.drl");
        Files.writeString(stages, Files.readString(stages).replace("\"general-table\",", "\"general-tabel\","));
        assertThatThrownBy(() -> new RulesLoader().load(broken)).isInstanceOf(UserError.class).hasMessageContaining("general-tabel");
        RulesLoader.forgetCompiled();
        assertThatThrownBy(() -> new RulesLoader().load(broken)).as("read back from the disk cache, checked again")
                .isInstanceOf(UserError.class).hasMessageContaining("general-tabel");
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".checked"))).containsExactly(mark);
        }

        // The mark is what lets a fresh JVM skip the check: a mark planted beside the broken set's entry is believed.
        Path brokenEntry;
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            brokenEntry = files.filter(f -> f.toString().endsWith(".packages") && !f.equals(entry)).findFirst().orElseThrow();
        }
        String brokenKey = brokenEntry.getFileName().toString().replace(".packages", "");
        Files.writeString(dir.resolve("cache").resolve(brokenKey + ".checked"), brokenKey);
        RulesLoader.forgetCompiled();
        assertThat(new RulesLoader().load(broken)).isNotNull();
        // A mark that does not hold its key (another entry's, copied over) is not believed.
        Files.writeString(dir.resolve("cache").resolve(brokenKey + ".checked"), "another key");
        RulesLoader.forgetCompiled();
        assertThatThrownBy(() -> new RulesLoader().load(broken)).isInstanceOf(UserError.class).hasMessageContaining("general-tabel");
    }

    /** A write that fails midway (a full disk) leaves no partial temporary file in the cache folder. */
    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws Exception {
        KiePackage unwritable = (KiePackage) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {KiePackage.class},
                (proxy, method, args) -> null);

        PackageCache.fromSystem().store("a-key", List.of(unwritable), null);

        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anEmptyCacheSettingIsNamed() throws Exception {
        System.setProperty("adjudicator.cache", "");
        Path rules = copy("rules/copa-peru-2017", "empty-setting");

        assertThatThrownBy(() -> new RulesLoader().load(rules)).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).oneLine())
                .isEqualTo("-Dadjudicator.cache: an empty value; give a folder for the compiled rules, or off");
    }

    private Path onlyEntry() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            List<Path> entries = files.filter(f -> f.toString().endsWith(".packages")).toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }

    private String leader(Path rules, Tournament tournament) {
        Adjudicator adjudicator = new Adjudicator();
        Adjudication a = adjudicator.adjudicate(tournament, new RulesLoader().load(rules), false);
        Ranking table = a.ranking("Final group");
        String team = table.placements().get(0).getTeam();
        return team + " " + table.standings().get(team).get("points");
    }

    private long cached() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.filter(f -> f.toString().endsWith(".packages")).count();
        }
    }

    private Path copy(String from, String name) throws Exception {
        return org.adjudicator.TestFiles.copyFolder(Path.of(from), dir.resolve(name));
    }
}
