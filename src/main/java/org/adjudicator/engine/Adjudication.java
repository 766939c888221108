package org.adjudicator.engine;

import java.util.List;
import java.util.Map;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Precedence;
import org.adjudicator.facts.Standing;
import org.adjudicator.scenario.Tournament;

/**
 * What the rules decided for a tournament: each team's record, its placement, and the
 * explanation of every decision, in a fixed order (by position, then by criterion).
 *
 * @param trace the rule firings, one line each, when asked for; empty otherwise
 */
public record Adjudication(Tournament tournament, RuleSet rules, Precedence precedence,
                           Map<String, Standing> standings, List<Placement> placements,
                           List<Explanation> explanations, List<String> trace) {

    public Placement placementOf(String team) {
        return placements.stream().filter(p -> p.getTeam().equals(team)).findFirst().orElseThrow();
    }
}
