package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adjudicator.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What does a team need", on the 2017 final group before its last round, checked against a
 * hand-worked analysis.
 *
 * Before round 3: Binacional 4 pts (GD +3), Atlético Grau 4 (+2), Estudiantil CNI 3 (-1),
 * José Carlos Mariátegui 0 (-4). Left: Atlético Grau v Mariátegui, Binacional v CNI.
 * Level on points and goal difference, the better place in the general table decides: Grau 1st,
 * Binacional 2nd.
 *
 * Binacional first: it wins and Grau does not (7 against at most 5); or it draws (5) and Grau
 * does not win (Grau 5 with a worse goal difference, or 4), CNI staying at 4. Both win (7 each):
 * goal difference, +3+b against +2+g: Binacional ahead when b > g - 1, i.e. b >= g; at b = g - 1
 * the goal differences are level and Grau's better general-table place puts it first.
 * Binacional loses: CNI reaches 6, out of reach.
 *
 * Atlético Grau first: it wins and Binacional does not (7 against 5 or 4; CNI at most 6). Both
 * win: Grau ahead when +2+g > +3+b, or level and better placed: g >= b + 1. A draw gives at most 5,
 * behind Binacional's 5 on goal difference or behind CNI's 6.
 */
class NeedsTest {
    static Path scenario;

    @BeforeAll
    static void beforeRoundThree(@TempDir Path dir) throws Exception {
        String full = Files.readString(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        scenario = dir.resolve("before-round-3.yaml");
        Files.writeString(scenario, full.replaceAll("(round: 3, date: 2017-12-10, home: [^,]+, away: [^,]+), score: [^}]+}", "$1}"));
    }

    @Test
    void binacional() {
        Cli.Result result = Cli.run("needs", scenario.toString(), "Binacional", "--rules", "copa-peru-2017");

        assertThat(result.exit()).as(result.err()).isZero();
        // Both draw: level on 5 points, Binacional ahead on goal difference (+3 against +2) whatever the
        // scores of the draws; but only points are proven, so it is listed as level, with the rules' verdict.
        assertThat(result.out()).containsSubsequence(
                "What Binacional needs in the Final group: 2 match(es) left, 2 of them bearing on Binacional",
                "For first place:",
                "It depends on the results.",
                "Binacional reaches first place on points, whatever the scores, if:",
                "Binacional does not lose to Estudiantil CNI and Atlético Grau loses to José Carlos Mariátegui",
                "or Binacional beats Estudiantil CNI and Atlético Grau does not beat José Carlos Mariátegui",
                "the criteria after points decide (not proven either way), if:",
                "Binacional beats Estudiantil CNI and Atlético Grau beats José Carlos Mariátegui",
                "in with Binacional 7-0 Estudiantil CNI, Atlético Grau 1-0 José Carlos Mariátegui (1st, decided by goal difference); "
                        + "out with Binacional 1-0 Estudiantil CNI, Atlético Grau 7-0 José Carlos Mariátegui (2nd, decided by goal difference)",
                "or Binacional draws with Estudiantil CNI and Atlético Grau draws with José Carlos Mariátegui",
                "Otherwise Binacional does not reach first place.",
                "For a place in the first 2:",
                "For a place in the first 3:",
                "Clinched: Binacional reaches a place in the first 3 whatever the results.");
    }

    @Test
    void atleticoGrau() {
        Cli.Result result = Cli.run("needs", scenario.toString(), "Atlético Grau", "--target", "1", "--rules", "copa-peru-2017");

        assertThat(result.out()).containsSubsequence(
                "Atlético Grau reaches first place on points, whatever the scores, if:",
                "Atlético Grau beats José Carlos Mariátegui and Binacional does not beat Estudiantil CNI",
                "Level on points",
                "Atlético Grau beats José Carlos Mariátegui and Binacional beats Estudiantil CNI",
                "in with Atlético Grau 7-0 José Carlos Mariátegui, Binacional 1-0 Estudiantil CNI (1st, decided by goal difference)");
    }

    @Test
    void clinchedAndImpossibleAreSaidPlainly() {
        assertThat(Cli.run("needs", scenario.toString(), "José Carlos Mariátegui", "--rules", "copa-peru-2017").out())
                .contains("Impossible: José Carlos Mariátegui cannot reach first place whatever the results.");
        // Binacional (4 pts) cannot finish below 3rd: JCM cannot pass it.
        assertThat(Cli.run("needs", scenario.toString(), "Binacional", "--target", "3", "--rules", "copa-peru-2017").out())
                .contains("Clinched: Binacional reaches a place in the first 3 whatever the results.");
    }

    @Test
    void tooManyOutcomesToEnumerateAreAnsweredByTheSolver() throws Exception {
        String full = Files.readString(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        Path early = scenario.resolveSibling("round-5.yaml");
        Files.writeString(early, full.replaceAll("(stage: first-round, round: [56], home: [^,]+, away: [^,]+), score: [^}]+}", "$1}"));

        Cli.Result result = Cli.run("needs", early.toString(), "Binacional", "--rules", "copa-peru-2017", "--target", "round of 16");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("50 match(es) left in the table, 2 of them its own. Answered by the constraint solver "
                + "(3^50 outcomes: too many to enumerate)").contains("Round of 16 (places 1-8): open").doesNotContain("BUG");
    }

    /**
     * 2018 World Cup Group H before its last round: Japan and Senegal 4 points, Colombia 3, Poland 0.
     * Senegal is in the first two if it does not lose to Colombia; if it loses and Japan loses to
     * Poland, Japan and Senegal are level on points and a later criterion decides (in 2018: fair play).
     */
    @Test
    void senegalIn2018(@TempDir Path dir) throws Exception {
        Path open = dir.resolve("group-h.yaml");
        Files.writeString(open, Files.readString(Path.of("scenarios/fifa/world-cup-2018-group-h.yaml"))
                .replace("score: 0-1, halfTime: 0-0}", "}"));

        Cli.Result result = Cli.run("needs", open.toString(), "Senegal", "--target", "2");

        assertThat(result.out()).containsSubsequence("What Senegal needs for a place in the first 2 in the Group H",
                "Senegal reaches a place in the first 2 on points, whatever the scores, if:", "Senegal does not lose to Colombia",
                "Senegal loses to Colombia and Japan loses to Poland", "Otherwise Senegal does not reach a place in the first 2.");
    }

    /** Issue 11, item 12: a target that is not a zone or a position of the team's table is refused with the targets. */
    @Test
    void aTargetThatIsNotOfTheTableIsAnError() {
        Cli.Result bogus = Cli.run("needs", scenario.toString(), "Binacional", "--target", "bogus", "--rules", "copa-peru-2017");
        Cli.Result otherTable = Cli.run("needs", scenario.toString(), "Binacional", "--target", "round of 16", "--rules", "copa-peru-2017");
        Cli.Result position = Cli.run("needs", scenario.toString(), "Binacional", "--target", "5", "--rules", "copa-peru-2017");

        assertThat(bogus.exit()).isEqualTo(2);
        assertThat(bogus.out()).isEmpty();
        assertThat(bogus.err()).contains("\"bogus\" is not a zone or a position of the Final group",
                "targets: a position, 1 to 4 (the Final group has no zones)");
        // "round of 16" is a zone of the general table, not of the final group, whose matches are left.
        assertThat(otherTable.exit()).isEqualTo(2);
        assertThat(otherTable.err()).contains("\"round of 16\" is not a zone or a position of the Final group");
        assertThat(position.exit()).isEqualTo(2);
        assertThat(position.err()).contains("position 5 does not exist in the Final group (1 to 4)");
    }

    static final String LEFT_8 = "src/test/resources/scenarios/needs/copa-peru-2019-8-left.yaml";

    /**
     * Issue 23, item 1: the 2019 general table with 8 matches left. `needs` said Mariscal Miller
     * reached the round of 32 "if: Mariscal Miller beats Binacional and ADT does not lose to Deportivo
     * Yurimaguas and Comandante Alvariño does not lose to Comerciantes FC"; with Binacional 0-1
     * Mariscal Miller, ADT 6-0 Deportivo Yurimaguas and 0-0 elsewhere the rules put it 33rd, passed
     * by ADT on goal difference. Now only what points alone settle is sufficient, and the outcomes
     * level on points are listed apart with scores the rules were asked about, one in and one out.
     * Since 2019's order puts puntos relativos right after points (rules/copa-peru-2019/criteria.drl),
     * relative points, not goal difference, decide those examples; the resource's first round is still
     * the shipped national stage's.
     */
    @Test
    void aConditionLevelOnPointsIsNeverPrintedAsSufficient() {
        Cli.Result result = Cli.run("needs", LEFT_8, "Mariscal Miller", "--target", "round of 32");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("8 match(es) left, 5 of them bearing on Mariscal Miller")
                .contains("Mariscal Miller reaches zone \"round of 32\" (places 1-32) on points, whatever the scores, if:\n"
                        + "     Mariscal Miller beats Binacional and ADT draws with Deportivo Yurimaguas and Comandante Alvariño beats "
                        + "Comerciantes FC\nLevel on points")
                .containsSubsequence("Level on points with a team across the boundary",
                        "Mariscal Miller beats Binacional and ADT and Deportivo Yurimaguas do not draw",
                        "in with Binacional 0-7 Mariscal Miller", "(32nd, decided by relative points)",
                        "or Mariscal Miller beats Binacional and Comandante Alvariño does not beat Comerciantes FC",
                        "in with Binacional 0-7 Mariscal Miller", "(32nd, decided by relative points)",
                        "out with Binacional 0-7 Mariscal Miller, ADT 1-0 Deportivo Yurimaguas, Alfonso Ugarte 1-0 MINSA, "
                                + "Comandante Alvariño 0-1 Comerciantes FC, Coronel Bolognesi 1-0 Atlético Huracán",
                        "(33rd, decided by relative points)")
                .doesNotContain("ADT does not lose to Deportivo Yurimaguas and Comandante Alvariño does not lose to Comerciantes FC\n")
                .doesNotContain("BUG");
    }

    /**
     * Issue 23, item 1 (the method): every target has the same default, every zone of the table, as
     * the solver answers; and a terminal's progress bar never reaches a pipe.
     */
    @Test
    void withoutATargetEveryZoneIsAnswered() {
        Cli.Result result = Cli.run("needs", LEFT_8, "Mariscal Miller");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("What Mariscal Miller needs in the General table: 8 match(es) left")
                .containsSubsequence("For zone \"round of 32\" (places 1-32):", "For zone \"eliminated\" (places 33-50):");
        assertThat(result.err()).isEmpty();
    }
}
