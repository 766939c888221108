package org.adjudicator.engine;

import java.util.List;
import java.util.Map;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Precedence;
import org.adjudicator.facts.Standing;
import org.adjudicator.facts.Table;

/** One table as the rules ranked it: the records, the placements and the explanations. */
public record Ranking(Table table, Precedence precedence, Map<String, Standing> standings,
                      List<Placement> placements, List<Explanation> explanations, org.adjudicator.facts.Columns columns) {

    /** A figure as printed: with its sign when the rules say so (or it is a "...Difference"), "?" when unknown. */
    public String display(String team, String figure) {
        Standing s = standings.get(team);
        Integer value = s == null ? null : s.get(figure);
        if (value == null) return "?";
        boolean signed = columns != null && columns.isSigned(figure);
        return signed && value > 0 ? "+" + value : s.display(figure); // otherwise as in the explanations
    }

    public Placement placementOf(String team) {
        return placements.stream().filter(p -> p.getTeam().equals(team)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(team + " is not in " + table.getName()));
    }

    public boolean hasTeam(String team) {
        return placements.stream().anyMatch(p -> p.getTeam().equals(team));
    }

    public String name() { return table.getName(); }

    /** For a tie: its winner, or null while undecided. */
    public String winner() {
        return placements.stream().filter(p -> p.getPosition() == 1 && !p.isShared())
                .map(Placement::getTeam).findFirst().orElse(null);
    }
}
