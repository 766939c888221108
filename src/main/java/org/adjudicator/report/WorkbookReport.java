package org.adjudicator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Qualified;
import org.adjudicator.facts.Standing;
import org.adjudicator.facts.Violation;
import org.adjudicator.facts.Zone;
import org.adjudicator.sheet.MatchSheet;
import org.adjudicator.sheet.Sheet;

/**
 * The adjudication as a workbook (XLSX, or one sheet as CSV): a sheet per stage (its table with
 * the figures, zone and what decided each place; or its ties with their legs and winner), a sheet
 * of every decision with its rule and wording, a sheet of what each stage waits for, and the
 * matches as {@code import} reads them. Figures are numbers. Headings in Spanish or English; the
 * texts the rules write are as they write them.
 */
public final class WorkbookReport {
    private WorkbookReport() {
    }

    /** The fixed headings, English then Spanish. */
    private static final Map<String, String> SPANISH = Map.ofEntries(
            Map.entry("Pos", "Pos."), Map.entry("Team", "Equipo"), Map.entry("Zone", "Zona"), Map.entry("Decided by", "Definido por"),
            Map.entry("Table", "Tabla"), Map.entry("Tie", "Llave"), Map.entry("Team A", "Equipo A"), Map.entry("Team B", "Equipo B"),
            Map.entry("Leg 1", "Ida"), Map.entry("Leg 2", "Vuelta"), Map.entry("Winner", "Ganador"), Map.entry("Figures", "Cifras"),
            Map.entry("Stage", "Etapa"), Map.entry("About", "Sobre"), Map.entry("Decision", "Decisión"), Map.entry("Rule", "Regla"),
            Map.entry("File", "Archivo"), Map.entry("Status", "Estado"), Map.entry("Waits for", "Espera"),
            Map.entry("Decisions", "Decisiones"), Map.entry("Waiting", "Pendiente"), Map.entry("ties", "llaves"),
            Map.entry("complete", "completa"), Map.entry("waits", "espera"));

    private static String word(String english, String language) {
        return "es".equals(language) ? SPANISH.getOrDefault(english, english) : english;
    }

    private static List<String> words(String language, String... english) {
        List<String> out = new ArrayList<>();
        for (String e : english) out.add(word(e, language));
        return out;
    }

    /** Every sheet of a run: the stages, the decisions, what each stage waits for, the matches. */
    public static List<Sheet> run(Adjudication a, String language) {
        List<Sheet> sheets = new ArrayList<>();
        List<StageView> stages = StageView.of(a);
        for (StageView stage : stages) {
            if (!stage.tables().isEmpty()) sheets.add(tables(a, stage.title(), stage.tables(), language));
            if (!stage.ties().isEmpty()) {
                sheets.add(ties(a, stage.tables().isEmpty() ? stage.title() : stage.title() + " - " + word("ties", language),
                        stage.ties(), language));
            }
        }
        sheets.add(decisions(a, stages, language));
        sheets.add(waiting(stages, language));
        sheets.add(MatchSheet.of(a.tournament().matches(), language));
        return sheets;
    }

    /** One table's sheet and the sheet of its decisions (rank). */
    public static List<Sheet> rank(Adjudication a, Ranking table, String language) {
        List<List<Object>> rows = new ArrayList<>();
        decisionsOf(a, "", table, rows);
        return List.of(tables(a, table.name(), List.of(table), language),
                new Sheet(word("Decisions", language), words(language, "Stage", "About", "Decision", "Decided by", "Rule", "File"), rows));
    }

    /** A stage's table(s): Pos, Team, the figures the table shows, Zone, Decided by (a Table column first when there are several). */
    static Sheet tables(Adjudication a, String name, List<Ranking> tables, String language) {
        boolean several = tables.size() > 1;
        List<String> headings = new ArrayList<>();
        if (several) headings.add(word("Table", language));
        headings.addAll(words(language, "Pos", "Team"));
        // The columns of the first table; a group's table shows the same figures as its siblings.
        TableView first = new TableView(tables.get(0), StageView.zoneLabelsOf(a, tables.get(0).name()));
        Map<String, String> columns = new java.util.LinkedHashMap<>(first.columns());
        for (Ranking t : tables.subList(1, tables.size())) new TableView(t).columns().forEach(columns::putIfAbsent);
        headings.addAll(columns.keySet());
        boolean zones = tables.stream().anyMatch(t -> !StageView.zonesOf(a, t.name()).isEmpty());
        if (zones) headings.add(word("Zone", language));
        headings.add(word("Decided by", language));
        List<List<Object>> rows = new ArrayList<>();
        for (Ranking t : tables) {
            TableView view = new TableView(t, StageView.zoneLabelsOf(a, t.name()));
            for (TableView.Row row : view.rows()) {
                List<Object> cells = new ArrayList<>();
                if (several) cells.add(t.name());
                cells.add(row.shared() ? row.positionLabel() : (Object) row.position());
                cells.add(row.team());
                Standing s = t.standings().get(row.team());
                for (String figure : columns.values()) cells.add(s == null ? null : s.get(figure));
                if (zones) cells.add(row.zone());
                cells.add(row.decidedBy());
                rows.add(cells);
            }
        }
        return new Sheet(name, headings, rows);
    }

    /** A stage's ties: the tie, its teams, its legs, the winner, what decided it and the deciding figures. */
    static Sheet ties(Adjudication a, String name, List<Ranking> ties, String language) {
        List<List<Object>> rows = new ArrayList<>();
        for (Ranking tie : ties) {
            List<String> teams = tie.table().getTeams();
            List<Match> legs = StageView.legs(a, tie);
            PairVerdict v = PairVerdict.of(tie, teams.get(0), teams.get(1));
            Explanation d = v.decisive();
            List<Object> cells = new ArrayList<>();
            cells.add(tie.name());
            cells.add(teams.get(0));
            cells.add(teams.get(1));
            cells.add(legs.size() > 0 ? legs.get(0).label() : null);
            cells.add(legs.size() > 1 ? legs.get(1).label() : null);
            cells.add(tie.winner());
            cells.add(d == null ? null : d.wording());
            cells.add(d == null || tie.winner() == null ? null : d.values().get(v.upper()) + "-" + d.values().get(v.lower()));
            cells.add(StageView.tieSentence(tie));
            rows.add(cells);
        }
        return new Sheet(name, words(language, "Tie", "Team A", "Team B", "Leg 1", "Leg 2", "Winner", "Decided by", "Figures", "Decision"), rows);
    }

    /** Every decision: the places of each table, zones, pairings, ties, qualifications, promotions, violations. */
    static Sheet decisions(Adjudication a, List<StageView> stages, String language) {
        List<List<Object>> rows = new ArrayList<>();
        for (Violation v : a.violations()) rows.add(decision("", String.join(", ", v.teams()), v.description(), v.restriction(), a, v.rule()));
        for (StageView stage : stages) {
            for (Ranking t : stage.tables()) {
                decisionsOf(a, stage.title(), t, rows);
                for (Zone z : StageView.zonesIn(a, t.name())) rows.add(decision(stage.title(), z.team(), z.description(), z.zone(), a, z.rule()));
            }
            for (Pairing p : stage.pairings()) rows.add(decision(stage.title(), p.better() + " - " + p.worse(), p.description(), "", a, p.rule()));
            for (Ranking tie : stage.ties()) {
                PairVerdict v = PairVerdict.of(tie, tie.table().getTeams().get(0), tie.table().getTeams().get(1));
                Explanation d = v.decisive();
                rows.add(decision(stage.title(), tie.name(), StageView.tieSentence(tie), d == null ? "" : d.wording(), a, d == null ? null : d.rule()));
            }
            for (Qualified q : stage.qualified()) rows.add(decision(stage.title(), q.team(), q.description(), q.via(), a, q.rule()));
            for (Notice n : stage.notices()) if (!n.waiting()) rows.add(decision(stage.title(), "", n.description(), "", a, n.rule()));
        }
        for (Promotion p : a.promotions()) rows.add(decision(StageView.title("promotion"), p.team(), p.description(), p.to(), a, p.rule()));
        return new Sheet(word("Decisions", language), words(language, "Stage", "About", "Decision", "Decided by", "Rule", "File"), rows);
    }

    /** For each two neighbours of a table, what placed one above the other, in the rules' words. */
    private static void decisionsOf(Adjudication a, String stage, Ranking t, List<List<Object>> rows) {
        List<Placement> order = t.placements();
        for (int i = 0; i + 1 < order.size(); i++) {
            PairVerdict v = PairVerdict.of(t, order.get(i).getTeam(), order.get(i + 1).getTeam());
            Explanation d = v.decisive();
            rows.add(decision(stage, t.name() + ": " + v.upper() + " / " + v.lower(), v.sentence(), d == null ? "" : d.wording(), a,
                    d == null ? null : d.rule()));
        }
    }

    private static List<Object> decision(String stage, String about, String decision, String decidedBy, Adjudication a, String rule) {
        List<Object> row = new ArrayList<>();
        row.add(stage);
        row.add(about);
        row.add(decision);
        row.add(decidedBy == null || decidedBy.isEmpty() ? null : decidedBy);
        row.add(rule);
        row.add(rule == null ? null : a.rules().fileOf(rule));
        return row;
    }

    /** What each stage waits for: one row per match left, per undecided tie and per note that it waits; "complete" otherwise. */
    static Sheet waiting(List<StageView> stages, String language) {
        List<List<Object>> rows = new ArrayList<>();
        for (StageView stage : stages) {
            if (stage.complete()) {
                rows.add(List.of(stage.title(), word("complete", language), ""));
                continue;
            }
            String waits = word("waits", language);
            for (Match m : stage.unplayed()) rows.add(List.of(stage.title(), waits, m.label()));
            for (Ranking tie : stage.ties()) if (tie.winner() == null) rows.add(List.of(stage.title(), waits, tie.name() + ": " + StageView.tieSentence(tie)));
            for (Notice n : stage.notices()) if (n.waiting()) rows.add(List.of(stage.title(), waits, n.description()));
        }
        return new Sheet(word("Waiting", language), words(language, "Stage", "Status", "Waits for"), rows);
    }
}
