package org.adjudicator.report;

import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Placement;

/** A table and its decisions as plain text, for a terminal or to be read aloud. */
@Singleton
public class TextReport {

    public void rank(Adjudication adjudication, Ranking ranking, PrintWriter out) {
        out.println(adjudication.tournament().name() + (adjudication.leagueTables().size() > 1 ? " - " + ranking.name() : ""));
        out.println("Rules: " + adjudication.rules().name() + " (" + adjudication.rules().shownFolder() + ")");
        out.println("Criteria, in order: " + String.join(", ", ranking.precedence().getCriteria()));
        out.println();
        table(new TableView(ranking), out);
        adjustments(adjudication, ranking, out);
        out.println();
        decisions(adjudication.rules(), ranking, out);
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
        int zoneWidth = view.hasZones() ? Math.max(4, rows.stream().mapToInt(r -> r.zone() == null ? 1 : width(r.zone())).max().orElse(4)) : 0;
        int[] widths = headings.stream().mapToInt(h -> Math.max(h.length(),
                rows.stream().mapToInt(r -> r.values().get(h).length()).max().orElse(1))).toArray();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s  %s", "Pos", pad("Team", teamWidth)));
        for (int i = 0; i < headings.size(); i++) header.append("  ").append(left(headings.get(i), widths[i]));
        if (view.hasZones()) header.append("  ").append(pad("Zone", zoneWidth));
        out.println(header.append("  Decided by").toString().stripTrailing());
        for (TableView.Row row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4s  %s", row.positionLabel(), pad(row.team(), teamWidth)));
            for (int i = 0; i < headings.size(); i++) line.append("  ").append(left(row.values().get(headings.get(i)), widths[i]));
            if (view.hasZones()) line.append("  ").append(pad(row.zone() == null ? "-" : row.zone(), zoneWidth));
            out.println(line.append("  ").append(row.decidedBy()).toString().stripTrailing());
        }
    }

    /** Sanctions, awarded matches and withdrawals the rules applied to the table, with the rule. */
    static void adjustments(Adjudication adjudication, Ranking ranking, PrintWriter out) {
        List<org.adjudicator.facts.Adjustment> adjustments = adjudication.adjustmentsOf(ranking.name());
        if (adjustments.isEmpty()) return;
        out.println("Adjustments");
        for (org.adjudicator.facts.Adjustment a : adjustments) {
            out.println("  " + a.description() + "  [" + adjudication.rules().cite(a.rule()) + "]");
        }
    }

    /** For every two neighbours the first criterion left level: what separated them, or why they share. */
    static void decisions(RuleSet rules, Ranking ranking, PrintWriter out) {
        List<String> lines = tieBreaks(rules, ranking, "  ", "    ");
        if (lines.isEmpty()) {
            out.println("Tie-breaks: none needed; no two teams were level on the first criterion.");
            return;
        }
        out.println("Tie-breaks");
        lines.forEach(out::println);
    }

    static List<String> tieBreaks(RuleSet rules, Ranking ranking, String indent, String citeIndent) {
        List<Placement> order = ranking.placements();
        List<String> lines = new ArrayList<>();
        Set<Explanation> said = new HashSet<>();
        for (int i = 0; i + 1 < order.size(); i++) {
            PairVerdict verdict = PairVerdict.of(ranking, order.get(i).getTeam(), order.get(i + 1).getTeam());
            if (!verdict.neededTieBreak() || verdict.decisive() == null) continue;
            if (verdict.shared() && !said.add(verdict.decisive())) continue;
            String where = verdict.shared() ? ""
                    : "positions " + order.get(i).getPosition() + " and " + order.get(i + 1).getPosition() + ": ";
            lines.add(indent + where + verdict.sentence());
            lines.add(citeIndent + rules.cite(verdict.decisive().rule()));
        }
        return lines;
    }

    /** Columns on a terminal: wide characters and emoji take two, combining accents none. */
    static int width(String text) {
        return DisplayWidth.of(text);
    }

    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    static String left(String text, int width) {
        return " ".repeat(Math.max(0, width - width(text))) + text;
    }
}
