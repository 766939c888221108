package org.adjudicator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.adjudicator.Cli;
import org.adjudicator.bench.Bench;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.Test;

/** A stage run alone, in a rule base holding only its rules and the rules of no stage, decides what the whole set decides. */
class StageBaseTest {
    private final Adjudicator adjudicator = Cli.bean(Adjudicator.class);
    private final RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));

    @Test
    void theGeneralTableAloneIsTheGeneralTableOfTheWholeRun() {
        Tournament full = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        Ranking whole = adjudicator.adjudicate(full, rules, false).leagueTables().get(0);
        Tournament firstRound = Bench.onlyMatchesOf(full, whole.table().getMatchStages());

        Adjudication alone = adjudicator.adjudicate(firstRound, rules, false, Set.of("general-table"));

        Ranking table = alone.leagueTables().get(0);
        assertThat(table.table().getName()).isEqualTo(whole.table().getName());
        assertThat(table.placements()).extracting(p -> p.getPosition() + " " + p.getTeam() + " " + p.getSettledBy())
                .containsExactlyElementsOf(whole.placements().stream().map(p -> p.getPosition() + " " + p.getTeam() + " " + p.getSettledBy()).toList());
        assertThat(table.explanations()).extracting(e -> e.description())
                .containsExactlyElementsOf(whole.explanations().stream().map(e -> e.description()).toList());
        assertThat(alone.zones()).as("the zones stage is not in the base").isEmpty();
    }

    @Test
    void theBaseOfAStageLeavesTheOtherStagesRulesOut() {
        var base = rules.kieBaseFor(Set.of("general-table"));

        assertThat(base.getRule("copaperu2017", "The general table ranks the first round")).isNotNull();
        assertThat(base.getRule("copaperu2017", "Goal difference")).as("a rule of no stage").isNotNull();
        assertThat(base.getRule("copaperu2017", "A team placed within a zone is in that zone")).isNull();
        assertThat(rules.kieBase().getRule("copaperu2017", "A team placed within a zone is in that zone"))
                .as("the whole set is untouched").isNotNull();
        assertThat(rules.kieBaseFor(Set.of("general-table"))).as("built once").isSameAs(base);
    }
}
