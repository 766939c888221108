package org.adjudicator.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Standing;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The "Relative points" criterion (rules/copa-peru-2018/criteria.drl) against a plain Java
 * computation, on the random tables of {@link GeneralTablePropertiesTest} ranked by the 2019 rules
 * (points, then relative points): every figure the rules work out is the sum over the team's matches
 * of the points it took times its rival's points, and every group the criterion splits is ordered by
 * that sum, highest first. Seeds and replay: {@link RandomTries}.
 */
class RelativePointsPropertiesTest {
    static final String CLASS = RelativePointsPropertiesTest.class.getSimpleName();
    static final Adjudicator ADJUDICATOR = Cli.bean(Adjudicator.class);
    static final RuleSet RULES = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2019"));

    @TestFactory
    Stream<DynamicTest> theCriterionAgreesWithAPlainComputation() {
        return RandomTries.of(CLASS, "theCriterionAgreesWithAPlainComputation",
                random -> theCriterionAgreesWithAPlainComputation(GeneralTablePropertiesTest.tournament(random)));
    }

    void theCriterionAgreesWithAPlainComputation(Tournament t) {
        Map<String, Integer> expected = relativePoints(t.matches());
        Ranking ranking = ADJUDICATOR.adjudicate(t, RULES, false).ranking("General table");

        for (Standing s : ranking.standings().values()) {
            if (s.isKnown("relativePoints")) assertThat(s.get("relativePoints")).as(s.getTeam()).isEqualTo(expected.get(s.getTeam()));
        }
        for (Explanation e : ranking.explanations()) {
            if (!e.rule().equals("Relative points")) continue;
            List<List<String>> runs = e.outcome();
            for (int i = 1; i < runs.size(); i++) {
                assertThat(expected.get(runs.get(i - 1).get(0))).as(e.description()).isGreaterThan(expected.get(runs.get(i).get(0)));
            }
            for (List<String> run : runs) {
                for (String team : run) assertThat(expected.get(team)).as(e.description()).isEqualTo(expected.get(run.get(0)));
            }
        }
    }

    /** Win 3, draw 1, defeat 0; relative points: over each match, the points taken times the rival's total. */
    static Map<String, Integer> relativePoints(List<Match> matches) {
        Map<String, Integer> points = new HashMap<>();
        for (Match m : matches) {
            points.merge(m.getHome(), taken(m.getHomeGoals(), m.getAwayGoals()), Integer::sum);
            points.merge(m.getAway(), taken(m.getAwayGoals(), m.getHomeGoals()), Integer::sum);
        }
        Map<String, Integer> relative = new HashMap<>();
        for (Match m : matches) {
            relative.merge(m.getHome(), taken(m.getHomeGoals(), m.getAwayGoals()) * points.get(m.getAway()), Integer::sum);
            relative.merge(m.getAway(), taken(m.getAwayGoals(), m.getHomeGoals()) * points.get(m.getHome()), Integer::sum);
        }
        return relative;
    }

    private static int taken(int scored, int conceded) {
        return scored > conceded ? 3 : scored == conceded ? 1 : 0;
    }
}
