package org.adjudicator.workflow;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Zone;
import org.adjudicator.scenario.Suggest;
import org.adjudicator.scenario.Tournament;

/**
 * What a team needs from the remaining matches of its table: every win/draw/loss outcome is
 * adjudicated by the rules, each with margins favourable and unfavourable to the team, and the
 * outcomes are reduced to the fewest conditions that say when the target is reached, missed, or
 * left to goal difference or a later criterion.
 */
@Singleton
public class Needs {
    /** Home win, draw, away win, as bits of a condition on one match. */
    static final int HOME = 1;
    static final int DRAW = 2;
    static final int AWAY = 4;
    static final int ANY = HOME | DRAW | AWAY;

    @Inject
    Adjudicator adjudicator;

    @Inject
    RulesLoader loader;

    /** The analysis: the table, the matches left, and the conditions for each answer. */
    public record Analysis(String team, String table, String target, List<Match> remaining, int outcomes,
                           List<List<String>> reached, List<List<String>> depends, List<String> dependsNotes,
                           boolean clinched, boolean impossible) {
    }

    public Analysis analyse(Tournament tournament, String rulesOverride, String team, String target, int limit) {
        RuleSet rules = loader.load(rulesOverride == null ? loader.locate(tournament.rulesName(), tournament.source())
                : loader.locateFromCommandLine(rulesOverride, tournament.source()));
        Adjudication now = adjudicator.adjudicate(tournament, rules, false);
        Ranking table = now.leagueTables().stream()
                .filter(r -> r.hasTeam(team) && tournament.matches().stream()
                        .anyMatch(m -> !m.isDecided() && r.table().getMatchStages().contains(m.getStage())))
                .findFirst().orElseThrow(() -> new UserError(tournament.source().toString(), null,
                        "no table of " + team + " has matches left to play: nothing to work out"));
        List<Match> remaining = tournament.matches().stream()
                .filter(m -> !m.isDecided() && table.table().getMatchStages().contains(m.getStage())).toList();
        long outcomes = remaining.size() > 30 ? Long.MAX_VALUE : (long) Math.pow(3, remaining.size());
        if (outcomes > limit) {
            throw new UserError(tournament.source().toString(), null, remaining.size() + " matches are left: 3^" + remaining.size()
                    + " outcomes, more than the limit of " + limit + " (3^" + (int) Math.round(Math.log(limit) / Math.log(3))
                    + "); ask nearer the end of the stage, or raise --limit");
        }
        Target goal = Target.of(target, table, now.zones());
        Map<List<Integer>, String> status = new LinkedHashMap<>();
        Map<List<Integer>, String> notes = new HashMap<>();
        for (int code = 0; code < outcomes; code++) {
            int[] results = decode(code, remaining.size());
            boolean[] reachedBy = new boolean[4];
            Set<String> criteria = new LinkedHashSet<>();
            for (int variant = 0; variant < 4; variant++) {
                Adjudication a = adjudicator.adjudicate(play(tournament, remaining, results, variant, team), rules, false);
                reachedBy[variant] = goal.reached(a, table.name(), team);
                Placement p = a.ranking(table.name()) == null ? null : a.ranking(table.name()).placementOf(team);
                if (p != null && p.getSettledBy() != null && !p.getSettledBy().equals(firstCriterion(table))) criteria.add(p.getSettledBy());
            }
            List<Integer> key = toList(results);
            boolean all = reachedBy[0] && reachedBy[1] && reachedBy[2] && reachedBy[3];
            boolean none = !reachedBy[0] && !reachedBy[1] && !reachedBy[2] && !reachedBy[3];
            status.put(key, all ? "reached" : none ? "missed" : "depends");
            String criterion = criteria.isEmpty() ? null : String.join(" or ", criteria);
            if (!all && !none) notes.put(key, margin(tournament, rules, remaining, results, team, goal, table.name(), criterion));
        }
        List<int[]> reached = minterms(status, "reached");
        List<int[]> depends = minterms(status, "depends");
        List<List<String>> reachedWords = words(cover(reached), remaining, team);
        List<List<String>> dependsWords = words(cover(depends), remaining, team);
        List<String> dependsNotes = new ArrayList<>(new LinkedHashSet<>(depends.stream().map(d -> notes.get(toList(d))).toList()));
        return new Analysis(team, table.name(), goal.describe(), remaining, (int) outcomes, reachedWords, dependsWords,
                dependsNotes, depends.isEmpty() && !status.containsValue("missed"), depends.isEmpty() && reached.isEmpty());
    }

    private static String firstCriterion(Ranking table) {
        return table.precedence().getCriteria().isEmpty() ? "" : table.precedence().getCriteria().get(0);
    }

    /**
     * For an outcome whose answer depends on the margins: when the team wins and one other match
     * has a winner, the margin the team needs relative to that match's, found by adjudicating every
     * pair of margins from 1 to 6 and accepted only if "reached exactly when mine - theirs >= c"
     * holds for all of them; otherwise just the criterion that decides.
     */
    private String margin(Tournament tournament, RuleSet rules, List<Match> remaining, int[] results, String team,
                          Target goal, String table, String criterion) {
        String decides = "decided by " + (criterion == null ? "a criterion after points" : criterion.toLowerCase(Locale.ROOT));
        int mine = -1;
        for (int i = 0; i < remaining.size(); i++) {
            Match m = remaining.get(i);
            if (m.involves(team) && (results[i] == HOME) == m.getHome().equals(team) && results[i] != DRAW) mine = i;
        }
        if (mine < 0) return decides;
        for (int other = 0; other < remaining.size(); other++) {
            if (other == mine || results[other] == DRAW || remaining.get(other).involves(team)) continue;
            boolean[][] reached = new boolean[7][7];
            Integer c = null;
            for (int a = 1; a <= 6; a++) {
                for (int b = 1; b <= 6; b++) {
                    int[] margins = new int[remaining.size()];
                    Arrays.fill(margins, 1);
                    margins[mine] = a;
                    margins[other] = b;
                    reached[a][b] = goal.reached(adjudicator.adjudicate(play(tournament, remaining, results, margins), rules, false), table, team);
                    if (reached[a][b] && (c == null || a - b < c)) c = a - b;
                }
            }
            boolean consistent = c != null;
            for (int a = 1; a <= 6 && consistent; a++) for (int b = 1; b <= 6; b++) if (reached[a][b] != (a - b >= c)) consistent = false;
            if (!consistent) continue;
            Match m = remaining.get(other);
            String winner = results[other] == HOME ? m.getHome() : m.getAway();
            String loser = results[other] == HOME ? m.getAway() : m.getHome();
            String by = c == 0 ? "by at least as many goals as " + winner + " beats " + loser + " by"
                    : c > 0 ? "by at least " + c + " goal" + (c > 1 ? "s" : "") + " more than " + winner + " beats " + loser + " by"
                    : "by no fewer than " + winner + "'s margin over " + loser + " minus " + (-c);
            return decides + ": " + team + " must win " + by;
        }
        return decides;
    }

    /** The tournament with the remaining matches played: results per match, margins favourable (0, 1) or not (2, 3). */
    static Tournament play(Tournament t, List<Match> remaining, int[] results, int variant, String team) {
        int[] margins = new int[remaining.size()];
        for (int i = 0; i < remaining.size(); i++) {
            Match m = remaining.get(i);
            boolean teamWins = m.involves(team) && (results[i] == HOME) == m.getHome().equals(team);
            boolean favourable = variant < 2;
            boolean big = m.involves(team) ? (teamWins == favourable) : (variant % 2 == 1);
            margins[i] = big ? 5 : 1;
        }
        return play(t, remaining, results, margins);
    }

    static Tournament play(Tournament t, List<Match> remaining, int[] results, int[] margins) {
        List<Match> matches = new ArrayList<>(t.matches());
        for (int i = 0; i < remaining.size(); i++) {
            Match m = remaining.get(i);
            int home = results[i] == HOME ? margins[i] : results[i] == DRAW ? Math.min(margins[i], 3) - 1 : 0;
            int away = results[i] == AWAY ? margins[i] : results[i] == DRAW ? home : 0;
            Match played = m.withScore(home, away);
            matches.set(matches.indexOf(m), new Match(played.getStage(), played.getRound(), played.getDate(), played.getHome(),
                    played.getAway(), home, away, 0, 0, played.getTie(), played.getLeg(), null, null, null, null)
                    .inGroup(m.getGroup()).at(m.getLine()));
        }
        return t.with(List.copyOf(matches), t.sanctions());
    }

    private static int[] decode(int code, int n) {
        int[] results = new int[n];
        for (int i = 0; i < n; i++) {
            results[i] = new int[] {HOME, DRAW, AWAY}[code % 3];
            code /= 3;
        }
        return results;
    }

    private static List<Integer> toList(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    private static List<int[]> minterms(Map<List<Integer>, String> status, String which) {
        return status.entrySet().stream().filter(e -> e.getValue().equals(which))
                .map(e -> e.getKey().stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /**
     * The fewest conditions covering the outcomes: cubes (a set of results per match) grown by
     * merging along each match while they stay inside the outcomes, then a greedy cover.
     */
    static List<int[]> cover(List<int[]> minterms) {
        if (minterms.isEmpty()) return List.of();
        Set<List<Integer>> inside = new java.util.HashSet<>();
        for (int[] m : minterms) inside.add(toList(m));
        List<int[]> cubes = new ArrayList<>();
        for (int[] m : minterms) cubes.add(grow(m.clone(), inside));
        cubes.sort(Comparator.comparingInt(Needs::size).reversed().thenComparing(Arrays::toString));
        List<int[]> chosen = new ArrayList<>();
        Set<List<Integer>> covered = new java.util.HashSet<>();
        for (int[] cube : cubes) {
            boolean adds = false;
            for (int[] m : minterms) if (!covered.contains(toList(m)) && contains(cube, m)) adds = true;
            if (!adds) continue;
            chosen.add(cube);
            for (int[] m : minterms) if (contains(cube, m)) covered.add(toList(m));
        }
        return chosen;
    }

    /** Widens each match's condition to every result that keeps the cube inside the outcomes. */
    private static int[] grow(int[] cube, Set<List<Integer>> inside) {
        for (int i = 0; i < cube.length; i++) {
            for (int bit : new int[] {HOME, DRAW, AWAY}) {
                if ((cube[i] & bit) != 0) continue;
                int[] wider = cube.clone();
                wider[i] |= bit;
                if (allInside(wider, inside)) cube = wider;
            }
        }
        return cube;
    }

    private static boolean allInside(int[] cube, Set<List<Integer>> inside) {
        List<int[]> points = new ArrayList<>();
        points.add(new int[cube.length]);
        for (int i = 0; i < cube.length; i++) {
            List<int[]> next = new ArrayList<>();
            for (int[] p : points) {
                for (int bit : new int[] {HOME, DRAW, AWAY}) {
                    if ((cube[i] & bit) == 0) continue;
                    int[] q = p.clone();
                    q[i] = bit;
                    next.add(q);
                }
            }
            points = next;
        }
        for (int[] p : points) if (!inside.contains(toList(p))) return false;
        return true;
    }

    private static boolean contains(int[] cube, int[] point) {
        for (int i = 0; i < cube.length; i++) if ((cube[i] & point[i]) == 0) return false;
        return true;
    }

    private static int size(int[] cube) {
        int n = 1;
        for (int c : cube) n *= Integer.bitCount(c);
        return n;
    }

    /** Each cube in words: one phrase per match whose result matters, the team's own match first. */
    static List<List<String>> words(List<int[]> cubes, List<Match> remaining, String team) {
        List<List<String>> all = new ArrayList<>();
        for (int[] cube : cubes) {
            List<String> phrases = new ArrayList<>();
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < cube.length; i++) {
                    boolean own = remaining.get(i).involves(team);
                    if ((pass == 0) != own || cube[i] == ANY) continue;
                    phrases.add(phrase(remaining.get(i), cube[i], team));
                }
            }
            if (phrases.isEmpty()) phrases.add("whatever the results");
            all.add(phrases);
        }
        return all;
    }

    static String phrase(Match m, int mask, String team) {
        String subject = m.getHome();
        String object = m.getAway();
        int win = HOME;
        int lose = AWAY;
        if (m.getAway().equals(team)) {
            subject = m.getAway();
            object = m.getHome();
            win = AWAY;
            lose = HOME;
        }
        if (mask == win) return subject + " beats " + object;
        if (mask == DRAW) return subject + " draws with " + object;
        if (mask == lose) return subject + " loses to " + object;
        if (mask == (win | DRAW)) return subject + " does not lose to " + object;
        if (mask == (lose | DRAW)) return subject + " does not beat " + object;
        return subject + " and " + object + " do not draw";
    }

    /** A position ("1": finish first; "2": first or second) or a zone of the table ("round of 16"). */
    record Target(Integer position, String zone) {
        /**
         * The target as typed, which must be a position of the table or a zone the rules give its
         * places: any other text (a zone of another table, a typing mistake) is refused with the
         * targets that exist, never answered "impossible" or "clinched".
         */
        static Target of(String text, Ranking table, List<Zone> zones) {
            int size = table.placements().size();
            if (text == null || text.isBlank()) return new Target(1, null);
            String t = text.strip();
            List<String> names = zones.stream().filter(z -> z.table().equals(table.name())).map(Zone::zone).distinct().sorted().toList();
            if (t.matches("\\d+")) {
                int p = t.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(t);
                if (p < 1 || p > size) {
                    throw new UserError(null, "--target", "position " + t + " does not exist in the " + table.name()
                            + " (1 to " + size + ")" + (names.isEmpty() ? "" : "; or a zone: " + String.join(", ", names)));
                }
                return new Target(p, null);
            }
            String zone = names.stream().filter(z -> z.equalsIgnoreCase(t)).findFirst().orElseThrow(() -> new UserError(null, "--target",
                    "\"" + t + "\" is not a zone or a position of the " + table.name() + Suggest.didYouMean(t, names) + "; targets: a position, 1 to "
                            + size + (names.isEmpty() ? " (the " + table.name() + " has no zones)" : ", or a zone: " + String.join(", ", names))));
            return new Target(null, zone.toLowerCase(Locale.ROOT));
        }

        boolean reached(Adjudication a, String table, String team) {
            if (zone != null) {
                return a.zones().stream().anyMatch(z -> z.table().equals(table) && z.team().equals(team) && z.zone().equalsIgnoreCase(zone));
            }
            Ranking r = a.ranking(table);
            if (r == null || !r.hasTeam(team)) return false;
            Placement p = r.placementOf(team);
            return p.getPosition() <= position && p.getLastPosition() <= position;
        }

        String describe() {
            return zone != null ? "zone \"" + zone + "\"" : position == 1 ? "first place" : "a place in the first " + position;
        }
    }

}
