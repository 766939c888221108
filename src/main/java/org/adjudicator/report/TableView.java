package org.adjudicator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Standing;

/**
 * The table as printed: the usual columns, then one column for each criterion that had to be
 * applied to a tie (in the regulation's order), then what decided each position.
 */
public final class TableView {
    /** The usual columns of a football table: heading and the figure of the record it shows. */
    static final Map<String, String> BASE = baseColumns();

    private final Ranking ranking;
    private final Map<String, String> zones;
    private final Map<String, String> extra = new LinkedHashMap<>();

    public TableView(Ranking ranking) {
        this(ranking, Map.of());
    }

    /** With the zone of each team (team to zone), shown in a column of its own when not empty. */
    public TableView(Ranking ranking, Map<String, String> zones) {
        this.ranking = ranking;
        this.zones = zones;
        List<String> order = ranking.precedence() == null ? List.of() : ranking.precedence().getCriteria();
        boolean sanctioned = ranking.standings().values().stream()
                .anyMatch(s -> s.get("sanctionPoints") != null && s.get("sanctionPoints") != 0);
        if (sanctioned) extra.put("Adj", "sanctionPoints");
        ranking.explanations().stream()
                .filter(e -> e.step() > 0 && !e.figure().isEmpty() && !e.figure().contains(",") && !BASE.containsValue(e.figure()))
                .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.rule())))
                .forEach(e -> extra.putIfAbsent(e.column(), e.figure()));
    }

    private static Map<String, String> baseColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("P", "played");
        columns.put("W", "won");
        columns.put("D", "drawn");
        columns.put("L", "lost");
        columns.put("GF", "goalsFor");
        columns.put("GA", "goalsAgainst");
        columns.put("GD", "goalDifference");
        columns.put("Pts", "points");
        return columns;
    }

    /** Heading to figure, for every numeric column: the usual ones, then the criteria needed. */
    public Map<String, String> columns() {
        Map<String, String> all = new LinkedHashMap<>(BASE);
        all.putAll(extra);
        return all;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Placement p : ranking.placements()) {
            Standing s = ranking.standings().get(p.getTeam());
            Map<String, String> values = new LinkedHashMap<>();
            columns().forEach((heading, figure) -> values.put(heading, s == null ? "?" : s.display(figure)));
            rows.add(new Row(p.getPosition(), p.isShared(), p.getTeam(), values, zones.get(p.getTeam()), decidedBy(p)));
        }
        return rows;
    }

    private String decidedBy(Placement p) {
        if (p.isShared()) return "shared: " + p.getNote();
        return p.getSettledBy() == null ? "-" : p.getSettledBy();
    }

    /** One line of the table. */
    public boolean hasZones() { return !zones.isEmpty(); }

    public record Row(int position, boolean shared, String team, Map<String, String> values, String zone, String decidedBy) {
        public String positionLabel() { return position + (shared ? "=" : ""); }
    }
}
