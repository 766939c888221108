package org.adjudicator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Qualified;
import org.adjudicator.facts.Zone;

/**
 * What one stage of the competition decided, gathered from the adjudication for rendering: its
 * table(s), pairings, ties, zones, qualifications, promotions, violations, and what it waits for.
 */
public record StageView(String id, String title, List<Ranking> tables, List<Pairing> pairings, List<Ranking> ties,
                        List<Qualified> qualified, List<Notice> notices, List<Match> unplayed) {

    /** The stages that have something to show, in the regulation's order. */
    public static List<StageView> of(Adjudication a) {
        List<StageView> views = new ArrayList<>();
        // The stages the rules declare, then any other stage a table or a pairing belongs to.
        List<String> stages = new ArrayList<>(a.stages());
        a.rankings().forEach(r -> { if (!stages.contains(r.table().getStage())) stages.add(r.table().getStage()); });
        a.pairings().forEach(p -> { if (!stages.contains(p.stage())) stages.add(p.stage()); });
        for (String stage : stages) {
            List<Ranking> tables = a.leagueTables().stream().filter(r -> r.table().getStage().equals(stage)).toList();
            List<Ranking> ties = a.ties(stage);
            Set<String> matchStages = new LinkedHashSet<>();
            tables.forEach(t -> matchStages.addAll(t.table().getMatchStages()));
            if (!ties.isEmpty() || a.pairings().stream().anyMatch(p -> p.stage().equals(stage))) matchStages.add(stage);
            List<Match> unplayed = a.tournament().matches().stream()
                    .filter(m -> !m.isDecided() && matchStages.contains(m.getStage())).toList();
            StageView view = new StageView(stage, title(stage), tables,
                    a.pairings().stream().filter(p -> p.stage().equals(stage)).toList(), ties,
                    a.qualified().stream().filter(q -> q.stage().equals(stage)).toList(),
                    a.notices().stream().filter(n -> n.stage().equals(stage)).toList(), unplayed);
            if (view.hasContent()) views.add(view);
        }
        return views;
    }

    public static String title(String stage) {
        String words = stage.replace('-', ' ').replace(" finals", "-finals");
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    boolean hasContent() {
        return !tables.isEmpty() || !pairings.isEmpty() || !ties.isEmpty() || !notices.isEmpty();
    }

    public boolean complete() {
        return unplayed.isEmpty() && notices.stream().noneMatch(Notice::waiting) && ties.stream().allMatch(t -> t.winner() != null);
    }

    /** The zones the rules gave the teams of a table, in its order. */
    public static List<Zone> zonesIn(Adjudication a, String table) {
        return a.zones().stream().filter(z -> z.table().equals(table)).toList();
    }

    /** "complete", or what the stage waits for. */
    public String status() {
        if (complete()) return "complete";
        List<String> parts = new ArrayList<>();
        if (!unplayed.isEmpty()) parts.add("waits for " + unplayed.size() + " match(es): " + String.join(", ",
                unplayed.stream().limit(6).map(Match::label).toList()) + (unplayed.size() > 6 ? ", ..." : ""));
        ties.stream().filter(t -> t.winner() == null).forEach(t -> parts.add(t.name() + " undecided"));
        if (parts.isEmpty()) parts.add("not decided: see the notes below");
        return String.join("; ", parts);
    }

    /** The zone of each team of a table, for its Zone column. */
    public static Map<String, String> zonesOf(Adjudication a, String table) {
        Map<String, String> zones = new LinkedHashMap<>();
        for (Zone z : a.zones()) if (z.table().equals(table)) zones.put(z.team(), z.zone());
        return zones;
    }

    /** The zone of each team of a table as a reader sees it: "round of 16 (provisional)" while the table has matches left. */
    public static Map<String, String> zoneLabelsOf(Adjudication a, String table) {
        Map<String, String> zones = new LinkedHashMap<>();
        for (Zone z : a.zones()) if (z.table().equals(table)) zones.put(z.team(), z.zone() + (z.provisional() ? PROVISIONAL : ""));
        return zones;
    }

    /** How a provisional zone is marked in text and Markdown. */
    public static final String PROVISIONAL = " (provisional)";

    /** The two legs of a tie: the legs of its stage between its two teams. */
    public static List<Match> legs(Adjudication a, Ranking tie) {
        List<String> teams = tie.table().getTeams();
        return a.tournament().matches().stream()
                .filter(m -> m.getLeg() != null && m.getStage().equals(tie.table().getStage())
                        && m.involves(teams.get(0)) && m.involves(teams.get(1)))
                .sorted(java.util.Comparator.comparingInt(Match::getLeg)).toList();
    }

    /** "Las Palmas wins on aggregate score, 3-1." or why the tie is undecided. */
    public static String tieSentence(Ranking tie) {
        List<String> teams = tie.table().getTeams();
        PairVerdict v = PairVerdict.of(tie, teams.get(0), teams.get(1));
        Explanation d = v.decisive();
        if (d == null) return "undecided.";
        if (v.shared()) return d.description();
        String level = v.levelOn().stream().map(e -> PairVerdict.lowerFirst(e.wording()) + " ("
                + e.values().get(v.upper()) + "-" + e.values().get(v.lower()) + ")").reduce((x, y) -> x + ", " + y).orElse("");
        return v.upper() + " wins on " + PairVerdict.lowerFirst(d.wording()) + ", " + d.values().get(v.upper()) + "-"
                + d.values().get(v.lower()) + (level.isEmpty() ? "" : ", after level " + level)
                + (d.workingsOf(List.of(v.upper(), v.lower())).isEmpty() ? "" : ": " + d.workingsOf(List.of(v.upper(), v.lower()))) + ".";
    }
}
