package org.adjudicator.report;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Qualified;
import org.adjudicator.facts.Violation;
import org.adjudicator.facts.Zone;

/**
 * Every stage as one JSON document: {@code stages} (each with its {@code ranking} rows, with
 * {@code zone} where it has zones, or its {@code ties}, with {@code teams}, {@code winner} and the
 * deciding figures), and {@code promotions}.
 */
@Singleton
public class RunJson {
    @Inject
    JsonReport json;

    public void write(Adjudication a, PrintWriter out) {
        write(a, Map.of(), out);
    }

    /** With more top-level entries after the stages (the clinched / eliminated status). */
    public void write(Adjudication a, Map<String, Object> more, PrintWriter out) {
        json.write(document(a, more), out);
    }

    /** The document that {@link #write} writes, for a caller that embeds it in its own JSON (the workspace's answers). */
    public Map<String, Object> document(Adjudication a, Map<String, Object> more) {
        RuleSet rules = a.rules();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", a.tournament().name());
        document.put("rules", rules.name());
        List<Object> stages = new ArrayList<>();
        for (StageView stage : StageView.of(a)) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("stage", stage.id());
            s.put("title", stage.title());
            s.put("complete", stage.complete());
            s.put("waitingFor", stage.unplayed().stream().map(Match::label).toList());
            if (stage.tables().size() == 1) {
                s.putAll(JsonReport.table(rules, stage.tables().get(0), StageView.zonesOf(a, stage.tables().get(0).name())));
            } else if (!stage.tables().isEmpty()) {
                s.put("tables", stage.tables().stream().map(t -> JsonReport.table(rules, t, StageView.zonesOf(a, t.name()))).toList());
            }
            List<Zone> zones = stage.tables().stream().flatMap(t -> StageView.zonesIn(a, t.name()).stream()).toList();
            if (!zones.isEmpty()) s.put("zones", zones.stream().map(z -> zone(rules, z)).toList());
            if (!stage.qualified().isEmpty()) s.put("qualified", stage.qualified().stream().map(q -> qualified(rules, q)).toList());
            if (!stage.pairings().isEmpty()) s.put("pairings", stage.pairings().stream().map(p -> pairing(rules, p)).toList());
            if (!stage.ties().isEmpty()) s.put("ties", stage.ties().stream().map(t -> tie(a, t)).toList());
            s.put("notices", stage.notices().stream().map(Notice::description).toList());
            stages.add(s);
        }
        document.put("violations", a.violations().stream().map(v -> violation(rules, v)).toList());
        document.put("stages", stages);
        document.put("promotions", a.promotions().stream().map(p -> promotion(rules, p)).toList());
        document.putAll(more);
        return document;
    }

    private static Map<String, Object> tie(Adjudication a, Ranking tie) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tie", tie.name());
        json.put("teams", tie.table().getTeams());
        json.put("legs", StageView.legs(a, tie).stream().map(Match::label).toList());
        json.put("winner", tie.winner());
        List<String> teams = tie.table().getTeams();
        PairVerdict v = PairVerdict.of(tie, teams.get(0), teams.get(1));
        Explanation d = v.decisive();
        if (d != null) {
            json.put("decidedBy", d.wording());
            json.put("figures", d.values());
            json.put("rule", d.rule());
            json.put("file", a.rules().fileOf(d.rule()));
        }
        json.put("description", StageView.tieSentence(tie));
        return json;
    }

    private static Map<String, Object> pairing(RuleSet rules, Pairing p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", p.number());
        json.put("better", p.better());
        json.put("betterPosition", p.betterPosition());
        json.put("worse", p.worse());
        json.put("worsePosition", p.worsePosition());
        json.put("rule", p.rule());
        json.put("file", rules.fileOf(p.rule()));
        json.put("description", p.description());
        return json;
    }

    private static Map<String, Object> zone(RuleSet rules, Zone z) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("team", z.team());
        json.put("position", z.position());
        json.put("zone", z.zone());
        if (z.provisional()) json.put("provisional", true);
        json.put("rule", z.rule());
        json.put("file", rules.fileOf(z.rule()));
        json.put("description", z.description());
        return json;
    }

    private static Map<String, Object> qualified(RuleSet rules, Qualified q) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("team", q.team());
        json.put("position", q.position());
        json.put("via", q.via());
        json.put("rule", q.rule());
        json.put("description", q.description());
        return json;
    }

    private static Map<String, Object> promotion(RuleSet rules, Promotion p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("team", p.team());
        json.put("position", p.position());
        json.put("to", p.to());
        json.put("rule", p.rule());
        json.put("file", rules.fileOf(p.rule()));
        json.put("description", p.description());
        return json;
    }

    private static Map<String, Object> violation(RuleSet rules, Violation v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("restriction", v.restriction());
        json.put("teams", v.teams());
        json.put("matches", v.matches());
        json.put("rule", v.rule());
        json.put("file", rules.fileOf(v.rule()));
        json.put("description", v.description());
        return json;
    }
}
