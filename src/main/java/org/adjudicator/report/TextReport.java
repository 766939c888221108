package org.adjudicator.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Placement;

/** The table and its decisions as plain text, for a terminal or to be read aloud. */
@ApplicationScoped
public class TextReport {

    public void rank(Adjudication adjudication, PrintWriter out) {
        out.println(adjudication.tournament().name());
        out.println("Rules: " + adjudication.rules().name() + " (" + adjudication.rules().shownFolder() + ")");
        if (adjudication.precedence() != null) {
            out.println("Criteria, in order: " + String.join(", ", adjudication.precedence().getCriteria()));
        }
        out.println();
        table(new TableView(adjudication), out);
        out.println();
        decisions(adjudication, out);
        if (!adjudication.trace().isEmpty()) {
            out.println();
            out.println("Rule firings");
            adjudication.trace().forEach(line -> out.println("  " + line));
        }
        out.flush();
    }

    static void table(TableView view, PrintWriter out) {
        List<TableView.Row> rows = view.rows();
        List<String> headings = new ArrayList<>(view.columns().keySet());
        int teamWidth = Math.max(4, rows.stream().mapToInt(r -> width(r.team())).max().orElse(4));
        int[] widths = headings.stream().mapToInt(h -> Math.max(h.length(),
                rows.stream().mapToInt(r -> r.values().get(h).length()).max().orElse(1))).toArray();
        StringBuilder header = new StringBuilder(String.format("%4s  %s", "Pos", pad("Team", teamWidth)));
        for (int i = 0; i < headings.size(); i++) header.append("  ").append(left(headings.get(i), widths[i]));
        out.println(header.append("  Decided by").toString().stripTrailing());
        for (TableView.Row row : rows) {
            StringBuilder line = new StringBuilder(String.format("%4s  %s", row.positionLabel(), pad(row.team(), teamWidth)));
            for (int i = 0; i < headings.size(); i++) line.append("  ").append(left(row.values().get(headings.get(i)), widths[i]));
            out.println(line.append("  ").append(row.decidedBy()).toString().stripTrailing());
        }
    }

    static void decisions(Adjudication adjudication, PrintWriter out) {
        List<Placement> order = adjudication.placements();
        List<String> lines = new ArrayList<>();
        Set<Explanation> said = new HashSet<>();
        for (int i = 0; i + 1 < order.size(); i++) {
            PairVerdict verdict = PairVerdict.of(adjudication, order.get(i).getTeam(), order.get(i + 1).getTeam());
            if (!verdict.neededTieBreak() || verdict.decisive() == null) continue;
            if (verdict.shared() && !said.add(verdict.decisive())) continue;
            String where = verdict.shared() ? ""
                    : "positions " + order.get(i).getPosition() + " and " + order.get(i + 1).getPosition() + ": ";
            lines.add("  " + where + verdict.sentence());
            lines.add("    " + adjudication.rules().cite(verdict.decisive().rule()));
        }
        if (lines.isEmpty()) {
            out.println("Tie-breaks: none needed; no two teams were level on the first criterion.");
            return;
        }
        out.println("Tie-breaks");
        lines.forEach(out::println);
    }

    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    static String left(String text, int width) {
        return " ".repeat(Math.max(0, width - width(text))) + text;
    }
}
