package org.adjudicator.report;

import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        rank(adjudication, ranking, Messages.ENGLISH, out);
    }

    /** In the language of {@code messages}. */
    public void rank(Adjudication adjudication, Ranking ranking, Messages messages, PrintWriter out) {
        RuleSet rules = adjudication.rules();
        out.println(adjudication.tournament().name() + (adjudication.leagueTables().size() > 1
                ? " - " + tableName(messages, rules, ranking) : ""));
        out.println(messages.text("rules.line", rules.name(), rules.shownFolder()));
        out.println(criteriaLine(messages, rules, ranking));
        out.println();
        table(new TableView(ranking, Map.of(), messages, rules), out);
        adjustments(adjudication, ranking, messages, out);
        out.println();
        decisions(rules, ranking, messages, out);
        if (!adjudication.trace().isEmpty()) {
            out.println();
            out.println(messages.text("trace.heading"));
            adjudication.trace().forEach(line -> out.println("  " + line));
        }
        out.flush();
    }

    /** "Criteria, in order: ...", each criterion in the language's words. */
    static String criteriaLine(Messages messages, RuleSet rules, Ranking ranking) {
        return messages.text("criteria.order", String.join(", ", ranking.precedence().getCriteria().stream()
                .map(c -> messages.wording(rules, c, c)).toList()));
    }

    /** A table's name: in Spanish, the words of its stage. */
    static String tableName(Messages messages, RuleSet rules, Ranking ranking) {
        return messages.stage(rules, ranking.table().getStage(), ranking.name());
    }

    static void table(TableView view, PrintWriter out) {
        List<TableView.Row> rows = view.rows();
        List<String> headings = new ArrayList<>(view.columns().keySet());
        int teamWidth = Math.max(4, rows.stream().mapToInt(r -> width(r.team())).max().orElse(4));
        int zoneWidth = view.hasZones() ? Math.max(4, rows.stream().mapToInt(r -> r.zone() == null ? 1 : width(r.zone())).max().orElse(4)) : 0;
        int[] widths = headings.stream().mapToInt(h -> Math.max(width(view.heading(h)),
                rows.stream().mapToInt(r -> r.values().get(h).length()).max().orElse(1))).toArray();
        Messages m = view.messages();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s  %s", m.text("table.position"), pad(m.text("table.team"), teamWidth)));
        for (int i = 0; i < headings.size(); i++) header.append("  ").append(left(view.heading(headings.get(i)), widths[i]));
        if (view.hasZones()) header.append("  ").append(pad(m.text("table.zone"), zoneWidth));
        out.println(header.append("  ").append(m.text("table.decidedBy")).toString().stripTrailing());
        for (TableView.Row row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4s  %s", row.positionLabel(), pad(row.team(), teamWidth)));
            for (int i = 0; i < headings.size(); i++) line.append("  ").append(left(row.values().get(headings.get(i)), widths[i]));
            if (view.hasZones()) line.append("  ").append(pad(row.zone() == null ? "-" : row.zone(), zoneWidth));
            out.println(line.append("  ").append(row.decidedBy()).toString().stripTrailing());
        }
    }

    /** Sanctions, awarded matches and withdrawals the rules applied to the table, with the rule. */
    static void adjustments(Adjudication adjudication, Ranking ranking, Messages messages, PrintWriter out) {
        List<org.adjudicator.facts.Adjustment> adjustments = adjudication.adjustmentsOf(ranking.name());
        if (adjustments.isEmpty()) return;
        out.println(messages.text("adjustments.heading"));
        for (org.adjudicator.facts.Adjustment a : adjustments) {
            out.println("  " + messages.adjustment(adjudication.rules(), a) + "  [" + messages.cite(adjudication.rules(), a.rule()) + "]");
        }
    }

    /** For every two neighbours the first criterion left level: what separated them, or why they share. */
    static void decisions(RuleSet rules, Ranking ranking, Messages messages, PrintWriter out) {
        List<String> lines = tieBreaks(rules, ranking, messages, "  ", "    ");
        if (lines.isEmpty()) {
            out.println(messages.text("tiebreaks.none"));
            return;
        }
        out.println(messages.text("tiebreaks.heading"));
        lines.forEach(out::println);
    }

    static List<String> tieBreaks(RuleSet rules, Ranking ranking, String indent, String citeIndent) {
        return tieBreaks(rules, ranking, Messages.ENGLISH, indent, citeIndent);
    }

    static List<String> tieBreaks(RuleSet rules, Ranking ranking, Messages messages, String indent, String citeIndent) {
        List<Placement> order = ranking.placements();
        List<String> lines = new ArrayList<>();
        Set<Explanation> said = new HashSet<>();
        for (int i = 0; i + 1 < order.size(); i++) {
            PairVerdict verdict = PairVerdict.of(ranking, order.get(i).getTeam(), order.get(i + 1).getTeam());
            if (!verdict.neededTieBreak() || verdict.decisive() == null) continue;
            if (verdict.shared() && !said.add(verdict.decisive())) continue;
            String where = verdict.shared() ? ""
                    : messages.text("tiebreaks.positions", String.valueOf(order.get(i).getPosition()), String.valueOf(order.get(i + 1).getPosition()));
            lines.add(indent + where + verdict.sentence(messages, rules));
            lines.add(citeIndent + messages.cite(rules, verdict.decisive().rule()));
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
