package org.adjudicator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.adjudicator.Cli;
import org.adjudicator.facts.Match;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Outcome;
import org.junit.jupiter.api.Test;

/** A session fed match by match (as the simulator does) ends where one adjudication of every match ends. */
class LiveSessionTest {
    @Test
    void feedingTheNationalStageStageByStageGivesTheSameOutcome() {
        Tournament full = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        Adjudicator adjudicator = Cli.bean(Adjudicator.class);
        RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));
        Adjudication once = adjudicator.adjudicate(full, rules, false);

        Adjudication fed;
        try (Adjudicator.Live live = adjudicator.open(full.with(of(full, "first-round"), full.sanctions()), rules)) {
            assertThat(live.current().notices()).anyMatch(n -> n.description().startsWith("the round-of-16 pairings wait"));
            live.add(of(full, "repechage"));
            live.add(of(full, "round-of-16"));
            live.add(of(full, "quarter-finals"));
            fed = live.add(of(full, "final-group"));
        }

        assertThat(Outcome.of(once).changesTo(Outcome.of(fed))).isEmpty();
        assertThat(fed.notices()).as("every notice that waited has gone").noneMatch(n -> n.waiting());
        assertThat(Outcome.of(fed).champion()).isEqualTo("Binacional");
    }

    private static List<Match> of(Tournament t, String stage) {
        return t.matches().stream().filter(m -> m.getStage().equals(stage)).toList();
    }
}
