package org.adjudicator.simulation;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.Sessions;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Qualified;
import org.adjudicator.facts.Team;
import org.adjudicator.facts.Zone;
import org.adjudicator.scenario.Tournament;
import org.kie.api.KieBase;

/**
 * Monte Carlo of the matches not yet played, through every remaining stage, with the same rules:
 * unplayed matches get random scores; then, as the rules pair knockout rounds, their two legs are
 * played at random, and the final group's round robin once its four entrants are known. A tie whose
 * deciding leg a run plays (a second leg after a played first leg too) is decided as its set says:
 * when the rules leave it level after 90 minutes for want of extra time or a shoot-out that their
 * criteria for it use, the run plays that (extra time only in a set whose criteria name it; a
 * 50-50 shoot-out). Goals follow a Poisson law whose rate comes from the teams'
 * {@code strength} attribute (1.0 when absent): home rate 1.4 x sqrt(s_home / s_away), away rate
 * 1.1 x sqrt(s_away / s_home); each goal falls in the first half with probability 0.45. Every run
 * has its own random stream (from the seed and the run's number), so the result depends only on
 * the seed, not on the threads.
 */
@Singleton
public class Simulator {
    @Inject
    Adjudicator adjudicator;

    /** The rule bases that have run a whole season in this JVM (see {@link #simulate}: the first season alone). */
    private final Set<KieBase> seasoned = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /**
     * Per team, how many runs ended in each outcome ("zone: round of 16", "reached: final-group",
     * "promoted: 1", ...); the outcomes in the order of the competition (the zones of the first
     * table best first, then the stages in the rules' order, then the promotions); and each
     * outcome's places, the most teams that one run gave it (8 for a zone of eight places, 1 for a
     * promotion). A run in which the rules leave a place undecided (a tie only lots could break, a
     * shared place, a stage waiting for it) gives an outcome fewer teams than its places. A season
     * with nothing left to play ({@code nothingToPlay}: every match played, every pairing of the
     * rules with its matches) is the same in every run: it is adjudicated once, and {@code runs} is 1.
     */
    public record Result(int runs, Map<String, Map<String, Integer>> counts, List<String> outcomes, Map<String, Integer> places,
                         boolean nothingToPlay) {
        public double probability(String team, String outcome) {
            return counts.getOrDefault(team, Map.of()).getOrDefault(outcome, 0) / (double) runs;
        }

        /** The places of the outcome, per run, that the rules left undecided: its places less what the teams reached. */
        public double undecided(String outcome) {
            long reached = counts.values().stream().mapToLong(m -> m.getOrDefault(outcome, 0)).sum();
            return (places.getOrDefault(outcome, 0) * (long) runs - reached) / (double) runs;
        }
    }

    /**
     * What one run gave each team, the rank of each outcome in the order of the competition, and
     * whether the run played any match (none: every run of this season would be the same).
     */
    record Run(Map<String, List<String>> reached, Map<String, Integer> order, boolean played) {
        Run playedSome() {
            return new Run(reached, order, true);
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
        // The rule bases the runs use are built here, before any thread runs a session: a base built
        // while another thread fires rules of the same set can define a generated class twice (LinkageError).
        List<KieBase> bases = Adjudicator.seasonBases(rules, settled);
        // The first season runs alone, on this thread, before the others start, the first time these
        // rule bases run one: a rule's condition evaluated for the first time on two threads at once can
        // stay interpreted for good (seen, not explained by Drools' documentation; by its MVELConstraint
        // code, most likely a slow first interpreter, in a cold JVM, overwriting the compiled form that the
        // other thread's twentieth evaluation made meanwhile), which cost a simulation up to 7% of its
        // time in some JVMs and not in others.
        boolean firstAlone = !seasoned.containsAll(bases);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicInteger done = new AtomicInteger();
        // The seasons after the first and their trial ties reuse sessions (reset as new) instead of making thousands.
        Sessions sessions = new Sessions();
        try {
            List<Future<Run>> futures = new ArrayList<>();
            // With every match played, a season may have nothing left to play (no pairing of the rules
            // without its matches): its first run, alone, tells; every other run would be the same.
            boolean allPlayed = tournament.matches().stream().allMatch(Match::isDecided);
            for (int r = 0; r < runs; r++) {
                long runSeed = seed * 1_000_003L + r;
                boolean first = r == 0;
                Supplier<Run> run = () -> {
                    Run outcome = once(tournament, rules, settled, new Random(runSeed), strength, first, sessions);
                    progress.accept(done.incrementAndGet());
                    return outcome;
                };
                if (first && (firstAlone || allPlayed)) {
                    Run once = run.get();
                    futures.add(CompletableFuture.completedFuture(once));
                    seasoned.addAll(bases);
                    if (!once.played()) break;
                } else {
                    futures.add(pool.submit(run::get));
                }
            }
            Map<String, Map<String, Integer>> counts = new TreeMap<>();
            Map<String, Integer> places = new TreeMap<>();
            Map<String, Integer> order = new TreeMap<>();
            for (Future<Run> f : futures) {
                Run run = f.get();
                Map<String, Integer> inThisRun = new HashMap<>();
                run.reached().forEach((team, outcomes) -> outcomes.forEach(o -> {
                    counts.computeIfAbsent(team, k -> new TreeMap<>()).merge(o, 1, Integer::sum);
                    inThisRun.merge(o, 1, Integer::sum);
                }));
                inThisRun.forEach((o, n) -> places.merge(o, n, Math::max));
                run.order().forEach((o, rank) -> order.merge(o, rank, Math::min));
            }
            List<String> outcomes = new ArrayList<>(places.keySet());
            outcomes.sort(Comparator.comparingInt((String o) -> order.getOrDefault(o, Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder()));
            return new Result(futures.size(), counts, List.copyOf(outcomes), places, futures.size() == 1 && !futures.get(0).get().played());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sessions.close();
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
                + "attributes.strength", UserError.Phrase.of("error.simulate.strength", value));
    }

    /** One complete run: what each team reached. */
    Run once(Tournament start, RuleSet rules, Adjudicator.Settled settled, Random random,
             Map<String, Double> strength, boolean first, Sessions sessions) {
        // One trial session for the season's level ties, round after round.
        try (Adjudicator.Trial trial = adjudicator.openTrial(start, rules, sessions)) {
            return once(start, rules, settled, random, strength, first, sessions, trial);
        }
    }

    private Run once(Tournament start, RuleSet rules, Adjudicator.Settled settled, Random random,
                     Map<String, Double> strength, boolean first, Sessions sessions, Adjudicator.Trial trial) {
        List<Match> matches = new ArrayList<>();
        List<Match> deciding = new ArrayList<>();
        for (Match m : start.matches()) {
            if (m.isDecided()) {
                matches.add(m);
            } else {
                Match played = play(m, random, strength);
                matches.add(played);
                if (played.getTie() != null && played.getLeg() != null && played.getLeg() == 2) deciding.add(played);
            }
        }
        // A second leg this run plays decides its tie: after a played first leg as after a simulated one.
        if (!deciding.isEmpty()) {
            List<Match> legs = new ArrayList<>();
            for (Match second : deciding) {
                Match firstLeg = matches.stream().filter(m -> second.getTie().equals(m.getTie()) && m.getLeg() != null && m.getLeg() == 1
                        && m.isDecided()).findFirst().orElse(null);
                if (firstLeg != null) legs.addAll(List.of(firstLeg, second));
            }
            Map<Match, Match> decided = decide(start, rules, legs, shootOuts(legs, random), random, strength, sessions, trial);
            matches.replaceAll(m -> decided.getOrDefault(m, m));
        }
        boolean playedAny = !start.matches().stream().allMatch(Match::isDecided);
        Tournament played = start.with(matches, start.sanctions());
        // The first run collects and checks every decision, as `run` would; the others count only what the teams reach.
        try (Adjudicator.Live live = settled == null ? adjudicator.open(played, rules)
                : first ? adjudicator.open(played, rules, settled) : adjudicator.openToCount(played, rules, settled, sessions)) {
            Run run = playOn(live, start, rules, matches, random, strength, first, sessions, trial);
            return playedAny ? run.playedSome() : run;
        }
    }

    /** Plays each later stage as the rules make it: knockout legs as they are paired, round robins once their entrants are known. */
    private Run playOn(Adjudicator.Live live, Tournament start, RuleSet rules, List<Match> matches, Random random,
                       Map<String, Double> strength, boolean first, Sessions sessions, Adjudicator.Trial trial) {
        Adjudicator.Progress a = live.progress();
        // Who already meets whom in each stage: a pairing with its matches is not played again.
        Set<PairingKey> scheduled = new HashSet<>();
        Set<String> begun = new HashSet<>();
        for (Match m : matches) {
            scheduled.add(pairingKey(m.getStage(), m.getHome(), m.getAway()));
            begun.add(m.getStage());
        }
        boolean playedAny = false;
        for (int round = 0; round < 10; round++) {
            List<Match> added = new ArrayList<>();
            Map<Match, int[]> shootOuts = new HashMap<>();
            for (Pairing p : a.pairings()) {
                if (!scheduled.contains(pairingKey(p.stage(), p.better(), p.worse()))) {
                    List<Match> legs = tie(p, random, strength);
                    for (Match m : legs) scheduled.add(pairingKey(m.getStage(), m.getHome(), m.getAway()));
                    shootOuts.putAll(shootOuts(legs, random));
                    added.addAll(legs);
                }
            }
            if (!shootOuts.isEmpty()) {
                Map<Match, Match> decided = decide(start, rules, added, shootOuts, random, strength, sessions, trial);
                added.replaceAll(m -> decided.getOrDefault(m, m));
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
            playedAny = true;
            for (Match m : added) {
                scheduled.add(pairingKey(m.getStage(), m.getHome(), m.getAway()));
                begun.add(m.getStage());
            }
            matches.addAll(added);
            live.feed(added);
            a = live.progress();
        }
        // The first run collects and checks every decision, as `run` would; the others read only what they count.
        Run run = first ? reached(live.current(), a.stages()) : reached(live.reached(), a.stages());
        return playedAny ? run.playedSome() : run;
    }

    /** Two teams meeting in a stage, whichever is at home (a record: no text is built for the 150 matches of each season). */
    private record PairingKey(String stage, String first, String second) {
    }

    private static PairingKey pairingKey(String stage, String a, String b) {
        return a.compareTo(b) < 0 ? new PairingKey(stage, a, b) : new PairingKey(stage, b, a);
    }

    /** What each team reached in a finished run. */
    private static Run reached(Adjudication a, List<String> stages) {
        return reached(new Adjudicator.Reached(a.zones(), a.qualified(), a.promotions(),
                a.leagueTables().isEmpty() ? List.of() : a.leagueTables().get(0).placements()), stages);
    }

    /**
     * What each team reached, and the order of the outcomes: the zones by the best place they hold,
     * then the stages in the rules' order, then the promotions, then the places of the first table.
     */
    private static Run reached(Adjudicator.Reached a, List<String> stages) {
        Map<String, List<String>> reached = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Zone z : a.zones()) {
            // A team whose zone the rules leave "undecided" (a place shared across a boundary) holds no zone's place.
            if (z.zone().equals("undecided")) continue;
            add(reached, order, z.team(), "zone: " + z.zone(), z.position());
        }
        for (Qualified q : a.qualified()) add(reached, order, q.team(), "reached: " + q.stage(), 100_000 + stages.indexOf(q.stage()));
        for (Promotion p : a.promotions()) add(reached, order, p.team(), "promoted: " + p.position(), 200_000 + p.position());
        // The places in the first table, for competitions whose rules name no zone, stage or promotion.
        for (Placement p : a.firstTable()) {
            if (p.getPosition() <= 8 && !p.isShared()) add(reached, order, p.getTeam(), "place: " + p.getPosition(), 300_000 + p.getPosition());
        }
        return new Run(reached, order, false);
    }

    private static void add(Map<String, List<String>> reached, Map<String, Integer> order, String team, String outcome, int rank) {
        reached.computeIfAbsent(team, k -> new ArrayList<>()).add(outcome);
        order.merge(outcome, rank, Math::min);
    }

    /** The rules say the stage still waits for entrants: no round robin yet. */
    private static boolean waitsForEntrants(Adjudicator.Progress a, String stage) {
        return a.notices().stream().anyMatch(n -> n.stage().equals(stage) && n.waiting());
    }

    /** The two legs of a pairing, 90 minutes each: the first at the worse-placed team's ground. */
    private static List<Match> tie(Pairing p, Random random, Map<String, Double> strength) {
        String id = "sim-" + p.stage() + "-" + p.number();
        Match first = play(new Match(p.stage(), null, null, p.worse(), p.better(), null, null, null, null, id, 1, null, null, null, null),
                random, strength);
        Match second = play(new Match(p.stage(), null, null, p.better(), p.worse(), null, null, null, null, id, 2, null, null, null, null),
                random, strength);
        return List.of(first, second);
    }

    /**
     * A shoot-out drawn (50-50) for each second leg that ends level on aggregate after 90 minutes:
     * {1 if the home team wins, the winner's penalties}. Whether it is taken is the rules' call
     * ({@link #decide}); it is drawn here, as each tie is played, so that a seed gives the same
     * stream of numbers as before shoot-outs were left to the rules.
     */
    static Map<Match, int[]> shootOuts(List<Match> legs, Random random) {
        Map<Match, int[]> shootOuts = new IdentityHashMap<>();
        for (int i = 0; i + 1 < legs.size(); i += 2) {
            Match first = legs.get(i);
            Match second = legs.get(i + 1);
            String home = second.getHome();
            String away = second.getAway();
            if (scored(first, home) + scored(second, home) == scored(first, away) + scored(second, away)) {
                boolean homeWins = random.nextBoolean();
                shootOuts.put(second, new int[] {homeWins ? 1 : 0, 3 + random.nextInt(3)});
            }
        }
        return shootOuts;
    }

    /** Goals in 90 minutes, or the awarded score. */
    private static int scored(Match m, String team) {
        return m.isAwarded() ? m.awardedGoalsFor(team) : m.goalsFor(team);
    }

    /** The figures of a tie that need extra time to be known, and the one that needs a shoot-out (ties.drl computes them). */
    private static final Set<String> EXTRA_TIME_FIGURES = Set.of("aggregateAfterExtraTime", "awayGoalsInExtraTime");
    private static final String SHOOT_OUT_FIGURE = "penalties";

    /**
     * Plays on the second legs of {@code legs} (first leg, second leg, ...) that the rules leave
     * level for want of data: the ties alone are adjudicated by the rules of no stage (which rank
     * a tie), and a tie blocked at a criterion whose figure needs extra time gets 30 minutes more,
     * one blocked at the shoot-out gets the shoot-out drawn for it. A tie that no criterion of its
     * set can decide (lots) is left as it is: the run counts it undecided. Returns the legs replaced.
     */
    Map<Match, Match> decide(Tournament start, RuleSet rules, List<Match> legs, Map<Match, int[]> shootOuts,
                             Random random, Map<String, Double> strength) {
        return decide(start, rules, legs, shootOuts, random, strength, null, null);
    }

    /**
     * The same, the first step (90 minutes) in the season's {@code trial} session when given, the
     * later ones (after extra time) in sessions taken from {@code sessions} (null: new ones).
     */
    Map<Match, Match> decide(Tournament start, RuleSet rules, List<Match> legs, Map<Match, int[]> shootOuts,
                             Random random, Map<String, Double> strength, Sessions sessions, Adjudicator.Trial season) {
        Map<Match, Match> firstLegOf = new IdentityHashMap<>();
        for (int i = 0; i + 1 < legs.size(); i += 2) firstLegOf.put(legs.get(i + 1), legs.get(i));
        Map<Match, Match> decided = new IdentityHashMap<>();
        List<Match> pending = new ArrayList<>(firstLegOf.keySet().stream().filter(shootOuts::containsKey).toList());
        pending.sort(Comparator.comparingInt(legs::indexOf));
        // At most three steps: 90 minutes, extra time, the shoot-out.
        for (int step = 0; step < 3 && !pending.isEmpty(); step++) {
            // A tie just given its shoot-out is decided by it: the criteria before the shoot-out were all
            // applied and left it level (else the rules would not have wanted the shoot-out), and a drawn
            // shoot-out is never level. No session is needed to say so.
            pending.removeIf(second -> decided.containsKey(second) && decided.get(second).hasPenalties());
            if (pending.isEmpty()) break;
            List<Match> trialMatches = new ArrayList<>();
            Set<String> teams = new HashSet<>();
            for (Match second : pending) {
                trialMatches.add(firstLegOf.get(second));
                trialMatches.add(decided.getOrDefault(second, second));
                teams.add(second.getHome());
                teams.add(second.getAway());
            }
            Tournament ties = new Tournament(start.name(), start.source(), start.rulesName(),
                    start.teams().stream().filter(t -> teams.contains(t.getName())).toList(), trialMatches, start.lots(),
                    List.of(), List.of(), start.expect(), List.of());
            // The first step adds its ties to the season's trial session; a later step replaces a leg, so it needs a new one.
            Adjudication trial = step == 0 && season != null ? season.add(trialMatches)
                    : sessions == null ? adjudicator.adjudicate(ties, rules, false, Set.of())
                    : adjudicator.adjudicate(ties, rules, Set.of(), sessions);
            for (Iterator<Match> it = pending.iterator(); it.hasNext(); ) {
                Match second = it.next();
                Match current = decided.getOrDefault(second, second);
                Ranking tie = trial.ties(second.getStage()).stream()
                        .filter(t -> t.hasTeam(second.getHome()) && t.hasTeam(second.getAway())).findFirst().orElse(null);
                String wanting = tie == null || tie.winner() != null ? null : wanting(tie);
                if (wanting != null && EXTRA_TIME_FIGURES.contains(wanting) && !current.hasExtraTime()) {
                    decided.put(second, extraTime(current, random, strength));
                } else if (wanting != null && wanting.equals(SHOOT_OUT_FIGURE) && !current.hasPenalties()) {
                    decided.put(second, shootOut(current, shootOuts.get(second)));
                } else {
                    it.remove(); // decided, or level on every criterion: the rules say which
                }
            }
        }
        return decided;
    }

    /** The figure of the criterion that a tie's rules could not apply for want of it, or null. */
    private static String wanting(Ranking tie) {
        for (Explanation e : tie.explanations()) {
            if (e.kind().equals(Explanation.UNRESOLVED) && e.figure() != null && !e.figure().isEmpty()
                    && tie.standings().values().stream().anyMatch(s -> !s.isKnown(e.figure()))) {
                return e.figure();
            }
        }
        return null;
    }

    /** The second leg with 30 minutes of extra time (a third of the 90-minute rates). */
    private static Match extraTime(Match m, Random random, Map<String, Double> strength) {
        double sh = strength.getOrDefault(m.getHome(), 1.0);
        double sa = strength.getOrDefault(m.getAway(), 1.0);
        int home = m.getHomeGoals() + poisson(1.4 * Math.sqrt(sh / sa) / 3, random);
        int away = m.getAwayGoals() + poisson(1.1 * Math.sqrt(sa / sh) / 3, random);
        return new Match(m.getStage(), m.getRound(), m.getDate(), m.getHome(), m.getAway(), m.getHomeGoals(), m.getAwayGoals(),
                halfTime(m, m.getHome()), halfTime(m, m.getAway()), m.getTie(), m.getLeg(), home, away, null, null)
                .inGroup(m.getGroup()).at(m.getLine());
    }

    private static Integer halfTime(Match m, String team) {
        return m.hasHalfTime() ? m.halfTimeGoalsFor(team) : null;
    }

    /** The second leg with the shoot-out drawn for it. */
    private static Match shootOut(Match m, int[] drawn) {
        boolean homeWins = drawn[0] == 1;
        int winner = drawn[1];
        return new Match(m.getStage(), m.getRound(), m.getDate(), m.getHome(), m.getAway(), m.getHomeGoals(), m.getAwayGoals(),
                halfTime(m, m.getHome()), halfTime(m, m.getAway()), m.getTie(), m.getLeg(), m.hasExtraTime() ? m.extraTimeGoalsFor(m.getHome()) : null,
                m.hasExtraTime() ? m.extraTimeGoalsFor(m.getAway()) : null, homeWins ? winner : winner - 1, homeWins ? winner - 1 : winner)
                .inGroup(m.getGroup()).at(m.getLine());
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
