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
        String asked = a.answers().size() == 1 ? " for " + a.first().target() : "";
        lines.add("What " + team + " needs" + asked + " in the " + a.table() + ": " + a.remaining().size() + " match(es) left, "
                + a.relevant().size() + " of them bearing on " + team + " (its own, and those of the teams its points can meet): "
                + a.outcomes() + " outcomes (win, draw or loss each), every one counted in points as the rules award them ("
                + a.award() + ").");
        if (!a.relevant().isEmpty()) lines.add("  " + a.relevant().stream().map(Match::label).collect(Collectors.joining("; ")));
        for (Needs.Answer answer : a.answers()) {
            if (a.answers().size() > 1) {
                lines.add("");
                lines.add("For " + answer.target() + ":");
            }
            answer(team, answer, lines);
        }
        lines.addAll(a.bugs());
        return lines;
    }

    private static void answer(String team, Needs.Answer a, List<String> lines) {
        if (a.clinched()) {
            lines.add("Clinched: " + team + " reaches " + a.target() + " whatever the results.");
        } else if (a.impossible()) {
            lines.add("Impossible: " + team + " cannot reach " + a.target() + " whatever the results.");
        } else {
            lines.add("It depends on the results.");
            if (!a.reached().isEmpty()) {
                lines.add(team + " reaches " + a.target() + " on points, whatever the scores, if:");
                conditions(a.reached(), lines);
            }
            if (!a.depends().isEmpty()) {
                lines.add("Level on points with a team across the boundary, so that the criteria after points decide"
                        + " (not proven either way), if:");
                for (int i = 0; i < a.depends().size(); i++) {
                    lines.add("  " + (i == 0 ? "  " : "or") + " " + String.join(" and ", a.depends().get(i)));
                    lines.add("      (" + a.dependsNotes().get(i) + ")");
                }
            }
            lines.add("Otherwise " + team + " does not reach " + a.target() + ".");
        }
    }

    private static void conditions(List<List<String>> conditions, List<String> lines) {
        for (int i = 0; i < conditions.size(); i++) lines.add("  " + (i == 0 ? "  " : "or") + " " + String.join(" and ", conditions.get(i)));
    }
}
