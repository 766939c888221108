package org.adjudicator.clinch;

import java.util.ArrayList;
import java.util.List;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * The points race of one table: every team's points now (as the rules counted them), the matches
 * left, and the points a win, a draw and a defeat bring (as the rules award them). Answers one
 * question at a time with a constraint model over the results left (home win, draw or away win
 * each): is there an outcome in which the team's points put it at a given place?
 *
 * <p>Only points are modelled. Where the team is level on points with others, the places it can
 * take among them are left open: every tie-break may go its way (for "can it get in") or against
 * it (for "can it miss"). That is what makes "eliminated" and "clinched" hold whatever the later
 * criteria say.
 */
public final class Race {
    /** A result of a match left: the home team wins, a draw, the away team wins. */
    public static final int HOME = 0;
    public static final int DRAW = 1;
    public static final int AWAY = 2;

    private static final boolean DEBUG = Boolean.getBoolean("clinch.debug");

    private final List<String> teams;
    private final int[] points;
    private final int[] home;
    private final int[] away;
    private final PointsForResults award;

    /**
     * @param teams  the table's teams
     * @param points each team's points now, in the order of {@code teams}
     * @param home   for each match left, the index of its home team
     * @param away   for each match left, the index of its away team
     */
    public Race(List<String> teams, int[] points, int[] home, int[] away, PointsForResults award) {
        this.teams = List.copyOf(teams);
        this.points = points.clone();
        this.home = home.clone();
        this.away = away.clone();
        this.award = award;
    }

    public List<String> teams() { return teams; }

    public int matches() { return home.length; }

    public int homeOf(int match) { return home[match]; }

    public int awayOf(int match) { return away[match]; }

    public PointsForResults award() { return award; }

    /** Every team's points after an outcome (one result per match left). */
    public int[] pointsAfter(int[] results) {
        int[] p = points.clone();
        for (int m = 0; m < home.length; m++) {
            p[home[m]] += results[m] == HOME ? award.win() : results[m] == DRAW ? award.draw() : award.loss();
            p[away[m]] += results[m] == AWAY ? award.win() : results[m] == DRAW ? award.draw() : award.loss();
        }
        return p;
    }

    /** How many teams finish with more points than the team, and how many with at least as many (itself not counted). */
    public static int[] aboveAndLevel(int[] finalPoints, int team) {
        int above = 0;
        int atLeast = 0;
        for (int j = 0; j < finalPoints.length; j++) {
            if (j == team) continue;
            if (finalPoints[j] > finalPoints[team]) above++;
            if (finalPoints[j] >= finalPoints[team]) atLeast++;
        }
        return new int[] {above, atLeast};
    }

    /** Fewest and most points a team can finish with. */
    int[] range(int team) {
        int lo = points[team];
        int hi = points[team];
        int best = Math.max(award.win(), Math.max(award.draw(), award.loss()));
        int worst = Math.min(award.win(), Math.min(award.draw(), award.loss()));
        for (int m = 0; m < home.length; m++) {
            if (home[m] == team || away[m] == team) {
                lo += worst;
                hi += best;
            }
        }
        return new int[] {lo, hi};
    }

    /** A team that can neither catch nor be caught by the team: its results do not matter to the question. */
    public boolean outOfReach(int other, int team) {
        int[] mine = range(team);
        int[] theirs = range(other);
        return theirs[1] < mine[0] || theirs[0] > mine[1];
    }

    /** What a solve found: an outcome, a proof that there is none, or neither within the time allowed. */
    public record Answer(boolean found, boolean timedOut, int[] results) {
        static Answer none() { return new Answer(false, false, null); }
    }

    /**
     * An outcome in which the question holds for the team, with some matches' results fixed
     * ({@code fixed[m]} = a result, or -1 for any), searched for at most {@code budgetMillis}.
     */
    public Answer solve(int team, Place place, Question question, int[] fixed, long budgetMillis) {
        int n = teams.size();
        int[] given = new int[home.length];
        java.util.Arrays.fill(given, -1);
        if (fixed != null) System.arraycopy(fixed, 0, given, 0, given.length);
        // The team's own results, where one result is always best for the question: for a place
        // that starts at the top, winning can only help it in and losing only help it out (its
        // opponent's points drop too); for a place that ends at the bottom, the other way round.
        int best = -1;
        boolean wins = question == Question.IN_ON_POINTS || question == Question.IN_IF_LEVEL;
        if (place.first() == 1 && place.last() < n) best = wins ? 1 : 0;
        else if (place.last() == n && place.first() > 1) best = wins ? 0 : 1;
        for (int m = 0; m < home.length && best >= 0; m++) {
            if (given[m] >= 0) continue;
            if (home[m] == team) given[m] = best == 1 ? HOME : AWAY;
            if (away[m] == team) given[m] = best == 1 ? AWAY : HOME;
        }
        // Only the matches of teams that can catch the team or be caught by it matter: the others'
        // points can never change which side of it they are, so their matches are left out.
        List<Integer> kept = new ArrayList<>();
        for (int m = 0; m < home.length; m++) {
            boolean matters = home[m] == team || away[m] == team || !outOfReach(home[m], team) || !outOfReach(away[m], team);
            if (matters) kept.add(m);
        }
        Answer a = solve(team, place, question, given, kept, budgetMillis);
        if (!a.found()) return a;
        int[] results = new int[home.length];
        for (int m = 0; m < home.length; m++) results[m] = given[m] >= 0 ? given[m] : DRAW;   // left out: any result
        int[] found = a.results();
        for (int k = 0; k < kept.size(); k++) results[kept.get(k)] = found[k];
        return new Answer(true, false, results);
    }

    private Answer solve(int team, Place place, Question question, int[] fixed, List<Integer> kept, long budgetMillis) {
        Model model = new Model("race");
        int n = teams.size();
        int matches = kept.size();
        BoolVar[] homeWins = new BoolVar[matches];
        BoolVar[] draws = new BoolVar[matches];
        List<List<IntVar>> gains = new ArrayList<>();
        List<List<Integer>> coefficients = new ArrayList<>();
        int[] constant = points.clone();
        for (int i = 0; i < n; i++) {
            gains.add(new ArrayList<>());
            coefficients.add(new ArrayList<>());
        }
        for (int k = 0; k < matches; k++) {
            int m = kept.get(k);
            homeWins[k] = model.boolVar("h" + m);
            draws[k] = model.boolVar("d" + m);
            model.arithm(homeWins[k], "+", draws[k], "<=", 1).post();    // an away win when neither
            if (fixed[m] >= 0) {
                model.arithm(homeWins[k], "=", fixed[m] == HOME ? 1 : 0).post();
                model.arithm(draws[k], "=", fixed[m] == DRAW ? 1 : 0).post();
            }
            // home: loss + (win - loss) h + (draw - loss) d;  away: win + (loss - win) h + (draw - win) d
            constant[home[m]] += award.loss();
            add(gains, coefficients, home[m], homeWins[k], award.win() - award.loss());
            add(gains, coefficients, home[m], draws[k], award.draw() - award.loss());
            constant[away[m]] += award.win();
            add(gains, coefficients, away[m], homeWins[k], award.loss() - award.win());
            add(gains, coefficients, away[m], draws[k], award.draw() - award.win());
        }
        // Points only for the team and those that can catch it or be caught: every other team is
        // above it (or below it) whatever happens.
        IntVar[] finalPoints = new IntVar[n];
        for (int i = 0; i < n; i++) {
            if (i != team && outOfReach(i, team)) continue;
            int[] r = range(i);
            finalPoints[i] = model.intVar("p" + i, r[0], r[1]);
            List<IntVar> vars = new ArrayList<>(gains.get(i));
            int[] coeffs = new int[vars.size() + 1];
            for (int k = 0; k < vars.size(); k++) coeffs[k] = coefficients.get(i).get(k);
            vars.add(finalPoints[i]);
            coeffs[vars.size() - 1] = -1;
            // constant + sum(coeff * result) = final points
            model.scalar(vars.toArray(new IntVar[0]), coeffs, "=", -constant[i]).post();
        }
        int[] mine = range(team);
        BoolVar[] above = new BoolVar[n - 1];
        BoolVar[] atLeast = new BoolVar[n - 1];
        int k = 0;
        for (int j = 0; j < n; j++) {
            if (j == team) continue;
            if (finalPoints[j] == null) {
                boolean higher = range(j)[0] > mine[1];
                above[k] = model.boolVar(higher);
                atLeast[k] = model.boolVar(higher);
            } else {
                above[k] = model.arithm(finalPoints[j], ">", finalPoints[team]).reify();
                atLeast[k] = model.arithm(finalPoints[j], ">=", finalPoints[team]).reify();
            }
            k++;
        }
        IntVar countAbove = model.intVar("above", 0, n - 1);
        IntVar countAtLeast = model.intVar("atLeast", 0, n - 1);
        model.sum(above, "=", countAbove).post();
        model.sum(atLeast, "=", countAtLeast).post();
        Constraint c = question.constraint(model, countAbove, countAtLeast, place, n);
        if (c == null) return Answer.none();
        c.post();
        Solver solver = model.getSolver();
        BoolVar[] decisions = new BoolVar[2 * matches];
        for (int m = 0; m < matches; m++) {
            decisions[2 * m] = homeWins[m];
            decisions[2 * m + 1] = draws[m];
        }
        // Deciding first which teams finish above the team, then the results that bear it out,
        // proves "no outcome" several times faster here than deciding the results alone.
        if (matches > 0) {
            BoolVar[] all = new BoolVar[2 * (n - 1) + decisions.length];
            System.arraycopy(above, 0, all, 0, n - 1);
            System.arraycopy(atLeast, 0, all, n - 1, n - 1);
            System.arraycopy(decisions, 0, all, 2 * (n - 1), decisions.length);
            solver.setSearch(Search.domOverWDegSearch(all));
        }
        solver.limitTime(budgetMillis);
        long started = System.nanoTime();
        boolean solved = solver.solve();
        if (DEBUG) System.err.printf(java.util.Locale.ROOT, "solve %s %s %s: %s %d ms, %d matches%n", teams.get(team), place.name(),
                question, solved, (System.nanoTime() - started) / 1_000_000, matches);
        if (solved) {
            int[] results = new int[matches];
            for (int m = 0; m < matches; m++) {
                results[m] = homeWins[m].getValue() == 1 ? HOME : draws[m].getValue() == 1 ? DRAW : AWAY;
            }
            return new Answer(true, false, results);
        }
        return new Answer(false, solver.isStopCriterionMet(), null);
    }

    private static void add(List<List<IntVar>> gains, List<List<Integer>> coefficients, int team, IntVar var, int coeff) {
        if (coeff == 0) return;
        gains.get(team).add(var);
        coefficients.get(team).add(coeff);
    }
}
