package org.adjudicator.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adjudicator.clinch.Clinch;
import org.adjudicator.clinch.Place;
import org.adjudicator.clinch.TableStatus;
import org.adjudicator.clinch.TeamStatus;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;

/** Clinched, eliminated and open for each place of each table with matches left, as text, Markdown or JSON. */
public final class StatusReport {
    private StatusReport() {
    }

    /** One line of how the statuses were found. */
    public static String method(TableStatus s) {
        return "points: " + s.award() + " (as the rules award them); constraint solver (Choco), " + s.solves() + " solve(s)"
                + (s.timedOut() > 0 ? ", " + s.timedOut() + " out of time" : "") + ", " + s.witnesses()
                + " outcome(s) adjudicated by the rules, " + String.format(Locale.ROOT, "%.1f s", s.millis() / 1000.0);
    }

    public static void text(Adjudication a, List<TableStatus> statuses, PrintWriter out) {
        text(a, statuses, Messages.ENGLISH, out);
    }

    /** In a language: English exactly as {@link #text(Adjudication, List, PrintWriter)}; Spanish from the bundle. */
    public static void text(Adjudication a, List<TableStatus> statuses, Messages m, PrintWriter out) {
        if (m.spanish()) {
            spanishText(a, statuses, m, out);
            return;
        }
        for (TableStatus s : statuses) {
            Ranking table = a.ranking(s.table());
            out.println();
            out.println("== " + s.table() + ": clinched and eliminated, " + s.remaining().size() + " match(es) left ==");
            out.println("  " + method(s));
            for (Place place : s.places()) {
                out.println("  " + StageView.title(place.name()) + " (" + place.positions() + ")");
                groups(table, s, place).forEach((label, teams) -> out.println("    " + label + ": " + teams));
            }
            for (String bug : s.bugs()) out.println("  " + bug);
        }
        out.flush();
    }

    private static void spanishText(Adjudication a, List<TableStatus> statuses, Messages m, PrintWriter out) {
        for (TableStatus s : statuses) {
            Ranking table = a.ranking(s.table());
            String stage = table.table().getStage();
            String name = stage == null || stage.isEmpty() ? s.table() : m.stage(a.rules(), stage, s.table());
            out.println();
            out.println(m.text("status.heading", name, s.remaining().size()));
            out.println("  " + m.text("status.method", s.award().win(), s.award().draw(), s.award().loss(), s.solves(), s.timedOut(),
                    s.witnesses(), String.format(Locale.ROOT, "%.1f", s.millis() / 1000.0)));
            for (Place place : s.places()) {
                out.println("  " + StageView.title(placeName(a, s.table(), place.name(), m)) + " (" + positions(place, m) + ")");
                spanishGroups(table, s, place, m).forEach((label, said) -> out.println("    " + label + ": " + said));
            }
            for (String bug : s.bugs()) out.println("  " + bug);
        }
        out.flush();
    }

    /** A place's name and positions, in Spanish: "Octavos de final (puestos 1-8)". */
    private static String spanishPlace(Adjudication a, TableStatus s, Place place, Messages m) {
        String positions = place.first() == place.last() ? m.text("status.place", m.ordinal(place.first()))
                : m.text("status.places", place.first(), place.last());
        return StageView.title(placeName(a, s.table(), place.name(), m)) + " (" + positions + ")";
    }

    private static void spanishMarkdown(Adjudication a, List<TableStatus> statuses, Messages m, PrintWriter out) {
        for (TableStatus s : statuses) {
            Ranking table = a.ranking(s.table());
            String stage = table.table().getStage();
            String name = stage == null || stage.isEmpty() ? s.table() : m.stage(a.rules(), stage, s.table());
            out.println();
            out.println(m.text("md.status.heading", RunReport.md(name)));
            out.println();
            out.println("*" + RunReport.md(m.text("md.status.method", s.remaining().size(), m.text("status.method", s.award().win(),
                    s.award().draw(), s.award().loss(), s.solves(), s.timedOut(), s.witnesses(),
                    String.format(Locale.ROOT, "%.1f", s.millis() / 1000.0)))) + "*");
            for (Place place : s.places()) {
                out.println();
                out.println("- **" + RunReport.md(StageView.title(placeName(a, s.table(), place.name(), m))) + "** (" + positions(place, m) + ")");
                spanishGroups(table, s, place, m).forEach((label, said) -> out.println("  - " + label + ": " + RunReport.md(said)));
            }
            if (!s.bugs().isEmpty()) {
                out.println();
                for (String bug : s.bugs()) out.println("> " + RunReport.md(bug));
            }
        }
        out.flush();
    }

    private static String positions(Place place, Messages m) {
        return place.first() == place.last() ? m.text("status.place", m.ordinal(place.first())) : m.text("status.places", place.first(), place.last());
    }

    /** The labels a place shows in English ({@link #groups}), each said in Spanish with its teams. */
    private static Map<String, String> spanishGroups(Ranking table, TableStatus s, Place place, Messages m) {
        int teams = table.placements().size();
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (String label : List.of("clinched", "cannot escape it", "open", "open (not proven)", "eliminated", "safe from it",
                "cannot finish there")) byLabel.put(label, new ArrayList<>());
        s.statuses().stream().filter(st -> st.place().equals(place)).sorted(Clinch.byPlaceThenPosition(table))
                .forEach(st -> byLabel.get(st.label(teams)).add(table.placementOf(st.team()).getPosition() + ". " + st.team()
                        + (st.kind() == TeamStatus.Kind.OPEN && st.proven() && !Boolean.TRUE.equals(st.inOnPoints())
                                ? " " + m.text("status.onlyLevelOnPoints") : "")));
        Map<String, String> lines = new LinkedHashMap<>();
        for (String label : groups(table, s, place).keySet()) {
            List<String> named = byLabel.get(label);
            String said = named == null || named.isEmpty() ? m.text("status.none") : named.size() + ": " + String.join(", ", named);
            lines.put(m.text("status.label." + label.replace(' ', '_').replace("(", "").replace(")", "")), said);
        }
        return lines;
    }

    /** A place's name in Spanish: the first places of a table, or its zone as the zone's rule words it. */
    private static String placeName(Adjudication a, String table, String name, Messages m) {
        if (name.equals("first place")) return m.text("status.firstPlace");
        if (name.matches("first [0-9]+")) return m.text("status.firstK", name.substring(6));
        boolean better = name.endsWith(" or better");
        String zone = better ? name.substring(0, name.length() - " or better".length()) : name;
        String said = StageView.zonesIn(a, table).stream().filter(z -> z.zone().equals(zone)).findFirst()
                .map(z -> StageView.zoneName(m, a.rules(), z)).orElse(zone);
        return better ? m.text("status.orBetter", said) : said;
    }

    public static void markdown(Adjudication a, List<TableStatus> statuses, PrintWriter out) {
        markdown(a, statuses, Messages.ENGLISH, out);
    }

    /** In a language: English exactly as {@link #markdown(Adjudication, List, PrintWriter)}; Spanish as the Spanish text says it. */
    public static void markdown(Adjudication a, List<TableStatus> statuses, Messages m, PrintWriter out) {
        if (m.spanish()) {
            spanishMarkdown(a, statuses, m, out);
            return;
        }
        for (TableStatus s : statuses) {
            Ranking table = a.ranking(s.table());
            out.println();
            out.println("## " + RunReport.md(s.table()) + ": clinched and eliminated");
            out.println();
            out.println("*" + s.remaining().size() + " match(es) left; " + RunReport.md(method(s)) + ".*");
            for (Place place : s.places()) {
                out.println();
                out.println("- **" + RunReport.md(StageView.title(place.name())) + "** (" + place.positions() + ")");
                groups(table, s, place).forEach((label, teams) -> out.println("  - " + label + ": " + RunReport.md(teams)));
            }
            if (!s.bugs().isEmpty()) {
                out.println();
                for (String bug : s.bugs()) out.println("> " + RunReport.md(bug));
            }
        }
        out.flush();
    }

    /** The same as HTML sections, one a table, for {@code run --format html} (escaped as the rest of the page). */
    public static String html(Adjudication a, List<TableStatus> statuses) {
        return html(a, statuses, Messages.ENGLISH);
    }

    /** In a language: English exactly as {@link #html(Adjudication, List)}; Spanish from the bundle, as the Spanish text. */
    public static String html(Adjudication a, List<TableStatus> statuses, Messages m) {
        if (m.spanish()) return spanishHtml(a, statuses, m);
        StringBuilder html = new StringBuilder();
        for (TableStatus s : statuses) {
            Ranking table = a.ranking(s.table());
            html.append("<section class=\"stage status\"><h2>").append(HtmlReport.esc(s.table())).append(": clinched and eliminated</h2>\n");
            html.append("<p><em>").append(s.remaining().size()).append(" match(es) left; ").append(HtmlReport.esc(method(s)))
                    .append(".</em></p>\n<ul>\n");
            for (Place place : s.places()) {
                html.append("<li><strong>").append(HtmlReport.esc(StageView.title(place.name()))).append("</strong> (")
                        .append(HtmlReport.esc(place.positions())).append(")<ul>");
                groups(table, s, place).forEach((label, teams) -> html.append("<li>").append(HtmlReport.esc(label)).append(": ")
                        .append(HtmlReport.esc(teams)).append("</li>"));
                html.append("</ul></li>\n");
            }
            html.append("</ul>\n");
            for (String bug : s.bugs()) html.append("<p class=\"bug\">").append(HtmlReport.esc(bug)).append("</p>\n");
            html.append("</section>\n");
        }
        return html.toString();
    }

    private static String spanishHtml(Adjudication a, List<TableStatus> statuses, Messages m) {
        StringBuilder html = new StringBuilder();
        for (TableStatus s : statuses) {
            Ranking table = a.ranking(s.table());
            String stage = table.table().getStage();
            String name = stage == null || stage.isEmpty() ? s.table() : m.stage(a.rules(), stage, s.table());
            html.append("<section class=\"stage status\"><h2>").append(HtmlReport.esc(m.text("html.status.heading", name))).append("</h2>\n");
            String method = m.text("status.method", s.award().win(), s.award().draw(), s.award().loss(), s.solves(), s.timedOut(),
                    s.witnesses(), String.format(Locale.ROOT, "%.1f", s.millis() / 1000.0));
            html.append("<p><em>").append(HtmlReport.esc(m.text("html.status.method", s.remaining().size(), method))).append("</em></p>\n<ul>\n");
            for (Place place : s.places()) {
                html.append("<li><strong>").append(HtmlReport.esc(spanishPlace(a, s, place, m))).append("</strong><ul>");
                spanishGroups(table, s, place, m).forEach((label, teams) -> html.append("<li>").append(HtmlReport.esc(label)).append(": ")
                        .append(HtmlReport.esc(teams)).append("</li>"));
                html.append("</ul></li>\n");
            }
            html.append("</ul>\n");
            for (String bug : s.bugs()) html.append("<p class=\"bug\">").append(HtmlReport.esc(bug)).append("</p>\n");
            html.append("</section>\n");
        }
        return html.toString();
    }

    /** Clinched, open and eliminated teams of a place, in the table's order ("none" when empty). */
    private static Map<String, String> groups(Ranking table, TableStatus s, Place place) {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        int teams = table.placements().size();
        for (TeamStatus.Kind kind : List.of(TeamStatus.Kind.CLINCHED, TeamStatus.Kind.OPEN)) {
            byLabel.put(new TeamStatus(null, place, kind, true, null, null, null, null).label(teams), new ArrayList<>());
        }
        byLabel.put("open (not proven)", new ArrayList<>());
        byLabel.put(new TeamStatus(null, place, TeamStatus.Kind.ELIMINATED, true, null, null, null, null).label(teams), new ArrayList<>());
        s.statuses().stream().filter(st -> st.place().equals(place)).sorted(Clinch.byPlaceThenPosition(table))
                .forEach(st -> byLabel.get(st.label(teams)).add(table.placementOf(st.team()).getPosition() + ". " + st.team()
                        + (st.kind() == TeamStatus.Kind.OPEN && st.proven() && !Boolean.TRUE.equals(st.inOnPoints()) ? " (only level on points)" : "")));
        Map<String, String> lines = new LinkedHashMap<>();
        byLabel.forEach((label, named) -> {
            if (named.isEmpty() && label.equals("open (not proven)")) return;
            lines.put(label, named.isEmpty() ? "none" : named.size() + ": " + String.join(", ", named));
        });
        return lines;
    }

    /** The statuses as JSON values: per table, the places, each team's status and detail per place, the bugs. */
    public static List<Object> json(List<TableStatus> statuses) {
        List<Object> tables = new ArrayList<>();
        for (TableStatus s : statuses) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("table", s.table());
            t.put("matchesLeft", s.remaining().size());
            t.put("method", method(s).replaceAll(", [0-9.]+ s$", ""));
            t.put("places", s.places().stream().map(p -> {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("place", p.name());
                place.put("first", p.first());
                place.put("last", p.last());
                return place;
            }).toList());
            Map<String, Object> teams = new LinkedHashMap<>();
            for (TeamStatus st : s.statuses()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("status", st.label());
                if (!st.detail().isEmpty()) one.put("detail", st.detail());
                @SuppressWarnings("unchecked")
                Map<String, Object> places = (Map<String, Object>) teams.computeIfAbsent(st.team(), k -> new LinkedHashMap<>());
                places.put(st.place().name(), one);
            }
            t.put("teams", teams);
            t.put("bugs", s.bugs());
            tables.add(t);
        }
        return tables;
    }
}
