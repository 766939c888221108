package org.adjudicator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.adjudicator.workflow.Needs;

/**
 * What a team needs, as `needs` prints it and the workspace shows it: one sentence a line, in the
 * language the analysis was made in ({@link Needs.Analysis#messages()}).
 */
public final class NeedsReport {
    private NeedsReport() {
    }

    public static List<String> lines(String team, Needs.Analysis a) {
        Messages m = a.messages();
        List<String> lines = new ArrayList<>();
        String key = a.answers().size() == 1 ? "workflow.needs.headingFor" : "workflow.needs.heading";
        lines.add(m.text(key, team, a.first().target(), a.tableWords(), a.remaining().size(), String.valueOf(a.relevant().size()),
                String.valueOf(a.outcomes()), a.award()));
        if (!a.relevant().isEmpty()) {
            lines.add("  " + a.relevant().stream().map(x -> StageView.label(m, null, x)).collect(Collectors.joining("; ")));
        }
        for (Needs.Answer answer : a.answers()) {
            if (a.answers().size() > 1) {
                lines.add("");
                lines.add(m.text("workflow.needs.for", answer.target()));
            }
            answer(team, answer, m, lines);
        }
        lines.addAll(a.bugs());
        return lines;
    }

    private static void answer(String team, Needs.Answer a, Messages m, List<String> lines) {
        if (a.clinched()) {
            lines.add(m.text("workflow.needs.clinched", team, a.target()));
        } else if (a.impossible()) {
            lines.add(m.text("workflow.needs.impossible", team, a.target()));
        } else {
            lines.add(m.text("workflow.needs.depends"));
            if (!a.reached().isEmpty()) {
                lines.add(m.text("workflow.needs.reachedIf", team, a.target()));
                lines.addAll(conditions(a.reached(), m, "  "));
            }
            if (!a.depends().isEmpty()) {
                lines.add(m.text("workflow.needs.levelIf"));
                List<String> conditions = conditions(a.depends(), m, "  ");
                for (int i = 0; i < a.depends().size(); i++) {
                    lines.add(conditions.get(i));
                    lines.add("      (" + a.dependsNotes().get(i) + ")");
                }
            }
            lines.add(m.text("workflow.needs.otherwise", team, a.target()));
        }
    }

    /**
     * Conditions one a line, each after {@code indent}: the first indented as the "or" of the next
     * ("    A and B", "  or C"), in a language.
     */
    public static List<String> conditions(List<List<String>> conditions, Messages m, String indent) {
        String or = m.text("workflow.needs.or");
        String and = " " + m.text("workflow.needs.and") + " ";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            String first = i == 0 ? " ".repeat(Math.max(2, or.length())) : or + " ".repeat(Math.max(0, 2 - or.length()));
            lines.add(indent + first + " " + String.join(and, conditions.get(i)));
        }
        return lines;
    }
}
