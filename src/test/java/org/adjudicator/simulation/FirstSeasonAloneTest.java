package org.adjudicator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.adjudicator.Cli;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.Test;

/**
 * The first time a simulator runs seasons of a set's rule bases, the first season runs alone, on
 * the caller's thread, before the pool's threads start: the first evaluation of each rule condition
 * then happens on one thread. (Evaluated for the first time on two threads at once, a condition
 * could stay interpreted by Drools for the rest of the JVM: up to 7% of a simulation's time, in some
 * JVMs and not others.) Later simulations of the same rules keep both threads busy from the start.
 */
class FirstSeasonAloneTest {
    @Test
    void theFirstSeasonOfTheFirstSimulationIsDoneOnTheCallersThreadBeforeAnyOther() throws Exception {
        Tournament full = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        List<Match> fixture = full.matches().stream().filter(m -> m.getStage().equals("first-round"))
                .map(m -> new Match(m.getStage(), m.getRound(), m.getHome(), m.getAway(), null, null, null, null)).toList();
        RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));
        Map<Integer, Thread> doneOn = new ConcurrentHashMap<>();

        Simulator simulator = new Simulator();
        simulator.adjudicator = Cli.bean(Adjudicator.class);

        Simulator.Result result = simulator.simulate(full.with(fixture, List.of()), rules, 6, 1L, 2,
                done -> doneOn.put(done, Thread.currentThread()));
        assertThat(result.runs()).isEqualTo(6);
        assertThat(doneOn).hasSize(6);
        assertThat(doneOn.get(1)).isSameAs(Thread.currentThread());
        assertThat(doneOn.entrySet()).filteredOn(e -> e.getKey() > 1).allMatch(e -> e.getValue() != Thread.currentThread());

        doneOn.clear();
        simulator.simulate(full.with(fixture, List.of()), rules, 6, 2L, 2, done -> doneOn.put(done, Thread.currentThread()));
        assertThat(doneOn).hasSize(6).allSatisfy((done, thread) -> assertThat(thread).isNotSameAs(Thread.currentThread()));
    }
}
