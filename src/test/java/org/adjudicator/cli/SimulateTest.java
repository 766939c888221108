package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adjudicator.Cli;
import org.adjudicator.simulation.Simulator;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `simulate` plays the unplayed matches through the remaining stages; the same seed gives the same figures. */
class SimulateTest {
    @Test
    void theSameSeedGivesTheSameFiguresWhateverTheThreads(@TempDir Path dir) throws Exception {
        String full = Files.readString(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        Path open = dir.resolve("before-round-3.yaml");
        Files.writeString(open, full.replaceAll("(round: 3, date: 2017-12-10, home: [^,]+, away: [^,]+), score: [^}]+}", "$1}"));

        Cli.Result one = Cli.run("simulate", open.toString(), "--runs", "60", "--seed", "7", "--threads", "1", "--rules", "copa-peru-2017");
        Cli.Result two = Cli.run("simulate", open.toString(), "--runs", "60", "--seed", "7", "--threads", "2", "--rules", "copa-peru-2017");

        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.out().replace("2 thread(s)", "1 thread(s)")).isEqualTo(one.out());
        // Before the last round only Binacional, Atlético Grau and Estudiantil CNI can still win (see NeedsTest).
        assertThat(one.out()).contains("Promoted 1st").contains("Reached final group");
        assertThat(one.out()).containsPattern("\nJosé Carlos Mariátegui .* 0\\.0% +0\\.0%\n");
        assertThat(one.out()).containsPattern("\nBinacional .* [1-9]\\d?\\.\\d% +\\d+\\.\\d%\n");
    }

    @Test
    void aGroupWithItsLastRoundToPlayHasUncertainPlaces(@TempDir Path dir) throws Exception {
        Path open = dir.resolve("group-h.yaml");
        Files.writeString(open, Files.readString(Path.of("scenarios/fifa/world-cup-2018-group-h.yaml"))
                .replace("score: 0-1, halfTime: 0-0}", "}"));

        Cli.Result result = Cli.run("simulate", open.toString(), "--runs", "100", "--seed", "3");

        assertThat(result.out()).contains("2 match(es) to play").contains("Place 1  Place 2  Place 3  Place 4")
                .containsPattern("\nJapan +([1-9]\\d?)\\.\\d% +([1-9]\\d?)\\.\\d%");
    }

    @Test
    void stagesDecidedBeforePlayAreDecidedOnceWithTheSameFigures() {
        Tournament full = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        List<Match> fixture = full.matches().stream().filter(m -> m.getStage().equals("first-round"))
                .map(m -> new Match(m.getStage(), m.getRound(), m.getHome(), m.getAway(), null, null, null, null)).toList();
        Tournament open = full.with(fixture, List.of());
        RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));
        Simulator simulator = Cli.bean(Simulator.class);

        Adjudicator.Settled settled = Cli.bean(Adjudicator.class).settle(open, rules);
        Simulator.Result once = simulator.simulate(open, rules, 40, 11, 1, done -> { }, true);
        Simulator.Result everyRun = simulator.simulate(open, rules, 40, 11, 1, done -> { }, false);

        assertThat(settled.settled()).containsExactlyInAnyOrder("geography", "fixtures");
        assertThat(settled.decisions()).as("departments, neighbours, rivals, the fixture's notices").hasSizeGreaterThan(100);
        assertThat(once.counts()).isEqualTo(everyRun.counts());
    }

    @Test
    void stagesDecidedBeforePlayMustBeTheFirstStages(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules/misdeclared");
        org.adjudicator.TestFiles.copyFolder(Path.of("rules/copa-peru-2017"), rules);
        Path stages = rules.resolve("stages.drl");
        Files.writeString(stages, Files.readString(stages).replace("\"geography, fixtures\"", "\"fixtures\""));

        Cli.Result result = Cli.run("simulate", "scenarios/copa-peru-2017/national-stage.yaml", "--runs", "2", "--rules", rules.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("stages decided before play").contains("must be the first stages, in order")
                .doesNotContain("Exception");
    }

    @Test
    void rulesThatLoopOrContradictEachOtherAreReportedBySimulateToo() {
        for (String broken : List.of("loops", "contradicts")) {
            Cli.Result result = Cli.run("simulate", "scenarios/copa-peru-2017/national-stage.yaml", "--runs", "3",
                    "--rules", "src/test/resources/rules-broken/" + broken);

            assertThat(result.exit()).as(broken).isEqualTo(2);
            assertThat(result.err().strip()).as(broken).startsWith("src/test/resources/rules-broken/" + broken).doesNotContain("\n")
                    .doesNotContain("Exception");
        }
    }

    /** The scenarios below are written in a temporary folder: their rules are named on the command line. */
    private static final String RULES = "copa-peru-2017";

    /** The national stage without the final group, the second leg of Q1 not played (its first leg was 1-1). */
    private static Path beforeTheFinalGroup(Path dir) throws Exception {
        String full = Files.readString(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        Path open = dir.resolve("before-the-final-group.yaml");
        Files.writeString(open, full.replaceAll("(?m)^  - \\{stage: final-group,.*\n", "")
                .replace("home: Atlético Grau, away: José María Arguedas, score: 2-1}", "home: Atlético Grau, away: José María Arguedas}"));
        return open;
    }

    /** The final group with its last round to play. */
    private static Path beforeTheLastRound(Path dir) throws Exception {
        String full = Files.readString(Path.of("scenarios/copa-peru-2017/final-group.yaml"));
        Path open = dir.resolve("final-group-before-round-3.yaml");
        Files.writeString(open, Unplayed.matches(full, "Atlético Grau", "José Carlos Mariátegui", "Binacional", "Estudiantil CNI"));
        assertThat(Files.readString(open).split("\n    score: ", -1)).as("four of six matches played").hasSize(5);
        return open;
    }

    /** Each column of a `--format csv` table, the teams' probabilities and the undecided row added up. */
    private static Map<String, double[]> columnSums(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",");
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int i = 1; i < header.length; i++) sums.put(header[i], new double[2]);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (int i = 1; i < header.length; i++) sums.get(header[i])[line.startsWith("(undecided),") ? 1 : 0] += Double.parseDouble(cells[i]);
        }
        return sums;
    }

    @Test
    void aSecondLegAfterAPlayedFirstLegIsDecidedSoThatFourTeamsReachTheFinalGroup(@TempDir Path dir) throws Exception {
        Cli.Result result = Cli.run("simulate", beforeTheFinalGroup(dir).toString(), "--runs", "40", "--seed", "2", "--format", "csv", "--rules", RULES);

        assertThat(result.exit()).as(result.err()).isZero();
        Map<String, double[]> sums = columnSums(result.out());
        // Every tie of 2017 is decided (a shoot-out when level): nothing is left undecided.
        assertThat(sums.get("reached: final-group")).containsExactly(new double[] {4.0, 0.0}, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(sums.get("promoted: 1")).containsExactly(new double[] {1.0, 0.0}, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(sums.get("promoted: 2")).containsExactly(new double[] {1.0, 0.0}, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void runsThatTheRulesLeaveUndecidedAreCountedSoThatEachColumnAddsUpToItsPlaces(@TempDir Path dir) throws Exception {
        Cli.Result result = Cli.run("simulate", beforeTheLastRound(dir).toString(), "--runs", "200", "--seed", "2", "--rules", RULES);
        Cli.Result csv = Cli.run("simulate", beforeTheLastRound(dir).toString(), "--runs", "200", "--seed", "2", "--format", "csv", "--rules", RULES);

        assertThat(result.exit()).as(result.err()).isZero();
        // Level teams whose next criterion, the general table, is not in this scenario share a place.
        assertThat(result.out()).containsPattern("\n\\(undecided\\) +[1-9]\\d?\\.\\d% +[1-9]\\d?\\.\\d%\n")
                .contains("(undecided): the places the rules left undecided").contains("Promoted 1st 1, Promoted 2nd 1.");
        columnSums(csv.out()).forEach((column, sum) -> {
            assertThat(sum[0] + sum[1]).as(column).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(sum[1]).as(column).isPositive();
        });
    }

    @Test
    void theUndecidedRowAppearsWhenNothingIsUndecided() {
        // Nothing is left to play in the final group: the table comes in csv (text says the decided outcome instead).
        Cli.Result result = Cli.run("simulate", "scenarios/copa-peru-2017/final-group.yaml", "--runs", "5", "--format", "csv");

        assertThat(result.out()).contains("\n(undecided),0.0000,0.0000\n");
    }

    @Test
    void teamsAreSortedByTheFirstZoneThenTheNextColumns(@TempDir Path dir) throws Exception {
        Cli.Result result = Cli.run("simulate", beforeTheFinalGroup(dir).toString(), "--runs", "20", "--seed", "2", "--rules", RULES);

        // Alfonso Ugarte went to the round of 16 directly and lost there; José María Arguedas came through the repechage.
        assertThat(result.out().indexOf("\nAlfonso Ugarte ")).isPositive().isLessThan(result.out().indexOf("\nJosé María Arguedas "));
        assertThat(result.out()).contains("Team                               Round of 16  Repechage  Eliminated  Reached round of 16");
    }

    @Test
    void jsonAndCsvAreTheSameForASeedWhateverTheThreads(@TempDir Path dir) throws Exception {
        Path open = beforeTheLastRound(dir);
        for (String format : List.of("json", "csv")) {
            Cli.Result one = Cli.run("simulate", open.toString(), "--runs", "50", "--seed", "4", "--format", format, "--rules", RULES);
            Cli.Result two = Cli.run("simulate", open.toString(), "--runs", "50", "--seed", "4", "--format", format, "--threads", "2", "--rules", RULES);

            assertThat(one.exit()).as(one.err()).isZero();
            assertThat(two.out()).as(format).isEqualTo(one.out());
        }
        String json = Cli.run("simulate", open.toString(), "--runs", "50", "--seed", "4", "--format", "json", "--rules", RULES).out();
        assertThat(json).contains("\"runs\" : 50").contains("\"seed\" : 4").contains("\"outcome\" : \"promoted: 1\"")
                .contains("\"places\" : 1").contains("\"team\" : \"Binacional\"").contains("\"undecidedMeans\"");
        String csv = Cli.run("simulate", open.toString(), "--runs", "50", "--seed", "4", "--format", "csv", "--rules", RULES).out();
        assertThat(csv).startsWith("team,promoted: 1,promoted: 2\n").containsPattern("\nBinacional,0\\.\\d{4},0\\.\\d{4}\n")
                .contains("\n(undecided),");
    }

    @Test
    void numbersAreTheSameUnderAnotherDefaultLocale(@TempDir Path dir) throws Exception {
        Path open = beforeTheLastRound(dir);
        String english = Cli.run("simulate", open.toString(), "--runs", "30", "--rules", RULES).out();
        String pairings = Cli.run("run", "scenarios/copa-peru-2017/national-stage.yaml").out();
        Locale before = Locale.getDefault();
        try {
            for (Locale other : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(other);
                assertThat(Cli.run("simulate", open.toString(), "--runs", "30", "--rules", RULES).out()).as(other.toString()).isEqualTo(english);
                assertThat(Cli.run("run", "scenarios/copa-peru-2017/national-stage.yaml").out()).as(other.toString()).isEqualTo(pairings);
            }
        } finally {
            Locale.setDefault(before);
        }
        assertThat(english).containsPattern("\\d\\.\\d%");
        assertThat(pairings).contains("   1. ");
    }

    /**
     * A season with nothing left to play (every match played, no pairing of the rules without its
     * matches) is the same in every run: it is adjudicated once, and the command says so and gives
     * the outcome the rules decide, instead of running the same season thousands of times.
     */
    @Test
    void aSeasonWithNothingLeftToPlayIsAdjudicatedOnceAndItsOutcomeGiven() {
        Tournament played = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));
        java.util.concurrent.atomic.AtomicInteger seasons = new java.util.concurrent.atomic.AtomicInteger();

        Simulator.Result result = Cli.bean(Simulator.class).simulate(played, rules, 2000, 1, 2, seasons::set, true);
        Cli.Result text = Cli.run("simulate", "scenarios/copa-peru-2017/national-stage.yaml", "--runs", "2000");
        Cli.Result json = Cli.run("simulate", "scenarios/copa-peru-2017/national-stage.yaml", "--runs", "2000", "--format", "json");

        assertThat(seasons.get()).as("seasons adjudicated").isEqualTo(1);
        assertThat(result.nothingToPlay()).isTrue();
        assertThat(result.probability("Binacional", "promoted: 1")).isEqualTo(1.0);
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Nothing to simulate in ").contains("every match is played")
                .contains("\n  Promoted 1st: Binacional\n").doesNotContain("%");
        assertThat(json.out()).contains("\"nothingToSimulate\" : true").contains("\"runs\" : 1,");
    }

    @Test
    void aScenarioWithoutMatchesSaysAFixtureIsMissing() {
        Cli.Result result = Cli.run("simulate", "scenarios/copa-peru-2017/teams.yaml", "--runs", "3");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").startsWith("scenarios/copa-peru-2017/teams.yaml: no matches to simulate")
                .contains("`pair ");
    }
}
