package org.adjudicator.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Standing;

/**
 * The table and its decisions as one JSON document: {@code ranking} (rows; teams that share a
 * position have the same {@code position}), {@code decisions} (every explanation the rules
 * inserted) and {@code pairs} (why each team stands above the next).
 */
@Singleton
public class JsonReport {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void rank(Adjudication adjudication, Ranking ranking, PrintWriter out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", adjudication.tournament().name());
        document.put("rules", adjudication.rules().name());
        document.putAll(table(adjudication.rules(), ranking, Map.of()));
        document.put("adjustments", adjudication.adjustmentsOf(ranking.name()).stream().map(x -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("team", x.team());
            json.put("rule", x.rule());
            json.put("file", adjudication.rules().fileOf(x.rule()));
            json.put("description", x.description());
            return json;
        }).toList());
        if (!adjudication.trace().isEmpty()) document.put("trace", adjudication.trace());
        write(document, out);
    }

    /** One table: its name, criteria, ranking rows, decisions and neighbour pairs. */
    static Map<String, Object> table(RuleSet rules, Ranking ranking, Map<String, String> zones) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("table", ranking.name());
        json.put("criteria", ranking.precedence().getCriteria());
        json.put("ranking", ranking(rules, ranking, zones));
        json.put("decisions", decisions(rules, ranking));
        json.put("pairs", pairs(rules, ranking));
        return json;
    }

    public void write(Object document, PrintWriter out) {
        try {
            out.println(mapper.writeValueAsString(document));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static List<Object> ranking(RuleSet rules, Ranking ranking, Map<String, String> zones) {
        List<Object> rows = new ArrayList<>();
        TableView view = new TableView(ranking, zones);
        for (TableView.Row row : view.rows()) {
            Standing s = ranking.standings().get(row.team());
            Placement p = ranking.placementOf(row.team());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("position", row.position());
            json.put("shared", row.shared());
            json.put("team", row.team());
            view.columns().values().forEach(figure -> json.put(figure, s == null ? null : s.get(figure)));
            json.put("figures", s == null ? Map.of() : s.getFigures());
            if (s != null && !s.getUnknown().isEmpty()) json.put("unknown", s.getUnknown());
            if (row.zone() != null) json.put("zone", row.zone());
            json.put("decidedBy", row.decidedBy());
            json.put("rule", p.getRule());
            json.put("file", rules.fileOf(p.getRule()));
            rows.add(json);
        }
        return rows;
    }

    static List<Object> decisions(RuleSet rules, Ranking ranking) {
        List<Object> decisions = new ArrayList<>();
        for (Explanation e : ranking.explanations()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", e.kind());
            json.put("positions", List.of(e.firstPosition(), e.firstPosition() + e.teams().size() - 1));
            json.put("criterion", e.wording());
            json.put("regulation", e.regulation());
            json.put("figure", e.figure());
            json.put("teams", e.teams());
            json.put("values", e.values());
            json.put("outcome", e.outcome());
            json.put("rule", e.rule());
            json.put("file", rules.fileOf(e.rule()));
            json.put("description", e.description());
            decisions.add(json);
        }
        return decisions;
    }

    private static List<Object> pairs(RuleSet rules, Ranking ranking) {
        List<Object> pairs = new ArrayList<>();
        List<Placement> order = ranking.placements();
        for (int i = 0; i + 1 < order.size(); i++) {
            PairVerdict v = PairVerdict.of(ranking, order.get(i).getTeam(), order.get(i + 1).getTeam());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("above", v.upper());
            json.put("below", v.lower());
            json.put("shared", v.shared());
            if (v.decisive() != null) {
                json.put("criterion", v.decisive().wording());
                json.put("regulation", v.decisive().regulation());
                Map<String, String> values = new LinkedHashMap<>();
                if (v.decisive().values().containsKey(v.upper())) {
                    values.put(v.upper(), v.decisive().values().get(v.upper()));
                    values.put(v.lower(), v.decisive().values().get(v.lower()));
                }
                json.put("values", values);
                json.put("rule", v.decisive().rule());
                json.put("file", rules.fileOf(v.decisive().rule()));
            }
            json.put("sentence", v.sentence());
            pairs.add(json);
        }
        return pairs;
    }
}
