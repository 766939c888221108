package org.adjudicator.clinch;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Sanction;
import org.adjudicator.facts.Standing;
import org.adjudicator.facts.Zone;
import org.adjudicator.scenario.Tournament;

/**
 * Clinched, eliminated or open, for every team of a table with matches left and every place of it
 * (each zone, each "zone or better" of a zone in the middle, or each "first k" of a table
 * without zones). Each question is a constraint model of
 * the points race ({@link Race}); each outcome the solver finds is then adjudicated by the rules
 * themselves, and a proof that the rules' verdict on any outcome contradicts is reported as a bug.
 *
 * <p>Nothing of the regulation is in here: the points for a result, the points now and the zones
 * are all read from what the rules decide.
 */
@Singleton
public class Clinch {
    /** The figure of a team's record that the rules rank by first. */
    static final String POINTS = "points";

    /** The default time a single solve may take before its answer is "not proven". */
    public static final long DEFAULT_BUDGET_MILLIS = 2000;

    @Inject
    Adjudicator adjudicator;

    /** One table's race, ready for questions: what the rules say now, the matches left, the places. */
    public final class Setup {
        final Adjudication now;
        final Ranking table;
        final Race race;
        final List<Match> remaining;
        final List<Place> places;
        final List<Witness> witnesses = new ArrayList<>();
        int solves;
        int timedOut;

        Setup(Adjudication now, Ranking table, Race race, List<Match> remaining, List<Place> places) {
            this.now = now;
            this.table = table;
            this.race = race;
            this.remaining = remaining;
            this.places = places;
        }

        public Race race() { return race; }

        public List<Match> remaining() { return remaining; }

        public List<Place> places() { return places; }

        public String table() { return table.name(); }

        public int indexOf(String team) { return race.teams().indexOf(team); }

        /** The rules' verdict on an outcome (adjudicated once). */
        public Witness.Verdict verdict(Witness w) {
            return Clinch.this.verdict(this, w);
        }
    }

    /** The matches of a table that are neither played nor awarded, between teams the table ranks. */
    public static List<Match> remaining(Tournament tournament, Ranking table) {
        String group = table.table().getGroup();
        return tournament.matches().stream()
                .filter(m -> !m.isPlayed() && !m.isAwarded() && table.table().getMatchStages().contains(m.getStage())
                        && (group == null || group.isEmpty() || group.equals(m.getGroup()))
                        && table.hasTeam(m.getHome()) && table.hasTeam(m.getAway()))
                .toList();
    }

    /** The league tables of an adjudication that have matches left. */
    public static List<Ranking> openTables(Adjudication a) {
        return a.leagueTables().stream().filter(r -> r.table().isCountingMatches() && !remaining(a.tournament(), r).isEmpty()).toList();
    }

    public Setup setup(Adjudication now, Ranking table) {
        List<String> teams = table.placements().stream().map(Placement::getTeam).toList();
        int[] points = new int[teams.size()];
        for (int i = 0; i < teams.size(); i++) {
            Standing s = table.standings().get(teams.get(i));
            Integer p = s == null ? null : s.get(POINTS);
            if (p == null) throw new IllegalStateException("the rules give no points for " + teams.get(i) + " in the " + table.name());
            points[i] = p;
        }
        List<Match> remaining = remaining(now.tournament(), table);
        int[] home = new int[remaining.size()];
        int[] away = new int[remaining.size()];
        for (int m = 0; m < remaining.size(); m++) {
            home[m] = teams.indexOf(remaining.get(m).getHome());
            away[m] = teams.indexOf(remaining.get(m).getAway());
        }
        Race race = new Race(teams, points, home, away, pointsForResults(now, table));
        return new Setup(now, table, race, remaining, places(now, table));
    }

    /**
     * The points for a win, a draw and a defeat: the set's settings if it declares them, otherwise
     * what the rules award in a table of one match (won 1-0, then drawn 0-0).
     */
    public PointsForResults pointsForResults(Adjudication now, Ranking table) {
        Integer win = now.setting("points for a win");
        Integer draw = now.setting("points for a draw");
        Integer loss = now.setting("points for a defeat");
        if (win != null && draw != null && loss != null) return new PointsForResults(win, draw, loss);
        String a = table.placements().get(0).getTeam();
        String b = table.placements().get(1).getTeam();
        int[] won = oneMatch(now, table, a, b, 1, 0);
        int[] drawn = oneMatch(now, table, a, b, 0, 0);
        return new PointsForResults(won[0], drawn[0], won[1]);
    }

    private int[] oneMatch(Adjudication now, Ranking table, String a, String b, int goalsA, int goalsB) {
        Match m = new Match(table.table().getMatchStages().get(0), 1, null, a, b, goalsA, goalsB, null, null, null, null,
                null, null, null, null).inGroup(table.table().getGroup());
        Tournament t = now.tournament().with(List.of(m), List.of());
        Ranking r = adjudicator.adjudicate(t, now.rules(), false).ranking(table.name());
        if (r == null || r.standings().get(a) == null || r.standings().get(b) == null
                || r.standings().get(a).get(POINTS) == null || r.standings().get(b).get(POINTS) == null) {
            throw new IllegalStateException("the rules rank no " + table.name() + " with points for a table of one match");
        }
        return new int[] {r.standings().get(a).get(POINTS), r.standings().get(b).get(POINTS)};
    }

    /**
     * The places of a table: the zones the rules give to the positions of the table fully decided
     * (the matches left drawn 0-0, every team a different deduction so that no two are level), or,
     * when the rules give it no zones, its first 1, 2, ... positions.
     */
    public List<Place> places(Adjudication now, Ranking table) {
        List<String> teams = table.placements().stream().map(Placement::getTeam).sorted().toList();
        List<Match> matches = new ArrayList<>(now.tournament().matches());
        for (Match m : remaining(now.tournament(), table)) matches.set(matches.indexOf(m), played(m, 0, 0));
        List<Sanction> apart = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            apart.add(new Sanction(teams.get(i), -1000 * (i + 1), "apart", table.table().getMatchStages().get(0)));
        }
        Adjudication decided = adjudicator.adjudicate(now.tournament().with(matches, apart), now.rules(), false);
        Map<Integer, String> byPosition = new java.util.TreeMap<>();
        for (Zone z : decided.zones()) if (z.table().equals(table.name())) byPosition.put(z.position(), z.zone());
        List<Place> places = new ArrayList<>();
        if (byPosition.size() == teams.size()) {
            int start = 1;
            for (int p = 1; p <= teams.size(); p++) {
                if (p == teams.size() || !byPosition.get(p + 1).equals(byPosition.get(start))) {
                    places.add(new Place(byPosition.get(start), start, p));
                    // A zone in the middle also bounds "this zone or better" (places 1-24: at
                    // least the repechage), the question asked of the teams above it.
                    if (start > 1 && p < teams.size()) places.add(new Place(byPosition.get(start) + " or better", 1, p));
                    start = p + 1;
                }
            }
            return places;
        }
        for (int k = 1; k < teams.size(); k++) places.add(new Place(k == 1 ? "first place" : "first " + k, 1, k));
        return places;
    }

    static Match played(Match m, int home, int away) {
        return new Match(m.getStage(), m.getRound(), m.getDate(), m.getHome(), m.getAway(), home, away, null, null,
                m.getTie(), m.getLeg(), null, null, null, null).inGroup(m.getGroup()).at(m.getLine());
    }

    /** Every team's status for every place, every witness adjudicated by the rules. */
    public TableStatus analyse(Adjudication now, Ranking table, long budgetMillis) {
        long start = System.nanoTime();
        Setup s = setup(now, table);
        List<TeamStatus> statuses = new ArrayList<>();
        for (Place place : s.places) {
            for (String team : s.race.teams()) statuses.add(status(s, team, place, null, budgetMillis));
        }
        return finish(s, statuses, start);
    }

    /** The statuses of one team alone (all places, or one), witnesses adjudicated and checked. */
    public TableStatus analyse(Setup s, String team, List<Place> places, long budgetMillis) {
        return analyse(s, team, places, budgetMillis, done -> { });
    }

    /** The same, with {@code progress} told how many places are answered after each. */
    public TableStatus analyse(Setup s, String team, List<Place> places, long budgetMillis, java.util.function.IntConsumer progress) {
        long start = System.nanoTime();
        List<TeamStatus> statuses = new ArrayList<>();
        for (Place place : places) {
            statuses.add(status(s, team, place, null, budgetMillis));
            progress.accept(statuses.size());
        }
        return finish(s, statuses, start);
    }

    private TableStatus finish(Setup s, List<TeamStatus> statuses, long start) {
        List<String> bugs = new ArrayList<>();
        for (TeamStatus st : statuses) {
            if (st.in() != null) verdict(s, st.in());
            if (st.out() != null) verdict(s, st.out());
        }
        List<Witness> judged = s.witnesses.stream().filter(w -> w.verdict() != null).toList();
        for (Witness w : judged) bugs.addAll(pointsDiffer(s, w));
        for (TeamStatus st : statuses) {
            if (st.kind() == TeamStatus.Kind.OPEN) continue;
            for (Witness w : judged) {
                int[] range = w.verdict().positions().get(st.team());
                if (range == null) continue;
                boolean inside = range[0] >= st.place().first() && range[1] <= st.place().last();
                boolean meets = st.place().meets(range[0], range[1]);
                if (st.kind() == TeamStatus.Kind.CLINCHED && !inside || st.kind() == TeamStatus.Kind.ELIMINATED && meets) {
                    bugs.add("BUG: " + st.team() + " is " + st.label() + " for " + st.place().name() + ", but the rules place it "
                            + positionWords(range) + " in an outcome the solver found");
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new TableStatus(s.table.name(), s.remaining, s.race.award(), s.places, statuses,
                List.copyOf(new java.util.LinkedHashSet<>(bugs)), s.solves, s.timedOut, judged.size(), millis);
    }

    /** The model's points must be the rules' points in every outcome the rules adjudicate. */
    private static List<String> pointsDiffer(Setup s, Witness w) {
        List<String> bugs = new ArrayList<>();
        for (int i = 0; i < s.race.teams().size(); i++) {
            Integer rules = w.verdict().points().get(s.race.teams().get(i));
            if (rules != null && rules != w.points()[i]) {
                bugs.add("BUG: the solver counts " + w.points()[i] + " points for " + s.race.teams().get(i)
                        + " in an outcome where the rules count " + rules);
            }
        }
        return bugs;
    }

    public static String positionWords(int[] range) {
        return range[0] == range[1] ? Place.ordinal(range[0]) : "level in places " + range[0] + "-" + range[1];
    }

    /**
     * One team and one place. {@code fixed}: results some matches must have (-1 for any), to ask
     * what the team's own results guarantee.
     */
    public TeamStatus status(Setup s, String team, Place place, int[] fixed, long budgetMillis) {
        int t = s.indexOf(team);
        Found in = find(s, t, place, Question.IN_IF_LEVEL, fixed, budgetMillis);
        Found inPoints = onPoints(s, t, place, Question.IN_ON_POINTS, in, fixed, budgetMillis);
        if (inPoints.witness != null) in = inPoints;
        Found out = find(s, t, place, Question.OUT_IF_LEVEL, fixed, budgetMillis);
        Found outPoints = onPoints(s, t, place, Question.OUT_ON_POINTS, out, fixed, budgetMillis);
        if (outPoints.witness != null) out = outPoints;
        Boolean inOnPoints = inPoints.witness != null ? Boolean.TRUE : inPoints.timedOut ? null : Boolean.FALSE;
        Boolean outOnPoints = outPoints.witness != null ? Boolean.TRUE : outPoints.timedOut ? null : Boolean.FALSE;
        if (in.witness == null && !in.timedOut) {
            return new TeamStatus(team, place, TeamStatus.Kind.ELIMINATED, true, false, outOnPoints, null, out.witness);
        }
        if (out.witness == null && !out.timedOut) {
            return new TeamStatus(team, place, TeamStatus.Kind.CLINCHED, true, inOnPoints, false, in.witness, null);
        }
        return new TeamStatus(team, place, TeamStatus.Kind.OPEN, in.witness != null && out.witness != null, inOnPoints,
                outOnPoints, in.witness, out.witness);
    }

    private record Found(Witness witness, boolean timedOut) {
    }

    /**
     * Whether points alone can do it, once it is known whether it can be done at all: the outcome
     * found may already show it; otherwise a solve with a quarter of the budget (this only
     * refines an open answer, so running out of time there costs nothing but the detail).
     */
    private Found onPoints(Setup s, int t, Place place, Question q, Found level, int[] fixed, long budgetMillis) {
        if (level.witness == null) return new Found(null, level.timedOut);
        int[] counts = Race.aboveAndLevel(level.witness.points(), t);
        if (q.holds(counts[0], counts[1], place)) return level;
        return find(s, t, place, q, fixed, Math.max(1, budgetMillis / 4));
    }

    /** An outcome already found that answers the question, or a new one from the solver. */
    private Found find(Setup s, int team, Place place, Question q, int[] fixed, long budgetMillis) {
        for (Witness w : s.witnesses) {
            if (!agrees(w.results(), fixed)) continue;
            int[] counts = Race.aboveAndLevel(w.points(), team);
            if (q.holds(counts[0], counts[1], place)) return new Found(w, false);
        }
        s.solves++;
        Race.Answer a = s.race.solve(team, place, q, fixed, budgetMillis);
        if (a.timedOut()) s.timedOut++;
        if (!a.found()) return new Found(null, a.timedOut());
        boolean forIt = q == Question.IN_ON_POINTS || q == Question.IN_IF_LEVEL;
        Witness w = new Witness(a.results(), s.race.pointsAfter(a.results()), team, forIt);
        s.witnesses.add(w);
        return new Found(w, false);
    }

    private static boolean agrees(int[] results, int[] fixed) {
        if (fixed == null) return true;
        for (int m = 0; m < results.length; m++) if (fixed[m] >= 0 && fixed[m] != results[m]) return false;
        return true;
    }

    /** The rules' verdict on a witness: its matches played with the witness's scores, every stage adjudicated. */
    Witness.Verdict verdict(Setup s, Witness w) {
        if (w.verdict() != null) return w.verdict();
        List<Match> matches = new ArrayList<>(s.now.tournament().matches());
        for (int m = 0; m < s.remaining.size(); m++) {
            int[] g = w.goals(m, s.race);
            Match match = s.remaining.get(m);
            matches.set(matches.indexOf(match), played(match, g[0], g[1]));
        }
        Tournament t = s.now.tournament().with(matches, s.now.tournament().sanctions());
        Adjudication a = adjudicator.adjudicate(t, s.now.rules(), false);
        Ranking r = a.ranking(s.table.name());
        Map<String, int[]> positions = new LinkedHashMap<>();
        Map<String, String> zones = new LinkedHashMap<>();
        Map<String, String> settledBy = new LinkedHashMap<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        if (r != null) {
            for (Placement p : r.placements()) {
                positions.put(p.getTeam(), new int[] {p.getPosition(), Math.max(p.getPosition(), p.getLastPosition())});
                settledBy.put(p.getTeam(), p.isShared() ? "shared: " + p.getNote() : p.getSettledBy());
                Standing st = r.standings().get(p.getTeam());
                if (st != null && st.get(POINTS) != null) points.put(p.getTeam(), st.get(POINTS));
            }
        }
        for (Zone z : a.zones()) if (z.table().equals(s.table.name())) zones.put(z.team(), z.zone());
        Witness.Verdict v = new Witness.Verdict(positions, zones, settledBy, points);
        w.verdict(v);
        return v;
    }

    /** The rules' verdict on a team in a witness, in words: "9th (repechage; Goal difference)". */
    public static String verdictWords(Witness.Verdict v, String team) {
        int[] range = v.positions().get(team);
        if (range == null) return "not in the table";
        String zone = v.zones().get(team);
        String by = v.settledBy().get(team);
        List<String> parts = new ArrayList<>();
        if (zone != null) parts.add(zone);
        if (by != null && !by.isEmpty()) parts.add("decided by " + by.toLowerCase(java.util.Locale.ROOT));
        return positionWords(range) + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")");
    }

    /** Statuses sorted for display: by place, then by the team's position now. */
    public static Comparator<TeamStatus> byPlaceThenPosition(Ranking table) {
        return Comparator.<TeamStatus>comparingInt(st -> st.place().first())
                .thenComparingInt(st -> table.placementOf(st.team()).getPosition())
                .thenComparing(TeamStatus::team);
    }
}
