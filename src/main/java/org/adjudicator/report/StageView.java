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
import org.adjudicator.engine.RuleSet;
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
        return status(Messages.ENGLISH);
    }

    /** In a language (match labels stay as the scenario's: team names and scores). */
    public String status(Messages m) {
        return status(m, null);
    }

    /** The same, a waiting match's stage as {@code rules} word it ("Dieciseisavos de final", not round-of-32). */
    public String status(Messages m, RuleSet rules) {
        if (complete()) return m.text("stage.complete");
        List<String> parts = new ArrayList<>();
        if (!unplayed.isEmpty()) parts.add(m.text("stage.waits", unplayed.size(), String.join(", ",
                unplayed.stream().limit(6).map(x -> label(m, rules, x)).toList()) + (unplayed.size() > 6 ? ", ..." : "")));
        ties.stream().filter(t -> t.winner() == null).forEach(t -> parts.add(m.text("stage.tieUndecided", tieName(m, t.name()))));
        if (parts.isEmpty()) parts.add(m.text("stage.notDecided"));
        return String.join("; ", parts);
    }

    /**
     * A match as a reader sees it: "ADT 1-0 Deportivo Maldonado (repechage, leg 1)". In English the
     * match's own label; in another language the same parts in its words, the stage in the set's.
     */
    public static String label(Messages m, org.adjudicator.engine.RuleSet rules, Match x) {
        if (!m.spanish()) return x.label();
        String score = x.isPlayed() ? " " + x.getHomeGoals() + "-" + x.getAwayGoals() + " " : " v ";
        List<String> extra = new ArrayList<>();
        if (x.hasExtraTime()) extra.add(m.text("match.extraTime", String.valueOf(x.extraTimeGoalsFor(x.getHome())), String.valueOf(x.extraTimeGoalsFor(x.getAway()))));
        if (x.hasPenalties()) extra.add(m.text("match.penalties", String.valueOf(x.penaltiesFor(x.getHome())), String.valueOf(x.penaltiesFor(x.getAway()))));
        String stage = x.getStage() == null || x.getStage().isEmpty() ? "" : m.stage(rules, x.getStage(), x.getStage()).toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        if (x.getRound() != null) parts.add(m.text("match.round", String.valueOf(x.getRound())));
        else if (x.getLeg() != null) parts.add(stage.isEmpty() ? m.text("match.leg", "", x.getLeg()).substring(2) : m.text("match.leg", stage, x.getLeg()));
        parts.addAll(extra);
        return x.getHome() + score + x.getAway() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    /** The zone of each team of a table, for its Zone column. */
    public static Map<String, String> zonesOf(Adjudication a, String table) {
        Map<String, String> zones = new LinkedHashMap<>();
        for (Zone z : a.zones()) if (z.table().equals(table)) zones.put(z.team(), z.zone());
        return zones;
    }

    /** The zone of each team of a table as a reader sees it: "round of 16 (provisional)" while the table has matches left. */
    public static Map<String, String> zoneLabelsOf(Adjudication a, String table) {
        return zoneLabelsOf(a, table, Messages.ENGLISH);
    }

    /** In a language: the zone in the words its rule gives it ({@code @wordingEs}). */
    public static Map<String, String> zoneLabelsOf(Adjudication a, String table, Messages m) {
        Map<String, String> zones = new LinkedHashMap<>();
        for (Zone z : a.zones()) {
            if (z.table().equals(table)) zones.put(z.team(), zoneName(m, a.rules(), z) + (z.provisional() ? " " + m.text("table.provisional") : ""));
        }
        return zones;
    }

    /** A zone's name: its rule's {@code @wordingEs} in Spanish, else the name the rules give it. */
    public static String zoneName(Messages m, org.adjudicator.engine.RuleSet rules, Zone z) {
        return m.wording(rules, z.rule(), z.zone());
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

    /** A tie's name as the rules give it ("Tie R6"), in another language with its word for a tie ("Llave R6"). */
    public static String tieName(Messages m, String name) {
        return m.spanish() && name.startsWith("Tie ") ? m.text("tie.name", name.substring(4)) : name;
    }

    /** "Las Palmas wins on aggregate score, 3-1." or why the tie is undecided. */
    public static String tieSentence(Ranking tie) {
        return tieSentence(tie, Messages.ENGLISH, null);
    }

    /** In a language, each criterion in its rule's words for it. */
    public static String tieSentence(Ranking tie, Messages m, org.adjudicator.engine.RuleSet rules) {
        List<String> teams = tie.table().getTeams();
        PairVerdict v = PairVerdict.of(tie, teams.get(0), teams.get(1));
        Explanation d = v.decisive();
        if (d == null) return m.text("tie.undecided");
        if (v.shared()) return PairVerdict.description(m, rules, d);
        String level = v.levelOn().stream().map(e -> PairVerdict.lowerFirst(m.wording(rules, e.rule(), e.wording())) + " ("
                + e.values().get(v.upper()) + "-" + e.values().get(v.lower()) + ")").reduce((x, y) -> x + ", " + y).orElse("");
        return m.text("tie.wins", v.upper(), PairVerdict.lowerFirst(m.wording(rules, d.rule(), d.wording())), d.values().get(v.upper()),
                d.values().get(v.lower()), level.isEmpty() ? "" : m.text("tie.afterLevel", level),
                d.workingsOf(List.of(v.upper(), v.lower())).isEmpty() ? "" : ": " + m.workings(d.workingsOf(List.of(v.upper(), v.lower()))));
    }
}
