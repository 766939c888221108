package org.adjudicator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Placement;

/**
 * The table as printed: the usual columns, then one column for each criterion that had to be
 * applied to a tie (in the regulation's order), then what decided each position.
 */
public final class TableView {
    private final Ranking ranking;
    private final Map<String, String> zones;
    private final Map<String, String> extra = new LinkedHashMap<>();
    private final Map<String, String> base;
    /** The rule of each criterion's column (heading to rule), for its words in another language. */
    private final Map<String, String> columnRules = new LinkedHashMap<>();
    private final Messages messages;
    private final RuleSet rules;

    public TableView(Ranking ranking) {
        this(ranking, Map.of());
    }

    /** With the zone of each team (team to zone), shown in a column of its own when not empty. */
    public TableView(Ranking ranking, Map<String, String> zones) {
        this(ranking, zones, Messages.ENGLISH, null);
    }

    /**
     * In a language: the usual columns under the bundle's headings ({@code column.FIGURE}), a criterion's
     * under its rule's {@code @columnEs}, what decided a position in the rule's {@code @wordingEs}.
     */
    public TableView(Ranking ranking, Map<String, String> zones, Messages messages, RuleSet rules) {
        this.ranking = ranking;
        this.zones = zones;
        this.messages = messages;
        this.rules = rules;
        List<String> order = ranking.precedence() == null ? List.of() : ranking.precedence().getCriteria();
        base = ranking.columns() != null ? ranking.columns().getFigures() : firstFigures(ranking);
        boolean sanctioned = ranking.standings().values().stream()
                .anyMatch(s -> s.get("sanctionPoints") != null && s.get("sanctionPoints") != 0);
        if (sanctioned) extra.put("Adj", "sanctionPoints");
        ranking.explanations().stream()
                .filter(e -> e.step() > 0 && !e.figure().isEmpty() && !e.figure().contains(",") && !base.containsValue(e.figure()))
                .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.rule())))
                .forEach(e -> {
                    extra.putIfAbsent(e.column(), e.figure());
                    columnRules.putIfAbsent(e.column(), e.rule());
                });
    }

    /** The language the view is shown in. */
    public Messages messages() { return messages; }

    /** A column's heading as this language shows it. */
    public String heading(String heading) {
        if (!messages.spanish()) return heading;
        String rule = columnRules.get(heading);
        if (rule != null && rules != null) {
            String es = rules.metadata(rule, "columnEs");
            if (es != null && !es.isEmpty()) return es;
        }
        String figure = columns().get(heading);
        if (figure != null && messages.has("column." + figure)) return messages.text("column." + figure);
        // A column the rules declare under a criterion's own heading (a tie's "Agg"): that criterion's @columnEs,
        // the table's criteria first, then any rule of the set (a tie shows figures its criteria may not use).
        if (rules != null) {
            List<String> criteria = new ArrayList<>(ranking.precedence() == null ? List.of() : ranking.precedence().getCriteria());
            rules.sources().keySet().stream().sorted().forEach(criteria::add);
            for (String criterion : criteria) {
                String es = heading.equals(rules.metadata(criterion, "column")) ? rules.metadata(criterion, "columnEs") : null;
                if (es != null && !es.isEmpty()) return es;
            }
        }
        return heading;
    }

    /** Without columns declared by the rules: the first eight figures of a record, under their own names. */
    private static Map<String, String> firstFigures(Ranking ranking) {
        Map<String, String> columns = new LinkedHashMap<>();
        ranking.standings().values().stream().findFirst().ifPresent(s ->
                s.getFigures().keySet().stream().limit(8).forEach(f -> columns.put(f, f)));
        return columns;
    }


    /** Heading to figure, for every numeric column: the usual ones, then the criteria needed. */
    public Map<String, String> columns() {
        Map<String, String> all = new LinkedHashMap<>(base);
        all.putAll(extra);
        return all;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Placement p : ranking.placements()) {
            Map<String, String> values = new LinkedHashMap<>();
            columns().forEach((heading, figure) -> values.put(heading, ranking.display(p.getTeam(), figure)));
            rows.add(new Row(p.getPosition(), p.isShared(), p.getTeam(), values, zones.get(p.getTeam()), decidedBy(p)));
        }
        return rows;
    }

    private String decidedBy(Placement p) {
        if (p.isShared()) return messages.text("table.shared", p.getNote());
        return p.getSettledBy() == null ? "-" : messages.wording(rules, p.getSettledBy(), p.getSettledBy());
    }

    /** One line of the table. */
    public boolean hasZones() { return !zones.isEmpty(); }

    public record Row(int position, boolean shared, String team, Map<String, String> values, String zone, String decidedBy) {
        public String positionLabel() { return position + (shared ? "=" : ""); }
    }
}
