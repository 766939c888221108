package org.adjudicator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.adjudicator.facts.Match;
import org.adjudicator.workflow.Needs;

/** What a team needs, as `needs` prints it and the workspace shows it: one sentence a line. */
public final class NeedsReport {
    private NeedsReport() {
    }

    public static List<String> lines(String team, Needs.Analysis a) {
        List<String> lines = new ArrayList<>();
        lines.add("What " + team + " needs for " + a.target() + " in the " + a.table() + ": " + a.remaining().size()
                + " match(es) left, " + a.outcomes() + " outcomes (win, draw or loss each), every one adjudicated by the rules.");
        lines.add("  " + a.remaining().stream().map(Match::label).collect(Collectors.joining("; ")));
        if (a.clinched()) {
            lines.add("Clinched: " + team + " reaches " + a.target() + " whatever the results.");
        } else if (a.impossible()) {
            lines.add("Impossible: " + team + " cannot reach " + a.target() + " whatever the results.");
        } else {
            lines.add("It depends on the results.");
            if (!a.reached().isEmpty()) {
                lines.add(team + " reaches " + a.target() + " if:");
                conditions(a.reached(), lines);
            }
            if (!a.depends().isEmpty()) {
                lines.add("Level on points, so that goal difference or a later criterion decides, if:");
                conditions(a.depends(), lines);
                for (String note : a.dependsNotes()) lines.add("    (" + note + ")");
            }
            lines.add("Otherwise " + team + " does not reach " + a.target() + ".");
        }
        return lines;
    }

    private static void conditions(List<List<String>> conditions, List<String> lines) {
        for (int i = 0; i < conditions.size(); i++) lines.add("  " + (i == 0 ? "  " : "or") + " " + String.join(" and ", conditions.get(i)));
    }
}
