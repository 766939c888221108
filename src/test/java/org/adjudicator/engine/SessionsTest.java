package org.adjudicator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.adjudicator.Cli;
import org.adjudicator.facts.Match;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Outcome;
import org.junit.jupiter.api.Test;

/** A session taken again from a pool (reset by Drools) decides as a new session does, explained or counting alone. */
class SessionsTest {
    private static final Tournament FULL = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));

    @Test
    void aReusedSessionAdjudicatesAsANewOne() {
        Adjudicator adjudicator = Cli.bean(Adjudicator.class);
        RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));
        Tournament ties = FULL.with(of(FULL, "round-of-16"), List.of());
        Adjudication fresh = adjudicator.adjudicate(ties, rules, false, Set.of());

        try (Sessions sessions = new Sessions()) {
            for (int i = 0; i < 3; i++) {
                Adjudication reused = adjudicator.adjudicate(ties, rules, Set.of(), sessions);
                assertThat(Outcome.of(reused).changesTo(Outcome.of(fresh))).isEmpty();
                for (String stage : List.of("round-of-16")) {
                    assertThat(reused.ties(stage)).hasSameSizeAs(fresh.ties(stage)).isNotEmpty();
                    for (int t = 0; t < fresh.ties(stage).size(); t++) {
                        assertThat(reused.ties(stage).get(t).placements()).usingRecursiveFieldByFieldElementComparator().isEqualTo(fresh.ties(stage).get(t).placements());
                        assertThat(reused.ties(stage).get(t).explanations()).isEqualTo(fresh.ties(stage).get(t).explanations());
                    }
                }
            }
        }
    }

    @Test
    void aReusedCountingSessionReachesWhatANewOneReaches() {
        Adjudicator adjudicator = Cli.bean(Adjudicator.class);
        RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));
        Adjudicator.Settled settled = adjudicator.settle(FULL, rules);
        Adjudicator.Reached fresh;
        int explained;
        try (Adjudicator.Live live = adjudicator.openToCount(FULL, rules, settled)) {
            fresh = live.reached();
            explained = live.current().leagueTables().get(0).explanations().size();
        }

        try (Sessions sessions = new Sessions()) {
            for (int i = 0; i < 3; i++) {
                try (Adjudicator.Live live = adjudicator.openToCount(FULL, rules, settled, sessions)) {
                    Adjudicator.Reached reused = live.reached();
                    assertThat(Set.copyOf(reused.zones())).isEqualTo(Set.copyOf(fresh.zones()));
                    assertThat(Set.copyOf(reused.qualified())).isEqualTo(Set.copyOf(fresh.qualified()));
                    assertThat(Set.copyOf(reused.promotions())).isEqualTo(Set.copyOf(fresh.promotions()));
                    // A counting session explains no tie-break, as a new one: the pool's environment says so.
                    assertThat(live.current().leagueTables().get(0).explanations()).hasSize(explained);
                }
            }
        }
    }

    private static List<Match> of(Tournament t, String stage) {
        return t.matches().stream().filter(m -> m.getStage().equals(stage)).toList();
    }
}
