package org.adjudicator.workflow;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.adjudicator.UserError;
import org.adjudicator.clinch.Clinch;
import org.adjudicator.clinch.Place;
import org.adjudicator.clinch.Question;
import org.adjudicator.clinch.Race;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Zone;
import org.adjudicator.report.Messages;
import org.adjudicator.report.WorkflowWords;
import org.adjudicator.scenario.Suggest;
import org.adjudicator.scenario.Tournament;

/**
 * What a team needs from the remaining matches of its table, for each place asked (one target, or
 * by default every place of the table, as the constraint solver answers): every win/draw/loss
 * outcome of the matches that bear on the team is counted in points, with the points the rules
 * award, and the outcomes are reduced to the fewest conditions that say when the target is
 * reached, missed, or left to the criteria after points.
 *
 * <p>An outcome is "reached" only when points alone settle it: the team's range of positions by
 * points (every team with more points above it, every team level with it on either side) lies
 * inside the place. That holds for every scoreline of the outcome, however large the margins. An
 * outcome where the team is level on points with a team across the boundary goes to the "level on
 * points" list, never to the conditions printed as sufficient: goal difference depends on the
 * scores, and one scoreline adjudicated proves nothing about another. Each condition printed as
 * sufficient (the first {@value #CHECKED}) is also played once at its worst for the team (its own wins by one goal, its defeats
 * and its rivals' wins by seven) and adjudicated by the rules; a verdict that contradicts it is
 * printed as a BUG, never hidden.
 */
@Singleton
public class Needs {
    /** Home win, draw, away win, as bits of a condition on one match. */
    static final int HOME = 1;
    static final int DRAW = 2;
    static final int AWAY = 4;
    static final int ANY = HOME | DRAW | AWAY;

    /** The most outcomes worked through at all (3^14): beyond, the constraint solver answers. */
    public static final long MOST_OUTCOMES = 4_782_969;

    /** How many conditions of each list are played and adjudicated by the rules (a check, or an example), at most. */
    private static final int CHECKED = 12;

    /** How many outcomes of a "level on points" condition are played for an example, at most (each twice). */
    private static final int EXAMPLES = 6;

    /** The big margin of an outcome played at an extreme: more than goal difference usually separates. */
    private static final int BIG = 7;

    private static final byte REACHED = 1;
    private static final byte MISSED = 2;
    private static final byte LEVEL = 3;

    @Inject
    Adjudicator adjudicator;

    @Inject
    RulesLoader loader;

    @Inject
    Clinch clinch;

    /**
     * What the team needs for one place: clinched, impossible, or the conditions under which points
     * alone put it there ({@code reached}) and those under which it is level on points with a team
     * across the boundary ({@code depends}), each of the latter with an example of the rules' verdict.
     */
    public record Answer(String target, List<List<String>> reached, List<List<String>> depends, List<String> dependsNotes,
                         boolean clinched, boolean impossible, Conditions conditions) {
    }

    /**
     * The same conditions as results per match, for a program to check them: the place, and for each
     * condition a set of results (bits: home win 1, draw 2, away win 4) for each match of
     * {@link Analysis#relevant()}, in order.
     */
    public record Conditions(Place place, List<int[]> reached, List<int[]> depends) {
    }

    /**
     * The analysis: the table, the matches left, those whose result bears on the team, and the answer
     * for each place asked. {@code outcomes}: the win/draw/loss outcomes worked through (3 to the
     * number of matches that bear on the team).
     */
    public record Analysis(String team, String table, List<Match> remaining, List<Match> relevant, long outcomes, String award,
                           List<Answer> answers, List<String> bugs, Messages messages, String tableWords) {
        /** The first place's answer: the one asked with --target. */
        public Answer first() {
            return answers.get(0);
        }
    }

    /** How many outcomes the enumeration would work through: 3 to the number of matches that bear on the team (0 when none left). */
    public long outcomes(Tournament tournament, String rulesOverride, String team) {
        Adjudication now = adjudicator.adjudicate(tournament, rules(tournament, rulesOverride), false);
        Ranking table = Clinch.openTables(now).stream().filter(r -> r.hasTeam(team)).findFirst().orElse(null);
        if (table == null) return 0;
        Clinch.Setup s = clinch.setup(now, table);
        return power(relevant(s, s.indexOf(team)).size());
    }

    public Analysis analyse(Tournament tournament, String rulesOverride, String team, String target, long limit) {
        return analyse(tournament, rulesOverride, team, target, limit, done -> { });
    }

    /**
     * The analysis, with {@code progress} told the fraction of the outcomes worked through (0 to 1),
     * now and then.
     */
    public Analysis analyse(Tournament tournament, String rulesOverride, String team, String target, long limit,
                            DoubleConsumer progress) {
        return analyse(tournament, rulesOverride, team, target, limit, Messages.ENGLISH, progress);
    }

    /** The same, its sentences in the language of {@code m} (the regulation's names in the set's words). */
    public Analysis analyse(Tournament tournament, String rulesOverride, String team, String target, long limit, Messages m,
                            DoubleConsumer progress) {
        RuleSet rules = rules(tournament, rulesOverride);
        Adjudication now = adjudicator.adjudicate(tournament, rules, false);
        Ranking table = Clinch.openTables(now).stream().filter(r -> r.hasTeam(team)).findFirst()
                .orElseThrow(() -> UserError.at(tournament.source().toString(), null, "error.needs.nothingLeft", team));
        Clinch.Setup s = clinch.setup(now, table);
        int t = s.indexOf(team);
        List<Integer> relevant = relevant(s, t);
        long outcomes = power(relevant.size());
        if (outcomes > limit) {
            throw UserError.at(tournament.source().toString(), null, "error.needs.tooMany", relevant.size(), team, limit);
        }
        List<Place> places = places(s, target, table, now);
        int r = relevant.size();
        byte[][] status = new byte[places.size()][(int) outcomes];
        int[] results = new int[s.remaining().size()];
        java.util.Arrays.fill(results, Race.DRAW);
        long step = Math.max(1, outcomes / 100);
        for (int code = 0; code < outcomes; code++) {
            int c = code;
            for (int i = 0; i < r; i++) {
                results[relevant.get(i)] = c % 3;
                c /= 3;
            }
            int[] counts = Race.aboveAndLevel(s.race().pointsAfter(results), t);
            for (int p = 0; p < places.size(); p++) {
                Place place = places.get(p);
                status[p][code] = Question.IN_ON_POINTS.holds(counts[0], counts[1], place) ? REACHED
                        : Question.OUT_ON_POINTS.holds(counts[0], counts[1], place) ? MISSED : LEVEL;
            }
            if (code % step == 0) progress.accept((double) code / outcomes);
        }
        List<Match> matches = relevant.stream().map(i -> s.remaining().get(i)).toList();
        List<Answer> answers = new ArrayList<>();
        List<String> bugs = new ArrayList<>();
        for (int p = 0; p < places.size(); p++) {
            Place place = places.get(p);
            byte[] st = status[p];
            List<int[]> reached = cover(st, REACHED, r);
            List<int[]> level = cover(st, LEVEL, r);
            boolean anyMissed = false;
            for (byte b : st) anyMissed |= b == MISSED;
            String described = describe(place, table.placements().size());
            for (int[] cube : reached.subList(0, Math.min(CHECKED, reached.size()))) {
                String bug = contradicted(s, tournament, rules, relevant, cube, team, place, described);
                if (bug != null) bugs.add(bug);
            }
            List<String> notes = new ArrayList<>();
            for (int[] cube : level) {
                notes.add(notes.size() < CHECKED ? example(s, tournament, rules, relevant, cube, team, place, m)
                        : m.text("workflow.needs.noExample", CHECKED));
            }
            answers.add(new Answer(describe(place, m, now), words(reached, matches, team, m), words(level, matches, team, m), notes,
                    level.isEmpty() && !anyMissed, level.isEmpty() && reached.isEmpty(), new Conditions(place, reached, level)));
        }
        progress.accept(1);
        return new Analysis(team, table.name(), s.remaining(), matches, outcomes, award(m, s.race().award()), answers, bugs, m,
                WorkflowWords.table(m, now, table.name()));
    }

    private RuleSet rules(Tournament tournament, String rulesOverride) {
        return loader.load(rulesOverride == null ? loader.locate(tournament.rulesName(), tournament.source())
                : loader.locateFromCommandLine(rulesOverride, tournament.source()));
    }

    private static long power(int n) {
        return n > 30 ? Long.MAX_VALUE : (long) Math.pow(3, n);
    }

    /**
     * The matches left whose result can change the team's position by points: its own, and those of
     * a team whose points can still meet its own. The others are out of reach whatever happens.
     */
    private static List<Integer> relevant(Clinch.Setup s, int team) {
        List<Integer> relevant = new ArrayList<>();
        Race race = s.race();
        for (int m = 0; m < race.matches(); m++) {
            int h = race.homeOf(m);
            int a = race.awayOf(m);
            if (h == team || a == team || !race.outOfReach(h, team) || !race.outOfReach(a, team)) relevant.add(m);
        }
        return relevant;
    }

    /**
     * The places asked: the target (a position or a zone of the table, checked as typed), or by
     * default every place of the table, as the constraint solver answers them.
     */
    private static List<Place> places(Clinch.Setup s, String target, Ranking table, Adjudication now) {
        if (target == null || target.isBlank()) return s.places();
        Target goal = Target.of(target, table, now.zones());
        if (goal.position() != null) {
            int k = goal.position();
            return List.of(new Place(k == 1 ? "first place" : "first " + k, 1, k));
        }
        return List.of(s.places().stream().filter(p -> p.named(goal.zone())).findFirst()
                .orElseThrow(() -> new IllegalStateException("zone " + goal.zone() + " has no places in the " + table.name())));
    }

    /** Points for a win, a draw and a defeat, in words: "3 for a win, 1 for a draw, 0 for a defeat". */
    public static String award(Messages m, org.adjudicator.clinch.PointsForResults award) {
        return m.text("workflow.needs.award", String.valueOf(award.win()), String.valueOf(award.draw()), String.valueOf(award.loss()));
    }

    /** A place as the answer names it in a language: in English as {@link #describe(Place, int)}; in Spanish the zone in the set's words. */
    static String describe(Place place, Messages m, Adjudication now) {
        if (!m.spanish()) return describe(place, 0);
        if (place.name().equals("first place")) return m.text("workflow.needs.firstPlace");
        if (place.name().equals("first " + place.last()) && place.first() == 1) return m.text("workflow.needs.firstK", String.valueOf(place.last()));
        return m.text("workflow.needs.zone", WorkflowWords.zone(m, now, place.name()).toLowerCase(Locale.ROOT), positions(m, place));
    }

    /** "1st place", "places 1-8" in a language. */
    public static String positions(Messages m, Place place) {
        return m.spanish() ? place.first() == place.last() ? m.text("status.place", m.ordinal(place.first()))
                : m.text("status.places", String.valueOf(place.first()), String.valueOf(place.last())) : place.positions();
    }

    /** A place as the answer names it: "first place", "a place in the first 2", "zone \"round of 16\"" (places 1-8). */
    private static String describe(Place place, int teams) {
        if (place.name().equals("first place")) return "first place";
        if (place.name().equals("first " + place.last()) && place.first() == 1) return "a place in the first " + place.last();
        return "zone \"" + place.name().toLowerCase(Locale.ROOT) + "\" (" + place.positions() + ")";
    }

    /**
     * A condition printed as sufficient, played at its worst for the team and adjudicated by the
     * rules: null when the rules agree, otherwise a BUG line.
     */
    private String contradicted(Clinch.Setup s, Tournament tournament, RuleSet rules, List<Integer> relevant, int[] cube,
                                String team, Place place, String described) {
        Tournament worst = play(s, tournament, relevant, cube, team, false);
        Adjudication a = adjudicator.adjudicate(worst, rules, false);
        Placement p = a.ranking(s.table()) == null ? null : a.ranking(s.table()).placementOf(team);
        if (p != null && p.getPosition() >= place.first() && Math.max(p.getPosition(), p.getLastPosition()) <= place.last()) return null;
        return "BUG: " + team + " reaches " + described + " on points in the outcome " + scores(s, tournament, worst, relevant, team)
                + ", but the rules place it " + (p == null ? "nowhere" : position(p));
    }

    /**
     * Examples for a condition under which the team is level on points with a team across the
     * boundary: a few of its outcomes, each played at its best and at its worst for the team and
     * adjudicated by the rules, until one reaches the place and one misses it. Examples, not a
     * proof: other scorelines of the same outcomes may give other places.
     */
    private String example(Clinch.Setup s, Tournament tournament, RuleSet rules, List<Integer> relevant, int[] cube, String team,
                           Place place, Messages m) {
        String in = null;
        String out = null;
        List<Integer> codes = points(cube);
        for (int k = 0; k < Math.min(EXAMPLES, codes.size()) && (in == null || out == null); k++) {
            int[] one = decode(codes.get(k), cube.length);
            for (boolean best : new boolean[] {true, false}) {
                Tournament played = play(s, tournament, relevant, one, team, best);
                Adjudication a = adjudicator.adjudicate(played, rules, false);
                Placement p = a.ranking(s.table()) == null ? null : a.ranking(s.table()).placementOf(team);
                if (p == null) continue;
                boolean inside = p.getPosition() >= place.first() && Math.max(p.getPosition(), p.getLastPosition()) <= place.last();
                String settled = p.getSettledBy() == null ? ""
                        : m.text("workflow.needs.decidedBy", m.wording(rules, p.getSettledBy(), p.getSettledBy()).toLowerCase(Locale.ROOT));
                String text = scores(s, tournament, played, relevant, team) + " (" + position(p, m) + settled + ")";
                if (inside && in == null) in = m.text("workflow.needs.inWith", text);
                if (!inside && out == null) out = m.text("workflow.needs.outWith", text);
            }
        }
        List<String> found = new ArrayList<>();
        if (in != null) found.add(in);
        if (out != null) found.add(out);
        return m.text("workflow.needs.example", String.join("; ", found), in == null || out == null ? 1 : 0);
    }

    /**
     * An outcome of a condition played: each match that bears on the team given the first result
     * its condition allows (the team's best result first when {@code best}, its worst otherwise);
     * the team's own wins by seven goals at best and by one at worst, its defeats by one at best and
     * by seven at worst, every other win by one at best and by seven at worst; draws 0-0 at best and
     * 3-3 at worst (more goals for its rivals). The matches that do not bear on it: 0-0.
     */
    private static Tournament play(Clinch.Setup s, Tournament t, List<Integer> relevant, int[] cube, String team, boolean best) {
        List<Match> matches = new ArrayList<>(t.matches());
        for (int m = 0; m < s.remaining().size(); m++) {
            Match match = s.remaining().get(m);
            int k = relevant.indexOf(m);
            int mask = k < 0 ? DRAW : cube[k];
            boolean home = match.getHome().equals(team);
            boolean own = match.involves(team);
            int win = own ? (home ? HOME : AWAY) : HOME;
            int lose = own ? (home ? AWAY : HOME) : AWAY;
            int[] order = own && best ? new int[] {win, DRAW, lose} : own ? new int[] {lose, DRAW, win} : new int[] {HOME, DRAW, AWAY};
            int result = DRAW;
            for (int bit : order) {
                if ((mask & bit) != 0) {
                    result = bit;
                    break;
                }
            }
            int margin = own ? ((result == win) == best ? BIG : 1) : (best ? 1 : BIG);
            int drawn = best || k < 0 ? 0 : 3;
            int hg = result == HOME ? margin : result == DRAW ? drawn : 0;
            int ag = result == AWAY ? margin : result == DRAW ? drawn : 0;
            matches.set(matches.indexOf(match), played(match, hg, ag));
        }
        return t.with(List.copyOf(matches), t.sanctions());
    }

    private static String position(Placement p) {
        return Clinch.positionWords(new int[] {p.getPosition(), Math.max(p.getPosition(), p.getLastPosition())});
    }

    /** "1st", "level in places 3-4", in a language. */
    public static String position(Messages m, int first, int last) {
        if (!m.spanish()) return Clinch.positionWords(new int[] {first, last});
        return first == last ? m.ordinal(first) : m.text("workflow.needs.levelIn", String.valueOf(first), String.valueOf(last));
    }

    private static String position(Placement p, Messages m) {
        return position(m, p.getPosition(), Math.max(p.getPosition(), p.getLastPosition()));
    }

    private static Match played(Match m, int home, int away) {
        return new Match(m.getStage(), m.getRound(), m.getDate(), m.getHome(), m.getAway(), home, away, null, null,
                m.getTie(), m.getLeg(), null, null, null, null).inGroup(m.getGroup()).at(m.getLine());
    }

    /** The scores of the matches that bear on the team in a tournament played, its own first: "Binacional 0-1 Mariscal Miller, ...". */
    private static String scores(Clinch.Setup s, Tournament before, Tournament played, List<Integer> relevant, String team) {
        List<String> own = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int m : relevant) {
            Match left = s.remaining().get(m);
            Match p = played.matches().get(before.matches().indexOf(left));
            (left.involves(team) ? own : others).add(p.getHome() + " " + p.getHomeGoals() + "-" + p.getAwayGoals() + " " + p.getAway());
        }
        own.addAll(others);
        return String.join(", ", own);
    }

    /**
     * The fewest conditions covering the outcomes of one status: each outcome not yet covered grows
     * into a cube (a set of results per match) by widening one match at a time while every outcome
     * of it keeps the status, then a greedy cover, largest cubes first.
     */
    static List<int[]> cover(byte[] status, byte which, int matches) {
        List<int[]> grown = new ArrayList<>();
        boolean[] inGrown = new boolean[status.length];
        for (int code = 0; code < status.length; code++) {
            if (status[code] != which || inGrown[code]) continue;
            int[] cube = grow(decode(code, matches), status, which);
            grown.add(cube);
            for (int c : points(cube)) inGrown[c] = true;
        }
        return greedy(grown, status, which, matches);
    }

    private static List<int[]> greedy(List<int[]> cubes, byte[] status, byte which, int matches) {
        List<int[]> sorted = new ArrayList<>(cubes);
        sorted.sort(Comparator.comparingInt(Needs::size).reversed().thenComparing(Arrays::toString));
        boolean[] covered = new boolean[status.length];
        List<int[]> chosen = new ArrayList<>();
        for (int[] cube : sorted) {
            List<Integer> points = points(cube);
            boolean adds = false;
            for (int code : points) if (!covered[code]) { adds = true; break; }
            if (!adds) continue;
            chosen.add(cube);
            for (int code : points) covered[code] = true;
        }
        return chosen;
    }

    /** Widens each match's condition to every result that keeps every outcome of the cube at the status. */
    private static int[] grow(int[] cube, byte[] status, byte which) {
        for (int i = 0; i < cube.length; i++) {
            for (int bit : new int[] {HOME, DRAW, AWAY}) {
                if ((cube[i] & bit) != 0) continue;
                int[] wider = cube.clone();
                wider[i] |= bit;
                boolean inside = true;
                for (int code : points(wider)) if (status[code] != which) { inside = false; break; }
                if (inside) cube = wider;
            }
        }
        return cube;
    }

    /** The codes of a cube's outcomes (match i's result is digit i, base 3: home win 0, draw 1, away win 2). */
    private static List<Integer> points(int[] cube) {
        List<Integer> codes = new ArrayList<>();
        codes.add(0);
        int weight = 1;
        for (int c : cube) {
            List<Integer> next = new ArrayList<>();
            for (int code : codes) {
                if ((c & HOME) != 0) next.add(code);
                if ((c & DRAW) != 0) next.add(code + weight);
                if ((c & AWAY) != 0) next.add(code + 2 * weight);
            }
            codes = next;
            weight *= 3;
        }
        return codes;
    }

    /** An outcome's code as conditions on each match: one result bit each. */
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
        return words(cubes, remaining, team, Messages.ENGLISH);
    }

    /** The same in a language. */
    static List<List<String>> words(List<int[]> cubes, List<Match> remaining, String team, Messages m) {
        List<List<String>> all = new ArrayList<>();
        for (int[] cube : cubes) {
            List<String> phrases = new ArrayList<>();
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < cube.length; i++) {
                    boolean own = remaining.get(i).involves(team);
                    if ((pass == 0) != own || cube[i] == ANY) continue;
                    phrases.add(phrase(remaining.get(i), cube[i], team, m));
                }
            }
            if (phrases.isEmpty()) phrases.add(m.text("workflow.needs.whatever"));
            all.add(phrases);
        }
        return all;
    }

    static String phrase(Match m, int mask, String team) {
        return phrase(m, mask, team, Messages.ENGLISH);
    }

    /** A match's condition in words, the team first: "Binacional beats Mariscal Miller", "Binacional vence a Mariscal Miller". */
    static String phrase(Match match, int mask, String team, Messages m) {
        String subject = match.getHome();
        String object = match.getAway();
        int win = HOME;
        int lose = AWAY;
        if (match.getAway().equals(team)) {
            subject = match.getAway();
            object = match.getHome();
            win = AWAY;
            lose = HOME;
        }
        String key = mask == win ? "beats" : mask == DRAW ? "draws" : mask == lose ? "loses" : mask == (win | DRAW) ? "doesNotLose"
                : mask == (lose | DRAW) ? "doesNotBeat" : "noDraw";
        return m.text("workflow.needs.result." + key, subject, object);
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
                    throw UserError.at(null, "--target", "error.needs.noPosition", t, table.name(), size,
                            names.isEmpty() ? UserError.Phrase.both("", "") : UserError.Phrase.of("error.needs.orZone", String.join(", ", names)));
                }
                return new Target(p, null);
            }
            String zone = names.stream().filter(z -> z.equalsIgnoreCase(t)).findFirst().orElseThrow(() -> UserError.at(null, "--target",
                    "error.needs.noTarget", t, table.name(), Suggest.phrase(t, names), size, names.isEmpty()
                            ? UserError.Phrase.of("error.needs.noZones", table.name()) : UserError.Phrase.of("error.needs.orAZone", String.join(", ", names))));
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
