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
import org.adjudicator.report.Messages;
import org.adjudicator.report.PairVerdict;
import org.adjudicator.report.StageView;
import org.adjudicator.report.WorkflowWords;
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

    /** The same in a language: the notice chosen as in English, said in {@code m} (a notice the rules word only in English as written). */
    private static String whyUndecided(Adjudication a, StageView stage, Messages m) {
        return stage.notices().stream().filter(Notice::waiting).sorted(Comparator
                        .comparing((Notice n) -> n.waitsFor().isEmpty()).thenComparing(Notice::description))
                .map(n -> m.notice(a, n)).map(Outcome::withoutFullStop).findFirst().orElse(stage.status(m, a.rules()));
    }

    /** Each stage not decided with what it waits for, in a language (in English, {@link #undecided()}). */
    private Map<String, String> undecided(Messages m) {
        if (!m.spanish()) return undecided;
        Map<String, String> said = new LinkedHashMap<>();
        for (StageView stage : StageView.of(adjudication)) if (!stage.complete()) said.put(stage.id(), whyUndecided(adjudication, stage, m));
        return said;
    }

    /** Why the competition is not decided, in a language (in English, {@link #whyUndecided()}). */
    private String whyUndecided(Messages m) {
        if (!m.spanish()) return whyUndecided();
        for (Notice n : adjudication.notices()) {
            if (n.waiting() && !n.waitsFor().isEmpty()) return withoutFullStop(m.notice(adjudication, n));
        }
        return undecided(m).values().stream().findFirst().orElse(null);
    }

    /** The teams promoted to each place, two to one place named together, in a language ("A and B", "A y B"). */
    private Map<String, String> promotions(Messages m) {
        if (!m.spanish()) return promotions;
        Map<String, List<String>> teams = new LinkedHashMap<>();
        for (Promotion p : adjudication.promotions()) teams.computeIfAbsent(p.to(), k -> new ArrayList<>()).add(p.team());
        Map<String, String> said = new LinkedHashMap<>();
        teams.forEach((to, named) -> said.put(to, m.and(named)));
        return said;
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
        return pointsIn(table, team, Messages.ENGLISH);
    }

    private String pointsIn(String table, String team, Messages m) {
        Ranking r = adjudication.ranking(table);
        if (r == null || r.standings().get(team) == null || r.standings().get(team).get("points") == null) return "?";
        return m.text("workflow.points", String.valueOf(r.standings().get(team).get("points")));
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
        return changesTo(after, causes, Messages.ENGLISH);
    }

    /** The same, said in a language: the regulation's names (tables, zones, stages, criteria) in the set's words. */
    public List<Change> changesTo(Outcome after, Causes causes, Messages m) {
        List<Change> changes = new ArrayList<>();
        String undecidedWord = m.text("workflow.undecided");
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
                    String detail = p != null ? m.text("workflow.now", after.pointsIn(table, team, m), why(table, team, afterLabel, after, causes, m))
                            : causes != null && causes.any() && causes.of(table, team, afterLabel) != null
                            ? m.text("workflow.cause", causes.of(table, team, afterLabel).words(m)) : "";
                    String shown = WorkflowWords.table(m, after.positions.containsKey(table) ? after.adjudication : adjudication, table);
                    changes.add(new Change("position", m.text("workflow.change.position", shown, team), place(m, before), place(m, afterLabel), detail));
                }
            }
        }
        for (String team : union(zones.keySet(), after.zones.keySet())) {
            String before = zones.getOrDefault(team, "-");
            String now = after.zones.getOrDefault(team, "-");
            if (!before.equals(now)) {
                changes.add(new Change("zone", m.text("workflow.change.zone", team), WorkflowWords.zone(m, adjudication, before),
                        WorkflowWords.zone(m, after.adjudication, now), ""));
            }
        }
        for (String stage : union(pairings.keySet(), after.pairings.keySet())) {
            List<String> was = pairings.getOrDefault(stage, List.of());
            List<String> now = after.pairings.getOrDefault(stage, List.of());
            String subject = m.text("workflow.change.pairing", WorkflowWords.stageInSentence(m, after.adjudication, stage));
            for (String p : was) if (!now.contains(p)) changes.add(new Change("pairing", subject, p, "-", m.text("workflow.change.unpaired")));
            for (String p : now) if (!was.contains(p)) changes.add(new Change("pairing", subject, "-", p, m.text("workflow.change.paired")));
        }
        for (String tie : union(winners.keySet(), after.winners.keySet())) {
            String before = winners.getOrDefault(tie, tieMissing(tie, after));
            String now = after.winners.getOrDefault(tie, after.tieMissing(tie, this));
            if (!before.equals(now)) {
                changes.add(new Change("winner", m.text("workflow.change.winner", WorkflowWords.tie(m, tie)), undecided(m, before),
                        undecided(m, now), whyWinnerChanged(tie, after, m)));
            }
        }
        for (String stage : union(undecided.keySet(), after.undecided.keySet())) {
            boolean was = undecided.containsKey(stage);
            boolean now = after.undecided.containsKey(stage);
            if (was != now) {
                String decided = m.text("workflow.decided");
                changes.add(new Change("stage", WorkflowWords.stage(m, after.adjudication, stage), was ? undecidedWord : decided,
                        now ? undecidedWord : decided, now ? after.undecided(m).get(stage) : ""));
            }
        }
        String champion = champion();
        String newChampion = after.champion();
        if (!Objects.equals(champion, newChampion)) {
            String detail = "";
            if (newChampion != null && after.lastTableOf(newChampion) != null) {
                String table = after.lastTableOf(newChampion);
                detail = m.text("workflow.now", after.pointsIn(table, newChampion, m),
                        champion == null ? "" : m.text("workflow.champion.former", champion, after.pointsIn(table, champion).replace(" pts", "")));
            } else if (newChampion == null && after.whyUndecided() != null) {
                detail = after.whyUndecided(m);
            }
            changes.add(new Change("champion", m.text("workflow.change.champion"), undecided(m, championLabel()),
                    undecided(m, after.championLabel()), detail));
        }
        Map<String, String> promotedBefore = promotions(m);
        Map<String, String> promotedAfter = after.promotions(m);
        for (String to : union(promotions.keySet(), after.promotions.keySet())) {
            String before = promotedBefore.getOrDefault(to, whyUndecided() == null ? "-" : undecidedWord);
            String now = promotedAfter.getOrDefault(to, after.whyUndecided() == null ? "-" : undecidedWord);
            if (!before.equals(now)) changes.add(new Change("promotion", m.text("workflow.change.promoted", to), before, now, ""));
        }
        return changes;
    }

    /**
     * Why a tie has another winner, in the rules' words, when both outcomes decide it: "level on
     * aggregate score, 1-1: Deportivo Maldonado is placed higher in the general table, 14 against 19;
     * under copa-peru-2017, level on aggregate score, 1-1: ADT won on penalty shoot-out, 4-3".
     */
    private String whyWinnerChanged(String tie, Outcome after, Messages m) {
        String was = howDecided(adjudication, tie, m);
        String now = howDecided(after.adjudication, tie, m);
        if (was == null || now == null) return "";
        String before = adjudication.rules().name().equals(after.adjudication.rules().name())
                ? m.text("workflow.winner.before") : m.text("workflow.winner.under", adjudication.rules().name());     // impact compares sets; a what-if, results
        return m.text("workflow.winner.why", now, before, was);
    }

    /**
     * How the rules decided a tie: the criteria it was level on, then its winner and the deciding
     * criterion's verdict: the rule's {@code @verdict} ("is placed higher in the general table"), or
     * "won on" and its wording. Null when the tie is undecided.
     */
    private static String howDecided(Adjudication a, String tie, Messages m) {
        Ranking ranking = a.ranking(tie);
        if (ranking == null || ranking.table().isLeague() || ranking.winner() == null) return null;
        List<String> teams = ranking.table().getTeams();
        PairVerdict v = PairVerdict.of(ranking, teams.get(0), teams.get(1));
        Explanation d = v.decisive();
        if (d == null || v.shared()) return null;
        String verdict = metadata(a, d.rule(), m.spanish() ? "verdictEs" : "verdict");
        String decided = verdict == null
                ? m.text("workflow.winner.wonOn", v.upper(), lower(m.wording(a.rules(), d.rule(), d.wording())),
                        d.values().get(v.upper()), d.values().get(v.lower()))
                : m.text("workflow.winner.verdict", v.upper(), verdict, d.values().get(v.upper()), d.values().get(v.lower()));
        List<String> level = v.levelOn().stream().map(e -> m.text("workflow.winner.levelOn", lower(m.wording(a.rules(), e.rule(), e.wording())),
                e.values().get(v.upper()), e.values().get(v.lower()))).toList();
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
    private String why(String table, String team, String now, Outcome after, Causes causes, Messages m) {
        Causes.Cause cause = causes == null || !causes.any() ? null : causes.of(table, team, now);
        if (cause == null) {
            String responsible = responsible(table, team, after, m);
            return responsible == null ? "" : m.text("workflow.why.responsible", responsible);
        }
        String words = m.text("workflow.why.cause", cause.words(m));
        if (sameResults(adjudication, after.adjudication)) {
            // Between two sets: the one difference's effect, found between the set without it and the set with all.
            Causes.Change single = cause.single();
            Adjudication without = single == null ? null : causes.without(single);
            String through = without == null ? null : new Responsibility(without.ranking(table), after.adjudication.ranking(table),
                    m, after.adjudication.rules()).of(team);
            return words + (through == null ? "" : m.text("workflow.why.responsible", through));
        }
        Placement p = after.positions.get(table).get(team);
        return words + (p == null || p.getSettledBy() == null ? ""
                : m.text("workflow.why.placedBy", lower(m.wording(after.adjudication.rules(), p.getSettledBy(), p.getSettledBy()))));
    }

    /**
     * The criterion behind a team's new position, in words. Between two regulation sets applied to
     * the same results (impact, a what-if with only --rules): what changed between the sets that
     * moved the team (see {@link Responsibility}). Otherwise, or when that shows nothing: the first
     * criterion, in the order applied, that separated the team from others differently than before
     * (a new criterion, or another one); when the chain is the same, the criterion that now settles
     * its position.
     */
    private String responsible(String table, String team, Outcome after, Messages m) {
        if (sameResults(adjudication, after.adjudication)) {
            String changed = new Responsibility(adjudication.ranking(table), after.adjudication.ranking(table), m, after.adjudication.rules()).of(team);
            if (changed != null) return changed;
        }
        List<String> was = separatingCriteria(adjudication.ranking(table), team);
        List<String> now = separatingCriteria(after.adjudication.ranking(table), team);
        for (int i = 0; i < now.size(); i++) {
            if (i >= was.size() || !was.get(i).equals(now.get(i))) return lower(m.wording(after.adjudication.rules(), now.get(i), now.get(i)));
        }
        Placement p = after.positions.get(table).get(team);
        return p == null || p.getSettledBy() == null ? null : lower(m.wording(after.adjudication.rules(), p.getSettledBy(), p.getSettledBy()));
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

    /** A place as a change shows it: "3" or "3=" in English, "3.º" or "3.º=" in Spanish; "-" out of the table. */
    private static String place(Messages m, String label) {
        if (!m.spanish() || label.equals("-")) return label;
        boolean shared = label.endsWith("=");
        return m.ordinal(Integer.parseInt(shared ? label.substring(0, label.length() - 1) : label)) + (shared ? "=" : "");
    }

    /** "undecided" (as {@link #of} records it) in a language; any other value as it is. */
    private static String undecided(Messages m, String value) {
        return value.equals("undecided") ? m.text("workflow.undecided") : value;
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
