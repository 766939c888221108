package org.adjudicator.bench;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Qualified;
import org.adjudicator.facts.Team;
import org.adjudicator.facts.Zone;
import org.adjudicator.scenario.Tournament;

/**
 * Monte Carlo of the matches not yet played, through every remaining stage, with the same rules:
 * unplayed matches get random scores; then, as the rules pair knockout rounds, their two legs are
 * played at random (a shoot-out when the aggregate is level), and the final group's round robin
 * once its four entrants are known. Goals follow a Poisson law whose rate comes from the teams'
 * {@code strength} attribute (1.0 when absent): home rate 1.4 x sqrt(s_home / s_away), away rate
 * 1.1 x sqrt(s_away / s_home); each goal falls in the first half with probability 0.45. Every run
 * has its own random stream (from the seed and the run's number), so the result depends only on
 * the seed, not on the threads.
 */
@Singleton
public class Simulator {
    @Inject
    Adjudicator adjudicator;

    /** Per team, how many runs ended in each outcome ("zone: round of 16", "final group", "champion", ...). */
    public record Result(int runs, Map<String, Map<String, Integer>> counts) {
        public double probability(String team, String outcome) {
            return counts.getOrDefault(team, Map.of()).getOrDefault(outcome, 0) / (double) runs;
        }
    }

    public Result simulate(Tournament tournament, RuleSet rules, int runs, long seed, int threads, IntConsumer progress) {
        return simulate(tournament, rules, runs, seed, threads, progress, true);
    }

    /**
     * With {@code settleFirst}, the stages that the rules declare decided before play are decided
     * once for all runs (see {@link Adjudicator#settle}); without, every run decides them again.
     */
    public Result simulate(Tournament tournament, RuleSet rules, int runs, long seed, int threads, IntConsumer progress,
                           boolean settleFirst) {
        Adjudicator.Settled settled = settleFirst ? adjudicator.settle(tournament, rules) : null;
        Map<String, Double> strength = new HashMap<>();
        for (Team t : tournament.teams()) {
            strength.put(t.getName(), strength(tournament, t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Map<String, List<String>>>> futures = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long runSeed = seed * 1_000_003L + r;
                boolean first = r == 0;
                futures.add(pool.submit(() -> {
                    Map<String, List<String>> outcome = once(tournament, rules, settled, new Random(runSeed), strength, first);
                    progress.accept(done.incrementAndGet());
                    return outcome;
                }));
            }
            Map<String, Map<String, Integer>> counts = new TreeMap<>();
            for (Future<Map<String, List<String>>> f : futures) {
                f.get().forEach((team, outcomes) -> outcomes.forEach(o ->
                        counts.computeIfAbsent(team, k -> new TreeMap<>()).merge(o, 1, Integer::sum)));
            }
            return new Result(runs, counts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A team's strength, read as a number: anything else is the scenario's mistake, named with its field. */
    private static double strength(Tournament tournament, Team team) {
        Object value = team.attribute("strength");
        if (value == null) return 1.0;
        double s;
        try {
            s = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
        } catch (NumberFormatException e) {
            s = Double.NaN;
        }
        if (s > 0 && s < 1e6) return s;
        throw new UserError(tournament.source().toString(), team.sourcePlace() + (team.sourcePlace().isEmpty() ? "" : ".")
                + "attributes.strength", "\"" + value + "\" is not a strength: simulate reads it as a number above 0 "
                + "(1.0 when absent; 2.0 scores about 1.4 times as often against a team of 1.0)");
    }

    /** One complete run: what each team reached. */
    Map<String, List<String>> once(Tournament start, RuleSet rules, Adjudicator.Settled settled, Random random,
                                   Map<String, Double> strength, boolean first) {
        List<Match> matches = new ArrayList<>();
        for (Match m : start.matches()) matches.add(m.isPlayed() || m.isAwarded() ? m : play(m, random, strength));
        Tournament played = start.with(matches, start.sanctions());
        try (Adjudicator.Live live = settled == null ? adjudicator.open(played, rules) : adjudicator.open(played, rules, settled)) {
            return playOn(live, matches, random, strength, first);
        }
    }

    /** Plays each later stage as the rules make it: knockout legs as they are paired, round robins once their entrants are known. */
    private Map<String, List<String>> playOn(Adjudicator.Live live, List<Match> matches, Random random, Map<String, Double> strength,
                                             boolean first) {
        Adjudicator.Progress a = live.progress();
        // Who already meets whom in each stage: a pairing with its matches is not played again.
        java.util.Set<String> scheduled = new java.util.HashSet<>();
        java.util.Set<String> begun = new java.util.HashSet<>();
        for (Match m : matches) {
            scheduled.add(pairingKey(m.getStage(), m.getHome(), m.getAway()));
            begun.add(m.getStage());
        }
        for (int round = 0; round < 10; round++) {
            List<Match> added = new ArrayList<>();
            for (Pairing p : a.pairings()) {
                if (!scheduled.contains(pairingKey(p.stage(), p.better(), p.worse()))) {
                    List<Match> legs = tie(p, random, strength);
                    for (Match m : legs) scheduled.add(pairingKey(m.getStage(), m.getHome(), m.getAway()));
                    added.addAll(legs);
                }
            }
            // A stage whose entrants the rules have named, that pairs no ties and has no matches yet, is a round robin.
            for (String stage : a.stages()) {
                List<String> entrants = a.qualified().stream().filter(q -> q.stage().equals(stage)).map(Qualified::team).toList();
                boolean knockout = a.pairings().stream().anyMatch(p -> p.stage().equals(stage));
                boolean started = begun.contains(stage);
                if (entrants.size() >= 2 && !knockout && !started && !waitsForEntrants(a, stage)) {
                    added.addAll(roundRobin(stage, entrants, random, strength));
                }
            }
            if (added.isEmpty()) break;
            for (Match m : added) {
                scheduled.add(pairingKey(m.getStage(), m.getHome(), m.getAway()));
                begun.add(m.getStage());
            }
            matches.addAll(added);
            live.feed(added);
            a = live.progress();
        }
        // The first run collects and checks every decision, as `run` would; the others read only what they count.
        return first ? reached(live.current()) : reached(live.reached());
    }

    private static String pairingKey(String stage, String a, String b) {
        return a.compareTo(b) < 0 ? stage + "\n" + a + "\n" + b : stage + "\n" + b + "\n" + a;
    }

    /** What each team reached in a finished run. */
    private static Map<String, List<String>> reached(Adjudication a) {
        return reached(new Adjudicator.Reached(a.zones(), a.qualified(), a.promotions(),
                a.leagueTables().isEmpty() ? List.of() : a.leagueTables().get(0).placements()));
    }

    private static Map<String, List<String>> reached(Adjudicator.Reached a) {
        Map<String, List<String>> reached = new HashMap<>();
        for (Zone z : a.zones()) reached.computeIfAbsent(z.team(), k -> new ArrayList<>()).add("zone: " + z.zone());
        for (Qualified q : a.qualified()) reached.computeIfAbsent(q.team(), k -> new ArrayList<>()).add("reached: " + q.stage());
        for (Promotion p : a.promotions()) reached.computeIfAbsent(p.team(), k -> new ArrayList<>()).add("promoted: " + p.position());
        // The places in the first table, for competitions whose rules name no zone, stage or promotion.
        for (org.adjudicator.facts.Placement p : a.firstTable()) {
            if (p.getPosition() <= 8 && !p.isShared()) {
                reached.computeIfAbsent(p.getTeam(), k -> new ArrayList<>()).add("place: " + p.getPosition());
            }
        }
        return reached;
    }

    /** The rules say the stage still waits for entrants: no round robin yet. */
    private static boolean waitsForEntrants(Adjudicator.Progress a, String stage) {
        return a.notices().stream().anyMatch(n -> n.stage().equals(stage) && n.waiting());
    }

    private static List<Match> tie(Pairing p, Random random, Map<String, Double> strength) {
        String id = "sim-" + p.stage() + "-" + p.number();
        Match first = play(new Match(p.stage(), null, null, p.worse(), p.better(), null, null, null, null, id, 1, null, null, null, null),
                random, strength);
        Match second = play(new Match(p.stage(), null, null, p.better(), p.worse(), null, null, null, null, id, 2, null, null, null, null),
                random, strength);
        int better = first.goalsFor(p.better()) + second.goalsFor(p.better());
        int worse = first.goalsFor(p.worse()) + second.goalsFor(p.worse());
        if (better == worse) {
            boolean betterWins = random.nextBoolean();
            int winner = 3 + random.nextInt(3);
            second = new Match(p.stage(), null, null, p.better(), p.worse(), second.getHomeGoals(), second.getAwayGoals(),
                    0, 0, id, 2, null, null, betterWins ? winner : winner - 1, betterWins ? winner - 1 : winner);
        }
        return List.of(first, second);
    }

    /** Every entrant meets every other once (the circle method), in rounds. */
    private static List<Match> roundRobin(String stage, List<String> entrants, Random random, Map<String, Double> strength) {
        List<String> teams = new ArrayList<>(entrants);
        teams.sort(null);
        if (teams.size() % 2 == 1) teams.add(null);
        int n = teams.size();
        List<Match> matches = new ArrayList<>();
        for (int r = 0; r < n - 1; r++) {
            for (int k = 0; k < n / 2; k++) {
                String home = teams.get(k);
                String away = teams.get(n - 1 - k);
                if (home != null && away != null) {
                    matches.add(play(new Match(stage, r + 1, home, away, null, null, null, null), random, strength));
                }
            }
            teams.add(1, teams.remove(n - 1));
        }
        return matches;
    }

    static Match play(Match m, Random random, Map<String, Double> strength) {
        double sh = strength.getOrDefault(m.getHome(), 1.0);
        double sa = strength.getOrDefault(m.getAway(), 1.0);
        int home = poisson(1.4 * Math.sqrt(sh / sa), random);
        int away = poisson(1.1 * Math.sqrt(sa / sh), random);
        int homeHalf = firstHalf(home, random);
        int awayHalf = firstHalf(away, random);
        return new Match(m.getStage(), m.getRound(), m.getDate(), m.getHome(), m.getAway(), home, away, homeHalf, awayHalf,
                m.getTie(), m.getLeg(), null, null, null, null).inGroup(m.getGroup()).at(m.getLine());
    }

    private static int poisson(double rate, Random random) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int goals = 0;
        while (product > limit && goals < 15) {
            product *= random.nextDouble();
            goals++;
        }
        return goals;
    }

    private static int firstHalf(int goals, Random random) {
        int half = 0;
        for (int i = 0; i < goals; i++) if (random.nextDouble() < 0.45) half++;
        return half;
    }
}
