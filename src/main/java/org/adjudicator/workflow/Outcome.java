package org.adjudicator.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Zone;
import org.adjudicator.report.PairVerdict;
import org.adjudicator.report.StageView;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What an adjudication decided, in a form two adjudications can be compared on: positions in each
 * league table, zones, pairings, tie winners, promotions, and the stages not decided (each with what
 * it waits for). Built from the rules' decisions and notices only.
 *
 * @param undecided each stage that is not decided, in the regulation's order, with what it waits for
 */
public record Outcome(Adjudication adjudication,
                      Map<String, Map<String, Placement>> positions,
                      Map<String, String> zones,
                      Map<String, List<String>> pairings,
                      Map<String, String> winners,
                      Map<String, String> promotions,
                      Map<String, String> undecided) {

    public static Outcome of(Adjudication a) {
        Map<String, Map<String, Placement>> positions = new LinkedHashMap<>();
        for (Ranking table : a.leagueTables()) {
            Map<String, Placement> byTeam = new LinkedHashMap<>();
            for (Placement p : table.placements()) byTeam.put(p.getTeam(), p);
            positions.put(table.name(), byTeam);
        }
        Map<String, String> zones = new LinkedHashMap<>();
        for (Zone z : a.zones()) zones.put(z.team(), z.zone());
        Map<String, List<String>> pairings = new LinkedHashMap<>();
        for (Pairing p : a.pairings()) {
            pairings.computeIfAbsent(p.stage(), k -> new ArrayList<>()).add(p.better() + " v " + p.worse());
        }
        Map<String, String> winners = new LinkedHashMap<>();
        for (Ranking r : a.rankings()) if (!r.table().isLeague()) winners.put(r.name(), Objects.toString(r.winner(), "undecided"));
        Map<String, String> promotions = new LinkedHashMap<>();
        // Two teams going to one place (the 2nd and 3rd to a play-off) are named together: "A and B".
        for (Promotion p : a.promotions()) promotions.merge(p.to(), p.team(), (x, y) -> x + " and " + y);
        Map<String, String> undecided = new LinkedHashMap<>();
        for (StageView stage : StageView.of(a)) if (!stage.complete()) undecided.put(stage.id(), whyUndecided(stage));
        return new Outcome(a, positions, zones, pairings, winners, promotions, undecided);
    }

    /** What a stage waits for, as its rules say: a stage before it, else its own first note, else its matches. */
    private static String whyUndecided(StageView stage) {
        return stage.notices().stream().filter(Notice::waiting).sorted(Comparator
                        .comparing((Notice n) -> n.waitsFor().isEmpty()).thenComparing(Notice::description))
                .map(Notice::description).map(Outcome::withoutFullStop).findFirst().orElse(stage.status());
    }

    /** A sentence shown inside parentheses: "(... waits for its matches)", not "(... matches.)". */
    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /**
     * Why the competition's outcome is not decided: the first stage, in the regulation's order, that
     * waits for a stage before it (which names that stage and what it waits for); else the first
     * stage not decided. Null when every stage is decided.
     */
    public String whyUndecided() {
        for (Notice n : adjudication.notices()) if (n.waiting() && !n.waitsFor().isEmpty()) return withoutFullStop(n.description());
        return undecided.values().stream().findFirst().orElse(null);
    }

    /** The champion: the team of the first promotion, or null. */
    public String champion() {
        return adjudication.promotions().stream().filter(p -> p.position() == 1).map(Promotion::team).findFirst().orElse(null);
    }

    /** A team's points in a table ("9 pts"), for the sentences that say what changed. */
    public String pointsIn(String table, String team) {
        Ranking r = adjudication.ranking(table);
        if (r == null || r.standings().get(team) == null || r.standings().get(team).get("points") == null) return "?";
        return r.standings().get(team).get("points") + " pts";
    }

    /** The last league table that holds the team (where a champion is decided). */
    public String lastTableOf(String team) {
        String last = null;
        for (Map.Entry<String, Map<String, Placement>> e : positions.entrySet()) if (e.getValue().containsKey(team)) last = e.getKey();
        return last;
    }

    /** Everything that differs from another outcome, in a fixed order, each with before and after. */
    public List<Change> changesTo(Outcome after) {
        return changesTo(after, null);
    }

    /**
     * Everything that differs from another outcome, in a fixed order, each with before and after;
     * each changed position names its cause among {@code causes} (the edits of a what-if, the
     * differences between two sets): the change without which the move does not happen.
     */
    public List<Change> changesTo(Outcome after, Causes causes) {
        List<Change> changes = new ArrayList<>();
        for (String table : union(positions.keySet(), after.positions.keySet())) {
            Map<String, Placement> was = positions.getOrDefault(table, Map.of());
            Map<String, Placement> now = after.positions.getOrDefault(table, Map.of());
            List<String> teams = new ArrayList<>(union(was.keySet(), now.keySet()));
            teams.sort((x, y) -> Integer.compare(position(now.get(x), was.get(x)), position(now.get(y), was.get(y))));
            for (String team : teams) {
                String before = label(was.get(team));
                String afterLabel = label(now.get(team));
                if (!before.equals(afterLabel)) {
                    Placement p = now.get(team);
                    String detail = p != null ? "now " + after.pointsIn(table, team) + why(table, team, afterLabel, after, causes)
                            : causes != null && causes.any() && causes.of(table, team, afterLabel) != null
                            ? "cause: " + causes.of(table, team, afterLabel).words() : "";
                    changes.add(new Change("position", table + ": " + team, before, afterLabel, detail));
                }
            }
        }
        for (String team : union(zones.keySet(), after.zones.keySet())) {
            String before = zones.getOrDefault(team, "-");
            String now = after.zones.getOrDefault(team, "-");
            if (!before.equals(now)) changes.add(new Change("zone", "zone of " + team, before, now, ""));
        }
        for (String stage : union(pairings.keySet(), after.pairings.keySet())) {
            List<String> was = pairings.getOrDefault(stage, List.of());
            List<String> now = after.pairings.getOrDefault(stage, List.of());
            for (String p : was) if (!now.contains(p)) changes.add(new Change("pairing", stage + " pairing", p, "-", "no longer paired"));
            for (String p : now) if (!was.contains(p)) changes.add(new Change("pairing", stage + " pairing", "-", p, "newly paired"));
        }
        for (String tie : union(winners.keySet(), after.winners.keySet())) {
            String before = winners.getOrDefault(tie, tieMissing(tie, after));
            String now = after.winners.getOrDefault(tie, after.tieMissing(tie, this));
            if (!before.equals(now)) changes.add(new Change("winner", "winner of " + tie, before, now, whyWinnerChanged(tie, after)));
        }
        for (String stage : union(undecided.keySet(), after.undecided.keySet())) {
            boolean was = undecided.containsKey(stage);
            boolean now = after.undecided.containsKey(stage);
            if (was != now) {
                changes.add(new Change("stage", StageView.title(stage), was ? "undecided" : "decided", now ? "undecided" : "decided",
                        now ? after.undecided.get(stage) : ""));
            }
        }
        String champion = champion();
        String newChampion = after.champion();
        if (!Objects.equals(champion, newChampion)) {
            String detail = "";
            if (newChampion != null && after.lastTableOf(newChampion) != null) {
                String table = after.lastTableOf(newChampion);
                detail = "now " + after.pointsIn(table, newChampion)
                        + (champion == null ? "" : ", " + champion + " " + after.pointsIn(table, champion).replace(" pts", ""));
            } else if (newChampion == null && after.whyUndecided() != null) {
                detail = after.whyUndecided();
            }
            changes.add(new Change("champion", "champion", championLabel(), after.championLabel(), detail));
        }
        for (String to : union(promotions.keySet(), after.promotions.keySet())) {
            String before = promotions.getOrDefault(to, whyUndecided() == null ? "-" : "undecided");
            String now = after.promotions.getOrDefault(to, after.whyUndecided() == null ? "-" : "undecided");
            if (!before.equals(now)) changes.add(new Change("promotion", "promoted to " + to, before, now, ""));
        }
        return changes;
    }

    /**
     * Why a tie has another winner, in the rules' words, when both outcomes decide it: "level on
     * aggregate score, 1-1: Deportivo Maldonado is placed higher in the general table, 14 against 19;
     * under copa-peru-2017, level on aggregate score, 1-1: ADT won on penalty shoot-out, 4-3".
     */
    private String whyWinnerChanged(String tie, Outcome after) {
        String was = howDecided(adjudication, tie);
        String now = howDecided(after.adjudication, tie);
        if (was == null || now == null) return "";
        String before = adjudication.rules().name().equals(after.adjudication.rules().name())
                ? "before" : "under " + adjudication.rules().name();     // impact compares sets; a what-if, results
        return now + "; " + before + ", " + was;
    }

    /**
     * How the rules decided a tie: the criteria it was level on, then its winner and the deciding
     * criterion's verdict: the rule's {@code @verdict} ("is placed higher in the general table"), or
     * "won on" and its wording. Null when the tie is undecided.
     */
    private static String howDecided(Adjudication a, String tie) {
        Ranking ranking = a.ranking(tie);
        if (ranking == null || ranking.table().isLeague() || ranking.winner() == null) return null;
        List<String> teams = ranking.table().getTeams();
        PairVerdict v = PairVerdict.of(ranking, teams.get(0), teams.get(1));
        Explanation d = v.decisive();
        if (d == null || v.shared()) return null;
        String verdict = metadata(a, d.rule(), "verdict");
        String decided = v.upper() + (verdict == null
                ? " won on " + lower(d.wording()) + ", " + d.values().get(v.upper()) + "-" + d.values().get(v.lower())
                : " " + verdict + ", " + d.values().get(v.upper()) + " against " + d.values().get(v.lower()));
        List<String> level = v.levelOn().stream().map(e -> "level on " + lower(e.wording()) + ", "
                + e.values().get(v.upper()) + "-" + e.values().get(v.lower())).toList();
        return level.isEmpty() ? decided : String.join(", ", level) + ": " + decided;
    }

    /** A rule's metadata value, unquoted, or null. */
    private static String metadata(Adjudication a, String rule, String key) {
        for (KiePackage pkg : a.rules().kieBase().getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (!r.getName().equals(rule) || r.getMetaData().get(key) == null) continue;
                String value = r.getMetaData().get(key).toString();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** The champion, "undecided" while a stage is not decided, or "-" when the rules name none. */
    private String championLabel() {
        String champion = champion();
        return champion != null ? champion : whyUndecided() == null ? "-" : "undecided";
    }

    /** A tie ranked in the other outcome but not in this one: undecided while its stage is not decided. */
    private String tieMissing(String tie, Outcome other) {
        Ranking ranked = other.adjudication.ranking(tie);
        return ranked != null && undecided.containsKey(ranked.table().getStage()) ? "undecided" : "-";
    }

    /**
     * Why a team is at its new place, after its points: "; criterion responsible: ..." as
     * {@link #responsible} finds it when no causes are given; else the cause first (the change
     * without which the move does not happen), then, between two sets, the criterion through which
     * that change moved it, and after a what-if's edits the criterion that places it now.
     */
    private String why(String table, String team, String now, Outcome after, Causes causes) {
        Causes.Cause cause = causes == null || !causes.any() ? null : causes.of(table, team, now);
        if (cause == null) {
            String responsible = responsible(table, team, after);
            return responsible == null ? "" : "; criterion responsible: " + responsible;
        }
        String words = "; cause: " + cause.words();
        if (sameResults(adjudication, after.adjudication)) {
            // Between two sets: the one difference's effect, found between the set without it and the set with all.
            Causes.Change single = cause.single();
            Adjudication without = single == null ? null : causes.without(single);
            String through = without == null ? null : new Responsibility(without.ranking(table), after.adjudication.ranking(table)).of(team);
            return words + (through == null ? "" : "; criterion responsible: " + through);
        }
        Placement p = after.positions.get(table).get(team);
        return words + (p == null || p.getSettledBy() == null ? "" : "; placed by " + lower(p.getSettledBy()));
    }

    /**
     * The criterion behind a team's new position, in words. Between two regulation sets applied to
     * the same results (impact, a what-if with only --rules): what changed between the sets that
     * moved the team (see {@link Responsibility}). Otherwise, or when that shows nothing: the first
     * criterion, in the order applied, that separated the team from others differently than before
     * (a new criterion, or another one); when the chain is the same, the criterion that now settles
     * its position.
     */
    private String responsible(String table, String team, Outcome after) {
        if (sameResults(adjudication, after.adjudication)) {
            String changed = new Responsibility(adjudication.ranking(table), after.adjudication.ranking(table)).of(team);
            if (changed != null) return changed;
        }
        List<String> was = separatingCriteria(adjudication.ranking(table), team);
        List<String> now = separatingCriteria(after.adjudication.ranking(table), team);
        for (int i = 0; i < now.size(); i++) {
            if (i >= was.size() || !was.get(i).equals(now.get(i))) return lower(now.get(i));
        }
        Placement p = after.positions.get(table).get(team);
        return p == null || p.getSettledBy() == null ? null : lower(p.getSettledBy());
    }

    /** True when both adjudications read the same results, sanctions and withdrawals: only the rules can differ. */
    private static boolean sameResults(Adjudication a, Adjudication b) {
        return a.tournament().matches().equals(b.tournament().matches()) && a.tournament().sanctions().equals(b.tournament().sanctions())
                && a.tournament().withdrawals().equals(b.tournament().withdrawals());
    }

    private static List<String> separatingCriteria(Ranking ranking, String team) {
        if (ranking == null) return List.of();
        return ranking.explanations().stream()
                .filter(e -> e.involves(team) && org.adjudicator.facts.Explanation.SEPARATED.equals(e.kind()))
                .map(org.adjudicator.facts.Explanation::rule).toList();
    }

    private static int position(Placement now, Placement was) {
        Placement p = now != null ? now : was;
        return p == null ? Integer.MAX_VALUE : p.getPosition();
    }

    private static String label(Placement p) {
        return p == null ? "-" : p.getPosition() + (p.isShared() ? "=" : "");
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> List<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        for (T x : b) if (!all.contains(x)) all.add(x);
        return all;
    }

    /** One difference: what (kind, subject), before, after, and the figures behind it. */
    public record Change(String kind, String subject, String before, String after, String detail) {
        public String sentence() {
            return subject + ": " + before + " -> " + after + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }
}
