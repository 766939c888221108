package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adjudicator.Cli;
import org.adjudicator.bench.Simulator;
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
}
