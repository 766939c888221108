package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped 2017 national stage, first round to promotion: the real facts (quarter-final
 * pairings, José María Arguedas over Alfonso Ugarte, Binacional champion, Atlético Grau runner-up)
 * come out of the rules, in text, JSON and Markdown.
 */
class NationalStageTest {
    static final String SCENARIO = "scenarios/copa-peru-2017/national-stage.yaml";
    static JsonNode json;

    @BeforeAll
    static void run() throws Exception {
        Cli.Result result = Cli.run("run", SCENARIO, "--format", "json");
        assertThat(result.exit()).as(result.err()).isZero();
        json = new ObjectMapper().readTree(result.out());
    }

    static JsonNode stage(String id) {
        for (JsonNode s : json.get("stages")) if (s.get("stage").asText().equals(id)) return s;
        throw new AssertionError("no stage " + id);
    }

    static List<String> pairings(String stage) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode p : stage(stage).get("pairings")) {
            pairs.add(p.get("betterPosition").asInt() + " " + p.get("better").asText() + " v "
                    + p.get("worsePosition").asInt() + " " + p.get("worse").asText());
        }
        return pairs;
    }

    @Test
    void everyStageIsCompleteAndTheChampionIsBinacional() {
        for (JsonNode s : json.get("stages")) assertThat(s.get("complete").asBoolean()).as(s.get("stage").asText()).isTrue();
        JsonNode promotions = json.get("promotions");
        assertThat(promotions.get(0).get("team").asText()).isEqualTo("Binacional");
        assertThat(promotions.get(0).get("to").asText()).isEqualTo("2018 Torneo Descentralizado");
        assertThat(promotions.get(1).get("team").asText()).isEqualTo("Atlético Grau");
        assertThat(promotions.get(1).get("to").asText()).isEqualTo("2018 Segunda División");
    }

    @Test
    void eachTeamsZoneFollowsItsPlace() {
        for (JsonNode row : stage("general-table").get("ranking")) {
            int position = row.get("position").asInt();
            String expected = position <= 8 ? "round of 16" : position <= 24 ? "repechage" : "eliminated";
            assertThat(row.get("zone").asText()).as(row.get("team").asText()).isEqualTo(expected);
        }
        assertThat(stage("general-table").get("zones")).hasSize(50);
    }

    @Test
    void theRepechagePairs9thWith24thDownTo16thWith17th() {
        assertThat(pairings("repechage")).containsExactly(
                "9 Las Palmas v 24 Asociación Torino", "10 Coronel Bolognesi v 23 Miguel Grau",
                "11 Unión San Martín v 22 Juan Aurich Pastor", "12 José María Arguedas v 21 Sportivo Huracán",
                "13 Defensor Laure Sur v 20 Mariscal Miller", "14 Deportivo Maldonado v 19 ADT",
                "15 Carlos Stein v 18 Sport El Tablazo", "16 Los Audaces de Mayapo v 17 Alipio Ponce");
    }

    @Test
    void theRoundOf16PairsTheBestPlacedWithTheLowestPlacedRepechageWinner() {
        assertThat(pairings("round-of-16")).containsExactly(
                "1 Atlético Grau v 19 ADT", "2 Binacional v 17 Alipio Ponce", "3 José Carlos Mariátegui v 15 Carlos Stein",
                "4 Estudiantil CNI v 13 Defensor Laure Sur", "5 Alfonso Ugarte v 12 José María Arguedas",
                "6 Kola San Martín v 11 Unión San Martín", "7 Somos Olímpico v 10 Coronel Bolognesi",
                "8 Alfonso Ugarte de Chiclín v 9 Las Palmas");
        JsonNode o5 = stage("round-of-16").get("ties").get(4);
        assertThat(o5.get("winner").asText()).isEqualTo("José María Arguedas");
        assertThat(o5.get("teams").toString()).contains("Alfonso Ugarte");
    }

    @Test
    void theQuarterFinalsAreTheReal2017Pairings() {
        assertThat(pairings("quarter-finals")).containsExactly(
                "1 Atlético Grau v 12 José María Arguedas", "2 Binacional v 11 Unión San Martín",
                "3 José Carlos Mariátegui v 10 Coronel Bolognesi", "4 Estudiantil CNI v 9 Las Palmas");
    }

    /** The real quarter-final of 2017: 4-4, no away goal, no shoot-out; the better placed goes through (El Regional de Piura). */
    @Test
    void aTieLevelOnAggregateGoesToTheBetterPlacedAndGivesItsFigures() {
        JsonNode q1 = stage("quarter-finals").get("ties").get(0);
        assertThat(q1.get("tie").asText()).isEqualTo("Tie Q1");
        assertThat(q1.get("winner").asText()).isEqualTo("Atlético Grau");
        assertThat(q1.get("decidedBy").asText()).isEqualTo("Better position in the general table");
        assertThat(q1.get("figures").toString()).isEqualTo("{\"Atlético Grau\":\"1\",\"José María Arguedas\":\"12\"}");
    }

    @Test
    void theGeneralTableHoldsTiesBrokenByGoalsAwayPerformanceAndFirstHalfPoints() {
        List<String> criteria = new ArrayList<>();
        stage("general-table").get("pairs").forEach(p -> criteria.add(p.path("criterion").asText()));
        assertThat(criteria).contains("Number of goals scored", "Number of away points", "Goal difference in away games",
                "Number of goals scored in away games", "Number of first-half points");
    }

    @Test
    void textAndMarkdownReportEveryStage() {
        Cli.Result text = Cli.run("run", SCENARIO);
        Cli.Result markdown = Cli.run("run", SCENARIO, "--format", "markdown");

        assertThat(text.out()).containsSubsequence("== Fixtures ==  [complete]", "The 150 first-round matches satisfy every pairing restriction.",
                "== General table ==  [complete]", "Round of 16: 1. Atlético Grau", "== Repechage ==", "== Round of 16 ==", "== Quarter-finals ==", "== Final group ==",
                "Binacional wins the final group (7 points, goal difference +5; first place decided by goal difference)"
                        + " and is promoted to the 2018 Torneo Descentralizado.");
        assertThat(text.out()).contains(" Pos  Team                               P  W  D  L  GF  GA   GD  Pts  AwPts  AwGD  AwGF  1stHPts  Zone         Decided by\n"
                + "   1  Atlético Grau                      6  5  0  1  16   5  +11   15      6    +1     5       11  round of 16  Goal difference\n");
        assertThat(markdown.out()).startsWith("# Copa Perú 2017 - national stage")
                .containsSubsequence("## General table", "| Pos | Team | P | W | D | L | GF | GA | GD | Pts |",
                        "| 1 | Atlético Grau |", "## Quarter-finals", "| Tie Q1 |", "## Promotion", "- **Binacional**");
    }

    @Test
    void aCopyWithTheLastRoundUnplayedSaysWhatItWaitsFor(@TempDir Path dir) throws Exception {
        String scenario = Files.readString(Path.of(SCENARIO));
        String unplayed = scenario.replaceAll("(round: 3, date: 2017-12-10, home: [^,]+, away: [^,]+), score: [^}]+}", "$1}");
        assertThat(unplayed).isNotEqualTo(scenario);
        Path copy = dir.resolve("national-stage.yaml");
        Files.writeString(copy, unplayed);

        Cli.Result result = Cli.run("run", copy.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("== Final group ==  [waits for 2 match(es): Atlético Grau v José Carlos Mariátegui (round 3), "
                        + "Binacional v Estudiantil CNI (round 3)]")
                .contains("Note: promotion waits for the final group: 2 match(es) not played yet.")
                .doesNotContain("is promoted");
    }

    @Test
    void aCopyWithTheFirstRoundUnfinishedHoldsUpThePairings(@TempDir Path dir) throws Exception {
        String scenario = Files.readString(Path.of(SCENARIO));
        String unplayed = scenario.replaceAll("(stage: first-round, round: 6, home: [^,]+, away: [^,]+), score: [^}]+}", "$1}");
        Path copy = dir.resolve("national-stage.yaml");
        Files.writeString(copy, unplayed);

        Cli.Result result = Cli.run("run", copy.toString());

        assertThat(result.out()).contains("== General table ==  [waits for 25 match(es)")
                .contains("Note: the repechage pairings wait for the first round: 25 match(es) not played yet.")
                .contains("Note: the round-of-16 pairings wait for their entrants: 0 of 16 known")
                .contains("Note: the final group's entrants are not all known: 0 of 4");
    }
}
