package org.adjudicator.report;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Adjustment;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Violation;
import org.adjudicator.facts.Zone;

/**
 * Every stage of a competition as one self-contained HTML document, to publish: the content of
 * {@code run} (tables with zones and what decided each position, tie-breaks, pairings, ties with
 * both legs, final group, promotion, every decision with its rule), the matches of each stage, and
 * a print stylesheet. No script, font or style is fetched: it opens from a USB stick. The
 * officials' workspace ({@code serve}) shows the same body, marked with what changed and with
 * the ids its editing needs.
 */
@Singleton
public class HtmlReport {
    private static final String CSS = resource("report.css") + resource("features.css");

    /** What the workspace adds to the body: an id for each match (null: none) and what changed. */
    public record Marks(Function<Match, Integer> matchIds, Set<String> positions, Set<String> zones, Set<String> winners,
                        Set<String> pairings, Set<String> promotions) {
        public static final Marks NONE = new Marks(m -> null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

        /** The key of a team's row in a table, in {@link #positions}. */
        public static String row(String table, String team) {
            return table + "\n" + team;
        }

        /** The key of a pairing in a stage, in {@link #pairings}. */
        public static String pairing(String stage, String better, String worse) {
            return stage + "\n" + better + " v " + worse;
        }
    }

    /** The whole document, for {@code run --format html}. */
    public void document(Adjudication a, PrintWriter out) {
        document(a, "", out);
    }

    /** The whole document, with {@code extra} (HTML already escaped, e.g. the clinched / eliminated sections) after the stages. */
    public void document(Adjudication a, String extra, PrintWriter out) {
        document(a, extra, Messages.ENGLISH, out);
    }

    /** In the language of {@code m}: the tool's words from its bundle, the regulation's from the rules. */
    public void document(Adjudication a, String extra, Messages m, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + m.language() + "\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + esc(a.tournament().name()) + "</title>");
        out.println("<style>");
        out.print(CSS);
        out.println("</style>");
        out.println("</head>");
        out.println("<body class=\"report\">");
        out.print(body(a, Marks.NONE, m));
        out.print(extra);
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    /** The report's body: a header, then each stage, then promotion. */
    public String body(Adjudication a, Marks marks) {
        return body(a, marks, Messages.ENGLISH);
    }

    /** The report's body in the language of {@code m}. */
    public String body(Adjudication a, Marks marks, Messages m) {
        StringBuilder html = new StringBuilder();
        RuleSet rules = a.rules();
        html.append("<header class=\"competition\"><h1>").append(esc(a.tournament().name())).append("</h1>\n");
        html.append("<p class=\"rules\" data-set=\"").append(esc(rules.name())).append("\">")
                .append(esc(m.text("html.rules", rules.name(), rules.shownFolder()))).append("</p></header>\n");
        if (!a.violations().isEmpty()) {
            html.append("<section class=\"stage violations\"><h2>").append(esc(m.text("violations.heading")))
                    .append(" <span class=\"status waiting\">")
                    .append(a.violations().size()).append("</span></h2>\n<ul class=\"decisions\">\n");
            for (Violation v : a.violations()) {
                html.append("<li>(").append(esc(v.restriction())).append(") ").append(esc(v.description())).append(' ')
                        .append(cite(m, rules, v.rule())).append("</li>\n");
            }
            html.append("</ul></section>\n");
        }
        for (StageView stage : StageView.of(a)) stage(a, stage, marks, m, html);
        html.append(BracketView.html(a, marks.winners(), m));
        if (!a.promotions().isEmpty()) {
            html.append("<section class=\"stage promotion\" id=\"stage-promotion\"><h2>").append(esc(m.text("promotion.heading")))
                    .append("</h2>\n<ul class=\"decisions\">\n");
            for (Promotion p : a.promotions()) {
                html.append("<li class=\"promoted").append(marks.promotions().contains(p.team()) ? " changed" : "")
                        .append("\" data-team=\"").append(esc(p.team())).append("\">").append(esc(m.promotion(a, p))).append(' ')
                        .append(cite(m, rules, p.rule())).append("</li>\n");
            }
            html.append("</ul></section>\n");
        }
        return html.toString();
    }

    private void stage(Adjudication a, StageView stage, Marks marks, Messages m, StringBuilder html) {
        RuleSet rules = a.rules();
        html.append("<section class=\"stage\" id=\"stage-").append(esc(stage.id())).append("\" data-stage=\"").append(esc(stage.id()))
                .append("\">\n<h2>").append(esc(m.stage(rules, stage.id(), stage.title()))).append(" <span class=\"status ")
                .append(stage.complete() ? "complete" : "waiting").append("\">").append(esc(stage.status(m, rules))).append("</span></h2>\n");
        for (Ranking table : stage.tables()) table(a, stage, table, marks, m, html);
        if (!stage.pairings().isEmpty()) {
            html.append("<h3>").append(esc(m.text("pairings.heading"))).append("</h3>\n<ol class=\"pairings\">\n");
            for (Pairing p : stage.pairings()) {
                boolean changed = marks.pairings().contains(Marks.pairing(p.stage(), p.better(), p.worse()));
                html.append("<li value=\"").append(p.number()).append('"').append(changed ? " class=\"changed\"" : "").append('>')
                        .append(esc(RunReport.pairing(m, p))).append("</li>\n");
            }
            html.append("</ol>\n<p class=\"cite-line\">").append(cite(m, rules, stage.pairings().get(0).rule())).append("</p>\n");
        }
        if (!stage.ties().isEmpty()) {
            html.append("<h3>").append(esc(m.text("ties.heading"))).append("</h3>\n<div class=\"bracket\">\n");
            for (Ranking tie : stage.ties()) tie(a, tie, marks, m, html);
            html.append("</div>\n");
        }
        if (!stage.notices().isEmpty()) {
            html.append("<ul class=\"notices\">\n");
            for (Notice n : stage.notices()) html.append("<li>").append(esc(m.text("note", m.notice(a, n)))).append("</li>\n");
            html.append("</ul>\n");
        }
        matches(a, stage, marks, m, html);
        html.append("</section>\n");
    }

    private void table(Adjudication a, StageView stage, Ranking table, Marks marks, Messages m, StringBuilder html) {
        RuleSet rules = a.rules();
        if (stage.tables().size() > 1) html.append("<h3>").append(esc(table.name())).append("</h3>\n");
        html.append("<p class=\"criteria\">").append(esc(TextReport.criteriaLine(m, rules, table))).append("</p>\n");
        List<Zone> zones = StageView.zonesIn(a, table.name());
        // The zone column in this language (the rule's @wordingEs); the colours by the zone the rules name.
        Map<String, String> zoneOf = StageView.zonesOf(a, table.name());
        Map<String, String> zoneShown = new LinkedHashMap<>();
        zones.forEach(z -> zoneShown.put(z.team(), StageView.zoneName(m, rules, z)));
        TableView view = new TableView(table, zoneShown, m, rules);
        // Each zone a colour, in the order the table meets them.
        Map<String, Integer> colour = new LinkedHashMap<>();
        zones.forEach(z -> colour.putIfAbsent(z.zone(), colour.size() % 6));
        // Provisional as the zone rules decided it: the table has matches left (neither played nor awarded).
        boolean provisional = zones.stream().anyMatch(Zone::provisional);
        List<String> headings = new ArrayList<>(view.columns().keySet());
        html.append("<div class=\"scroll\"><table class=\"standings\" data-table=\"").append(esc(table.name())).append("\">\n<thead><tr>")
                .append("<th class=\"num\">").append(esc(m.text("table.position"))).append("</th><th>").append(esc(m.text("table.team")))
                .append("</th>");
        for (String h : headings) html.append("<th class=\"num\">").append(esc(view.heading(h))).append("</th>");
        if (view.hasZones()) html.append("<th>").append(esc(m.text("table.zone"))).append("</th>");
        html.append("<th>").append(esc(m.text("table.decidedBy"))).append("</th></tr></thead>\n<tbody>\n");
        List<Placement> order = table.placements();
        List<TableView.Row> rows = view.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableView.Row row = rows.get(i);
            List<String> classes = new ArrayList<>();
            if (row.zone() != null) classes.add("z" + colour.getOrDefault(zoneOf.get(row.team()), 0));
            if (marks.positions().contains(Marks.row(table.name(), row.team()))) classes.add("changed");
            html.append("<tr data-team=\"").append(esc(row.team())).append('"')
                    .append(classes.isEmpty() ? "" : " class=\"" + String.join(" ", classes) + "\"").append(">")
                    .append("<td class=\"num\">").append(esc(row.positionLabel())).append("</td><td class=\"team\">")
                    .append(esc(row.team())).append("</td>");
            // A figure the tie has no value for (extra time, penalties not needed or not yet played): a dash, not "?".
            for (String h : headings) html.append("<td class=\"num\">").append(esc(notPlayed(row.values().get(h)))).append("</td>");
            if (view.hasZones()) {
                html.append("<td class=\"zone").append(marks.zones().contains(row.team()) ? " changed" : "").append("\">")
                        .append(row.zone() == null ? "-" : esc(row.zone()))
                        .append(row.zone() != null && provisional ? " <span class=\"provisional\">" + esc(m.text("table.provisional")) + "</span>" : "")
                        .append("</td>");
            }
            html.append("<td class=\"decided\"><details><summary>").append(esc(row.decidedBy())).append("</summary><div class=\"why\">");
            Placement p = order.get(i);
            for (int j : new int[] {i - 1, i + 1}) {
                if (j < 0 || j >= order.size()) continue;
                PairVerdict v = PairVerdict.of(table, p.getTeam(), order.get(j).getTeam());
                if (!v.neededTieBreak() || v.decisive() == null) continue;
                html.append("<p>").append(esc(v.sentence(m, rules))).append(' ').append(cite(m, rules, v.decisive().rule())).append("</p>");
            }
            html.append("<p>").append(m.text("html.placedBy", esc(row.team()), esc(row.positionLabel()), cite(m, rules, p.getRule())))
                    .append("</p></div></details></td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
        html.append(ZoneLegend.html(rules, zones, colour, m));
        List<Adjustment> adjustments = a.adjustmentsOf(table.name());
        if (!adjustments.isEmpty()) {
            html.append("<h3>").append(esc(m.text("adjustments.heading"))).append("</h3>\n<ul class=\"decisions adjustments\">\n");
            for (Adjustment x : adjustments) {
                html.append("<li>").append(esc(m.adjustment(rules, x))).append(' ').append(cite(m, rules, x.rule())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!zones.isEmpty()) {
            html.append("<h3>").append(esc(m.text("html.zones"))).append(provisional ? " <span class=\"provisional\">"
                    + esc(m.text("html.zones.provisional")) + "</span>" : "").append("</h3>\n<ul class=\"decisions zones\">\n");
            zones.stream().collect(Collectors.groupingBy(Zone::zone, LinkedHashMap::new, Collectors.toList())).forEach((zone, members) -> {
                String teams = members.size() > 16 ? m.text("zone.places", String.valueOf(members.size()), String.valueOf(members.get(0).position()),
                        String.valueOf(members.get(members.size() - 1).position()))
                        : members.stream().map(z -> z.position() + ". " + z.team()).collect(Collectors.joining(", "));
                String name = StageView.title(StageView.zoneName(m, rules, members.get(0)));
                html.append("<li class=\"z").append(colour.get(zone)).append("\" data-zone=\"").append(esc(zone)).append("\"><details><summary>")
                        .append(esc(name))
                        .append(members.stream().anyMatch(Zone::provisional) ? esc(" " + m.text("table.provisional")) : "").append(": ")
                        .append(esc(teams)).append(' ')
                        .append(cite(m, rules, members.get(0).rule())).append("</summary><div class=\"why\">")
                        .append(members.stream().map(z -> "<p>" + esc(zoneSentence(m, rules, z)) + "</p>").collect(Collectors.joining()))
                        .append("</div></details></li>\n");
            });
            html.append("</ul>\n");
        }
        List<String> tieBreaks = TextReport.tieBreaks(rules, table, m, "", "");
        if (!tieBreaks.isEmpty()) {
            html.append("<h3>").append(esc(m.text("tiebreaks.heading"))).append("</h3>\n<ul class=\"decisions tiebreaks\">\n");
            List<String> ruleNames = tieBreakRules(table);
            for (int i = 0; i + 1 < tieBreaks.size(); i += 2) {
                html.append("<li>").append(esc(tieBreaks.get(i))).append(' ')
                        .append(cite(m, rules, ruleNames.get(i / 2))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
    }

    /** The rule of each tie-break line, in the order {@link TextReport#tieBreaks} writes them. */
    private static List<String> tieBreakRules(Ranking ranking) {
        List<Placement> order = ranking.placements();
        List<String> rules = new ArrayList<>();
        Set<Object> said = new java.util.HashSet<>();
        for (int i = 0; i + 1 < order.size(); i++) {
            PairVerdict verdict = PairVerdict.of(ranking, order.get(i).getTeam(), order.get(i + 1).getTeam());
            if (!verdict.neededTieBreak() || verdict.decisive() == null) continue;
            if (verdict.shared() && !said.add(verdict.decisive())) continue;
            rules.add(verdict.decisive().rule());
        }
        return rules;
    }

    /**
     * Why a team is in a zone: in English as the zone's rule wrote it; in another language said again
     * from its place and the zone's words (the rules give no Spanish sentence for it).
     */
    private static String zoneSentence(Messages m, RuleSet rules, Zone z) {
        if (!m.spanish()) return z.description();
        return m.text("html.zone.member", z.team(), m.ordinal(z.position()), StageView.zoneName(m, rules, z),
                z.provisional() ? " " + m.text("table.provisional") : "");
    }

    private void tie(Adjudication a, Ranking tie, Marks marks, Messages m, StringBuilder html) {
        RuleSet rules = a.rules();
        boolean changed = marks.winners().contains(tie.name());
        html.append("<article class=\"tie").append(changed ? " changed" : "").append("\" data-tie=\"").append(esc(tie.name()))
                .append("\">\n<h4>").append(esc(StageView.tieName(m, tie.name()))).append("</h4>\n<table class=\"legs\">");
        for (Match x : StageView.legs(a, tie)) {
            html.append("<tr").append(id(marks, x)).append("><td>").append(esc(m.text("html.leg", x.getLeg()))).append("</td><td class=\"team\">")
                    .append(esc(x.getHome())).append("</td>").append(cell("score", x.isPlayed() ? x.getHomeGoals() + "-" + x.getAwayGoals() : ""))
                    .append("<td class=\"team\">").append(esc(x.getAway())).append("</td>")
                    .append(cell("extraTime", extraTime(x), m.text("html.prefix.extraTime") + " "))
                    .append(cell("penalties", penalties(x), m.text("html.prefix.penalties") + " "))
                    .append("</tr>");
        }
        html.append("</table>\n");
        TableView figures = new TableView(tie, Map.of(), m, rules);
        List<String> headings = new ArrayList<>(figures.columns().keySet());
        html.append("<table class=\"figures\"><thead><tr><th>").append(esc(m.text("table.team"))).append("</th>");
        for (String h : headings) html.append("<th class=\"num\">").append(esc(figures.heading(h))).append("</th>");
        html.append("</tr></thead><tbody>");
        for (TableView.Row row : figures.rows()) {
            boolean winner = row.team().equals(tie.winner());
            html.append("<tr").append(winner ? " class=\"winner\"" : "").append("><td class=\"team\">").append(esc(row.team())).append("</td>");
            // A figure the tie has no value for (extra time, penalties not needed or not yet played): a dash, not "?".
            for (String h : headings) html.append("<td class=\"num\">").append(esc(notPlayed(row.values().get(h)))).append("</td>");
            html.append("</tr>");
        }
        html.append("</tbody></table>\n<p class=\"decision\">").append(esc(StageView.tieSentence(tie, m, rules))).append(' ')
                .append(cite(m, rules, RunReport.decisiveRule(tie))).append("</p>\n</article>\n");
    }

    private static String notPlayed(String figure) {
        return figure == null || figure.equals("?") ? "\u2014" : figure;
    }

    /** Each stage's matches, in a fold: the workspace edits them in place. */
    private void matches(Adjudication a, StageView stage, Marks marks, Messages msg, StringBuilder html) {
        // A table's matches, and the legs of a knockout stage that no tie shows yet (not yet paired).
        Set<String> stages = new java.util.LinkedHashSet<>();
        stage.tables().forEach(t -> stages.addAll(t.table().getMatchStages()));
        Set<Match> shown = new java.util.HashSet<>();
        stage.ties().forEach(t -> shown.addAll(StageView.legs(a, t)));
        List<Match> matches = a.tournament().matches().stream()
                .filter(m -> (stages.contains(m.getStage()) && m.getLeg() == null) || (m.getStage().equals(stage.id()) && !shown.contains(m)))
                .toList();
        if (matches.isEmpty()) return;
        long played = matches.stream().filter(Match::isPlayed).count();
        html.append("<details class=\"matches\"><summary>").append(esc(msg.text("html.matches", String.valueOf(matches.size()), String.valueOf(played))))
                .append("</summary>\n<div class=\"scroll\"><table class=\"matches\"><thead><tr>");
        for (String heading : List.of("round", "home", "score", "away", "halfTime", "extraTime", "penalties", "awarded")) {
            html.append("<th>").append(esc(msg.text("html.match." + heading))).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (Match m : matches) {
            html.append("<tr").append(id(marks, m)).append("><td class=\"num\">").append(m.getRound() == null ? "" : m.getRound())
                    .append(m.getGroup() == null || m.getGroup().isEmpty() ? "" : " " + esc(msg.text("html.group", m.getGroup())))
                    .append(m.getLeg() == null ? "" : esc(msg.text("html.leg", m.getLeg())))
                    .append("</td><td class=\"team\">").append(esc(m.getHome())).append("</td>")
                    .append(cell("score", m.isPlayed() ? m.getHomeGoals() + "-" + m.getAwayGoals() : ""))
                    .append("<td class=\"team\">").append(esc(m.getAway())).append("</td>")
                    .append(cell("halfTime", m.hasHalfTime() ? m.halfTimeGoalsFor(m.getHome()) + "-" + m.halfTimeGoalsFor(m.getAway()) : ""))
                    .append(cell("extraTime", extraTime(m)))
                    .append(cell("penalties", penalties(m)))
                    .append(cell("awarded", m.isAwarded() ? m.getAwardedScore() : ""))
                    .append("</tr>\n");
        }
        html.append("</tbody></table></div></details>\n");
    }

    private static String extraTime(Match m) {
        return m.hasExtraTime() ? m.extraTimeGoalsFor(m.getHome()) + "-" + m.extraTimeGoalsFor(m.getAway()) : "";
    }

    private static String penalties(Match m) {
        return m.hasPenalties() ? m.penaltiesFor(m.getHome()) + "-" + m.penaltiesFor(m.getAway()) : "";
    }

    private static String id(Marks marks, Match m) {
        Integer id = marks.matchIds().apply(m);
        return id == null ? "" : " data-match=\"" + id + "\"";
    }

    private static String cell(String field, String value) {
        return cell(field, value, "");
    }

    private static String cell(String field, String value, String prefix) {
        return "<td class=\"score\" data-field=\"" + field + "\">" + (value.isEmpty() ? "" : esc(prefix + value)) + "</td>";
    }

    /** A rule as cited in the text output, marked so that the workspace can show its DRL text. */
    static String cite(RuleSet rules, String rule) {
        return cite(Messages.ENGLISH, rules, rule);
    }

    /** In a language: {@code [regla "Goal difference" (file:line)]}. */
    static String cite(Messages m, RuleSet rules, String rule) {
        if (rule == null || rule.isEmpty()) return "";
        return "<cite class=\"rule\" data-rule=\"" + esc(rule) + "\">[" + esc(m.cite(rules, rule)) + "]</cite>";
    }

    public static String esc(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The report's stylesheet (also served to the workspace's page). */
    public static String css() {
        return CSS;
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
