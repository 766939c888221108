package org.adjudicator.report;

import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Adjustment;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Violation;
import org.adjudicator.facts.Zone;

/** Every stage of a competition, in order, as plain text or as Markdown for publication. */
@Singleton
public class RunReport {

    public void text(Adjudication a, PrintWriter out) {
        text(a, Messages.ENGLISH, out);
    }

    /** In the language of {@code m}: the tool's words from its bundle, the regulation's from the rules. */
    public void text(Adjudication a, Messages m, PrintWriter out) {
        RuleSet rules = a.rules();
        out.println(a.tournament().name());
        out.println(m.text("rules.line", rules.name(), rules.shownFolder()));
        if (!a.violations().isEmpty()) {
            out.println();
            out.println("== " + m.text("violations.heading") + " ==  [" + a.violations().size() + "]");
            for (Violation v : a.violations()) out.println("  (" + v.restriction() + ") " + v.description() + "  [" + m.cite(rules, v.rule()) + "]");
        }
        for (StageView stage : StageView.of(a)) {
            out.println();
            out.println(m.text("stage.heading", m.stage(rules, stage.id(), stage.title()), stage.status(m, rules)));
            for (Ranking table : stage.tables()) {
                if (stage.tables().size() > 1) out.println(table.name());
                out.println(TextReport.criteriaLine(m, rules, table));
                TextReport.table(new TableView(table, StageView.zoneLabelsOf(a, table.name(), m), m, rules), out);
                TextReport.adjustments(a, table, m, out);
                List<Zone> zones = StageView.zonesIn(a, table.name());
                if (!zones.isEmpty()) zonesText(rules, zones, m, out);
                List<String> tieBreaks = TextReport.tieBreaks(rules, table, m, "  ", "    ");
                if (!tieBreaks.isEmpty()) {
                    out.println(m.text("tiebreaks.heading"));
                    tieBreaks.forEach(out::println);
                }
            }
            if (!stage.pairings().isEmpty()) {
                out.println(m.text("pairings.heading"));
                for (Pairing p : stage.pairings()) out.println(String.format(Locale.ROOT, "  %2d. %s", p.number(), pairing(m, p)));
                out.println("    " + m.cite(rules, stage.pairings().get(0).rule()));
            }
            if (!stage.ties().isEmpty()) {
                out.println(m.text("ties.heading"));
                int width = stage.ties().stream().mapToInt(t -> TextReport.width(StageView.tieName(m, t.name()))).max().orElse(6);
                for (Ranking tie : stage.ties()) {
                    String legs = StageView.legs(a, tie).stream().map(x -> StageView.label(m, rules, x)).collect(Collectors.joining("; "));
                    out.println("  " + TextReport.pad(StageView.tieName(m, tie.name()), width) + "  " + legs);
                    out.println("  " + " ".repeat(width) + "  " + StageView.tieSentence(tie, m, rules) + "  ["
                            + m.cite(rules, decisiveRule(tie)) + "]");
                    for (Adjustment x : a.adjustmentsOf(tie.name())) {
                        out.println("  " + " ".repeat(width) + "  " + m.adjustment(rules, x) + "  [" + m.cite(rules, x.rule()) + "]");
                    }
                }
            }
            for (Notice n : stage.notices()) out.println("  " + m.text("note", m.notice(a, n)));
        }
        if (!a.promotions().isEmpty()) {
            out.println();
            out.println("== " + m.text("promotion.heading") + " ==");
            for (Promotion p : a.promotions()) out.println("  " + m.promotion(a, p) + "  [" + m.cite(rules, p.rule()) + "]");
        }
        out.flush();
    }

    /**
     * A pairing as the rules wrote it; in another language, said again from its fields (the places,
     * the teams, the better placed hosting the second leg), as the 2017 rules word it.
     */
    static String pairing(Messages m, Pairing p) {
        if (!m.spanish()) return p.description();
        return m.text("pairing.line", m.ordinal(p.betterPosition()), p.better(), m.ordinal(p.worsePosition()), p.worse());
    }

    private static void zonesText(RuleSet rules, List<Zone> zones, Messages m, PrintWriter out) {
        Map<String, List<Zone>> byZone = zones.stream().collect(Collectors.groupingBy(Zone::zone,
                java.util.LinkedHashMap::new, Collectors.toList()));
        byZone.forEach((zone, members) -> {
            String teams = members.size() > 16 ? m.text("zone.places", String.valueOf(members.size()), String.valueOf(members.get(0).position()),
                    String.valueOf(members.get(members.size() - 1).position()))
                    : members.stream().map(z -> z.position() + ". " + z.team()).collect(Collectors.joining(", "));
            String name = m.spanish() ? StageView.title(StageView.zoneName(m, rules, members.get(0))) : StageView.title(zone);
            out.println("  " + name + provisional(members, m) + ": " + teams + "  [" + m.cite(rules, members.get(0).rule()) + "]");
        });
    }

    /** " (provisional)" when a zone's places may still change: its table has matches left. */
    private static String provisional(List<Zone> members) {
        return provisional(members, Messages.ENGLISH);
    }

    private static String provisional(List<Zone> members, Messages m) {
        return members.stream().anyMatch(Zone::provisional) ? " " + m.text("table.provisional") : "";
    }

    static String decisiveRule(Ranking tie) {
        List<String> teams = tie.table().getTeams();
        PairVerdict v = PairVerdict.of(tie, teams.get(0), teams.get(1));
        return v.decisive() == null ? "" : v.decisive().rule();
    }

    public void markdown(Adjudication a, PrintWriter out) {
        markdown(a, Messages.ENGLISH, out);
    }

    /** In a language: English exactly as {@link #markdown(Adjudication, PrintWriter)}; Spanish from the bundle and the rules. */
    public void markdown(Adjudication a, Messages m, PrintWriter out) {
        if (m.spanish()) {
            spanishMarkdown(a, m, out);
            return;
        }
        RuleSet rules = a.rules();
        out.println("# " + a.tournament().name());
        out.println();
        out.println("Adjudicated by the regulation set `" + rules.name() + "`. Every decision cites the rule that made it.");
        for (StageView stage : StageView.of(a)) {
            out.println();
            out.println("## " + stage.title());
            out.println();
            out.println("*" + (stage.complete() ? "Complete." : "Not complete: " + stage.status() + ".") + "*");
            for (Ranking table : stage.tables()) {
                out.println();
                if (stage.tables().size() > 1) out.println("### " + table.name() + "\n");
                TableView view = new TableView(table, StageView.zoneLabelsOf(a, table.name()));
                List<String> headings = new java.util.ArrayList<>(view.columns().keySet());
                StringBuilder header = new StringBuilder("| Pos | Team | " + String.join(" | ", headings) + " |");
                StringBuilder rule = new StringBuilder("|---:|:---|" + "---:|".repeat(headings.size()));
                if (view.hasZones()) {
                    header.append(" Zone |");
                    rule.append(":---|");
                }
                out.println(header.append(" Decided by |"));
                out.println(rule.append(":---|"));
                for (TableView.Row row : view.rows()) {
                    StringBuilder line = new StringBuilder("| " + row.positionLabel() + " | " + md(row.team()) + " | ");
                    for (String h : headings) line.append(row.values().get(h)).append(" | ");
                    if (view.hasZones()) line.append(row.zone() == null ? "-" : row.zone()).append(" | ");
                    out.println(line.append(md(row.decidedBy())).append(" |"));
                }
                List<Zone> zones = StageView.zonesIn(a, table.name());
                if (!zones.isEmpty()) {
                    out.println();
                    zones.stream().collect(Collectors.groupingBy(Zone::zone, java.util.LinkedHashMap::new, Collectors.toList()))
                            .forEach((zone, members) -> out.println("- **" + StageView.title(zone) + "**" + provisional(members) + ": " + members.stream()
                                    .map(z -> md(z.team())).collect(Collectors.joining(", "))));
                }
                List<String> tieBreaks = TextReport.tieBreaks(rules, table, "- ", "  ");
                if (!tieBreaks.isEmpty()) {
                    out.println();
                    out.println("Tie-breaks:");
                    out.println();
                    for (int i = 0; i < tieBreaks.size(); i += 2) {
                        out.println(md(tieBreaks.get(i)) + " (" + md(tieBreaks.get(i + 1).strip()) + ")");
                    }
                }
            }

            if (!stage.pairings().isEmpty()) {
                out.println();
                out.println("Pairings (" + md(rules.cite(stage.pairings().get(0).rule())) + "):");
                out.println();
                for (Pairing p : stage.pairings()) out.println(p.number() + ". " + md(p.description()));
            }
            if (!stage.ties().isEmpty()) {
                out.println();
                out.println("| Tie | Legs | Result |");
                out.println("|:---|:---|:---|");
                for (Ranking tie : stage.ties()) {
                    String legs = StageView.legs(a, tie).stream().map(Match::label).collect(Collectors.joining("; "));
                    out.println("| " + md(tie.name()) + " | " + md(legs) + " | " + md(StageView.tieSentence(tie)) + " |");
                }
            }
            if (!stage.notices().isEmpty()) {
                out.println();
                for (Notice n : stage.notices()) out.println("> " + md(n.description()));
            }
        }
        if (!a.violations().isEmpty()) {
            out.println();
            out.println("## Fixture violations");
            out.println();
            for (Violation v : a.violations()) out.println("- (" + v.restriction() + ") " + md(v.description()) + " — " + md(rules.cite(v.rule())));
        }
        if (!a.promotions().isEmpty()) {
            out.println();
            out.println("## Promotion");
            out.println();
            for (Promotion p : a.promotions()) out.println("- **" + md(p.team()) + "**: " + md(p.description()));
        }
        out.flush();
    }

    /** The Markdown report in Spanish: the same parts as in English, each said as the text report says it. */
    private void spanishMarkdown(Adjudication a, Messages m, PrintWriter out) {
        RuleSet rules = a.rules();
        out.println("# " + a.tournament().name());
        out.println();
        out.println(m.text("md.adjudicatedBy", rules.name()));
        for (StageView stage : StageView.of(a)) {
            out.println();
            out.println("## " + m.stage(rules, stage.id(), stage.title()));
            out.println();
            out.println(stage.complete() ? m.text("md.stage.complete") : m.text("md.stage.notComplete", md(stage.status(m, rules))));
            for (Ranking table : stage.tables()) {
                out.println();
                if (stage.tables().size() > 1) out.println("### " + table.name() + "\n");
                TableView view = new TableView(table, StageView.zoneLabelsOf(a, table.name(), m), m, rules);
                List<String> headings = new java.util.ArrayList<>(view.columns().keySet());
                StringBuilder header = new StringBuilder("| " + m.text("table.position") + " | " + m.text("table.team") + " | "
                        + String.join(" | ", headings.stream().map(view::heading).toList()) + " |");
                StringBuilder rule = new StringBuilder("|---:|:---|" + "---:|".repeat(headings.size()));
                if (view.hasZones()) {
                    header.append(" ").append(m.text("table.zone")).append(" |");
                    rule.append(":---|");
                }
                out.println(header.append(" ").append(m.text("table.decidedBy")).append(" |"));
                out.println(rule.append(":---|"));
                for (TableView.Row row : view.rows()) {
                    StringBuilder line = new StringBuilder("| " + row.positionLabel() + " | " + md(row.team()) + " | ");
                    for (String h : headings) line.append(row.values().get(h)).append(" | ");
                    if (view.hasZones()) line.append(row.zone() == null ? "-" : md(row.zone())).append(" | ");
                    out.println(line.append(md(row.decidedBy())).append(" |"));
                }
                List<Zone> zones = StageView.zonesIn(a, table.name());
                if (!zones.isEmpty()) {
                    out.println();
                    zones.stream().collect(Collectors.groupingBy(Zone::zone, java.util.LinkedHashMap::new, Collectors.toList()))
                            .forEach((zone, members) -> out.println("- **" + md(StageView.title(StageView.zoneName(m, rules, members.get(0))))
                                    + "**" + provisional(members, m) + ": " + members.stream().map(z -> md(z.team())).collect(Collectors.joining(", "))));
                }
                List<String> tieBreaks = TextReport.tieBreaks(rules, table, m, "- ", "  ");
                if (!tieBreaks.isEmpty()) {
                    out.println();
                    out.println(m.text("tiebreaks.heading") + ":");
                    out.println();
                    for (int i = 0; i < tieBreaks.size(); i += 2) {
                        out.println(md(tieBreaks.get(i)) + " (" + md(tieBreaks.get(i + 1).strip()) + ")");
                    }
                }
            }
            if (!stage.pairings().isEmpty()) {
                out.println();
                out.println(m.text("pairings.heading") + " (" + md(m.cite(rules, stage.pairings().get(0).rule())) + "):");
                out.println();
                for (Pairing p : stage.pairings()) out.println(p.number() + ". " + md(pairing(m, p)));
            }
            if (!stage.ties().isEmpty()) {
                out.println();
                out.println(m.text("md.ties.header"));
                out.println("|:---|:---|:---|");
                for (Ranking tie : stage.ties()) {
                    String legs = StageView.legs(a, tie).stream().map(x -> StageView.label(m, rules, x)).collect(Collectors.joining("; "));
                    out.println("| " + md(StageView.tieName(m, tie.name())) + " | " + md(legs) + " | " + md(StageView.tieSentence(tie, m, rules)) + " |");
                }
            }
            if (!stage.notices().isEmpty()) {
                out.println();
                for (Notice n : stage.notices()) out.println("> " + md(m.notice(a, n)));
            }
        }
        if (!a.violations().isEmpty()) {
            out.println();
            out.println("## " + m.text("violations.heading"));
            out.println();
            for (Violation v : a.violations()) out.println("- (" + v.restriction() + ") " + md(v.description()) + " — " + md(m.cite(rules, v.rule())));
        }
        if (!a.promotions().isEmpty()) {
            out.println();
            out.println("## " + m.text("promotion.heading"));
            out.println();
            for (Promotion p : a.promotions()) out.println("- **" + md(p.team()) + "**: " + md(m.promotion(a, p)));
        }
        out.flush();
    }

    /** Text as Markdown: the characters that would format or break a table are escaped. */
    static String md(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`").replace("[", "\\[").replace("]", "\\]");
    }
}
