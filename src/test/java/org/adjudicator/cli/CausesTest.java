package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cause named for a move is the change without which it does not happen: between two sets that
 * differ twice (the order of the criteria and the points for a win), and for a what-if's edits,
 * not the criterion that places the team now.
 */
class CausesTest {
    static final String NATIONAL_2017 = "scenarios/copa-peru-2017/national-stage.yaml";
    static final String NATIONAL_2019 = "scenarios/copa-peru-2019/national-stage.yaml";

    /**
     * As an official builds it: rules new from {@code base}, then the README's two recipes added to
     * changes.drl (the general table's criteria in {@code order}, two points for a win).
     */
    private static Path season2020(Path dir, String base, String order) throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> sets = Files.list(Path.of("rules"))) {
            for (Path set : sets.filter(Files::isDirectory).toList()) TestFiles.copyFolder(set, rules.resolve(set.getFileName()));
        }
        assertThat(Cli.run("rules", "new", "copa-peru-2020", "--from", rules.resolve(base).toString()).exit()).isZero();
        Files.writeString(rules.resolve("copa-peru-2020").resolve("changes.drl"), """

                rule "The order of the criteria"
                    @replaces
                when
                then
                    insert(new Precedence("general table",
                        %s));
                end

                rule "Points for a win"
                    @replaces
                when
                then
                    insert(new Setting("points for a win", 2));
                end
                """.formatted(order), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return rules;
    }

    /**
     * Under 2019's criteria (puntos relativos right after points, kept in their place) goals scored
     * before goal difference moves no team alone: relative points split nearly every team level on
     * points first. The reorder still counts where it takes both changes.
     */
    @Test
    void aReorderThatMovesTeamsLevelOnPointsUnderBothSetsIsTheCause(@TempDir Path dir) throws IOException {
        Path rules = season2020(dir, "copa-peru-2019", "\"Number of points\", \"Relative points\", \"Goals scored\", \"Goal difference\", "
                + "\"Away points\", \"Away goal difference\", \"Away goals scored\", \"First-half points\", \"Drawing of lots\"");

        Cli.Result impact = Cli.run("impact", "--rules", rules.resolve("copa-peru-2019").toString(),
                "--rules", rules.resolve("copa-peru-2020").toString(), NATIONAL_2019);

        assertThat(impact.exit()).as(impact.err()).isZero();
        // A move that takes both differences says so, with where the team would be without each.
        assertThat(line(impact.out(), "General table: Deportivo Garcilaso: 41 -> 40"))
                .contains("cause: it takes both changes: the order of the criteria for tables of kind \"general table\" (without it: place 41)"
                        + " and the setting \"points for a win\", 3 -> 2 (without it: place 41)");
        // A move the points alone make names the setting, and the criterion the points change: relative points too.
        assertThat(line(impact.out(), "General table: Alianza Zorritos: 12 -> 8"))
                .contains("cause: the setting \"points for a win\", 3 -> 2; criterion responsible: number of points, computed differently");
        assertThat(line(impact.out(), "General table: Deportivo Municipal (Yanahuanca): 7 -> 6"))
                .contains("cause: the setting \"points for a win\", 3 -> 2; criterion responsible: relative points, computed differently: "
                        + "Deportivo Municipal (Yanahuanca) 105 -> 55 and Sport El Tablazo 115 -> 53");
        assertThat(impact.out()).doesNotContain("moved before goal difference");
    }

    /** Under 2017's criteria (points, goal difference, goals scored) the same reorder alone moves teams level on points. */
    @Test
    void aReorderAloneThatMovesTeamsLevelOnPointsIsTheCause(@TempDir Path dir) throws IOException {
        Path rules = season2020(dir, "copa-peru-2017", "\"Number of points\", \"Goals scored\", \"Goal difference\", "
                + "\"Away points\", \"Away goal difference\", \"Away goals scored\", \"First-half points\", \"Drawing of lots\"");

        Cli.Result impact = Cli.run("impact", "--rules", rules.resolve("copa-peru-2017").toString(),
                "--rules", rules.resolve("copa-peru-2020").toString(), NATIONAL_2017);

        assertThat(impact.exit()).as(impact.err()).isZero();
        // 15-15 under 2017, 10-10 under 2020: the points did not move them, goals scored before goal difference did.
        assertThat(line(impact.out(), "General table: Binacional: 2 -> 3"))
                .contains("cause: the order of the criteria for tables of kind \"general table\";")
                .contains("goals scored, moved before goal difference")
                .doesNotContain("number of points");
        assertThat(line(impact.out(), "General table: Coronel Bolognesi: 10 -> 8"))
                .contains("cause: it takes both changes: the order of the criteria for tables of kind \"general table\" (without it: place 9)"
                        + " and the setting \"points for a win\", 3 -> 2 (without it: place 10)");
    }

    @Test
    void aSanctionIsTheCauseOfTheMoveNotTheCriterionThatPlacesTheTeam() {
        Cli.Result whatif = Cli.run("whatif", NATIONAL_2017, "--sanction", "Binacional:-3");

        assertThat(whatif.exit()).as(whatif.err()).isZero();
        assertThat(line(whatif.out(), "General table: Binacional: 2 -> 8"))
                .contains("cause: the sanction of -3 point(s) on Binacional; placed by goal difference")
                .doesNotContain("criterion responsible");
        assertThat(line(whatif.out(), "General table: José Carlos Mariátegui: 3 -> 2"))
                .contains("cause: the sanction of -3 point(s) on Binacional");
    }

    @Test
    void aWithdrawalIsTheCauseOfTheMove() {
        Cli.Result whatif = Cli.run("whatif", NATIONAL_2017, "--withdraw", "Somos Olímpico");

        assertThat(whatif.exit()).as(whatif.err()).isZero();
        assertThat(line(whatif.out(), "General table: Somos Olímpico: 7 -> -")).contains("cause: the withdrawal of Somos Olímpico");
        assertThat(line(whatif.out(), "General table: Alfonso Ugarte de Chiclín: 8 -> 7"))
                .contains("cause: the withdrawal of Somos Olímpico; placed by")
                .doesNotContain("criterion responsible");
    }

    @Test
    void withSeveralEditsTheCauseIsTheEditWithoutWhichTheMoveDoesNotHappen() {
        Cli.Result whatif = Cli.run("whatif", NATIONAL_2017, "--sanction", "Binacional:-3", "--withdraw", "Somos Olímpico");

        assertThat(whatif.exit()).as(whatif.err()).isZero();
        // Mariátegui passes Binacional whether or not Somos Olímpico is withdrawn: the sanction alone.
        assertThat(line(whatif.out(), "General table: José Carlos Mariátegui: 3 -> 2"))
                .contains("cause: the sanction of -3 point(s) on Binacional; placed by");
        // Binacional reaches 7th only with both: 2nd without the sanction, 8th without the withdrawal.
        assertThat(line(whatif.out(), "General table: Binacional: 2 -> 7"))
                .contains("cause: it takes both changes: the sanction of -3 point(s) on Binacional (without it: place 2)"
                        + " and the withdrawal of Somos Olímpico (without it: place 8)");
    }

    private static String line(String out, String start) {
        return out.lines().map(String::strip).filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting \"" + start + "\" in:\n" + out));
    }
}
