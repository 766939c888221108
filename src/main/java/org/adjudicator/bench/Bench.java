package org.adjudicator.bench;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Team;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;

/**
 * A careful harness (warm-up, then the median of timed batches on one thread) for the figures of
 * the performance targets: the 2017 general table by the rules and by a plain-Java comparator, a
 * 1,000-team table by the rules.
 */
@Singleton
public class Bench {
    @Inject
    Adjudicator adjudicator;

    @Inject
    RulesLoader loader;

    @Inject
    ScenarioReader reader;

    /** The figures, in microseconds per evaluation. */
    public record Figures(double rules50Micros, double comparator50Micros, double rules1000Micros, double allStages50Micros) {
    }

    public Figures run(Path rulesFolder, Path scenario, double secondsPerFigure) {
        RuleSet rules = loader.load(rulesFolder);
        Tournament full = reader.read(scenario);
        org.adjudicator.engine.Ranking first = adjudicator.adjudicate(full, rules, false).leagueTables().get(0);
        Tournament general = onlyMatchesOf(full, first.table().getMatchStages());
        Tournament big = synthetic(1000, 42, first.table().getMatchStages().get(0));
        java.util.Set<String> table = java.util.Set.of(first.table().getStage());
        List<Supplier<?>> work = List.of(
                () -> adjudicator.adjudicate(general, rules, false, table),
                () -> PlainJavaTable.rank(general.matches()),
                () -> adjudicator.adjudicate(big, rules, false, table),
                () -> adjudicator.adjudicate(general, rules, false));
        // Warm every workload first, in turns, so that no figure pays for the JIT compiling code the others share.
        long warmUntil = System.nanoTime() + (long) (secondsPerFigure * 1e9);
        Object sink = null;
        while (System.nanoTime() < warmUntil) for (Supplier<?> w : work) sink = w.get();
        if (sink == null) throw new IllegalStateException();
        double[] figures = work.stream().mapToDouble(w -> median(w, secondsPerFigure)).toArray();
        return new Figures(figures[0], figures[1], figures[2], figures[3]);
    }

    /** The scenario with only the matches of the given stages: one table alone. */
    public static Tournament onlyMatchesOf(Tournament t, List<String> stages) {
        List<Match> kept = t.matches().stream().filter(m -> stages.contains(m.getStage())).toList();
        return new Tournament(t.name(), t.source(), t.rulesName(), t.teams(), kept, t.lots(), List.of(), List.of(), null);
    }

    /** n teams, each meeting the next three twice (home and away): 3n matches of the given stage, random scores. */
    public static Tournament synthetic(int n, long seed, String stage) {
        Random random = new Random(seed);
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < n; i++) teams.add(new Team(String.format("Team %04d", i), null, null, null, Map.of()));
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= 3; k++) {
                String a = teams.get(i).getName();
                String b = teams.get((i + k) % n).getName();
                String home = k == 2 ? b : a;
                String away = k == 2 ? a : b;
                int hg = random.nextInt(4);
                int ag = random.nextInt(3);
                matches.add(new Match(stage, null, home, away, hg, ag, random.nextInt(hg + 1), random.nextInt(ag + 1)));
            }
        }
        return new Tournament("Synthetic " + n, Path.of("scenarios/synthetic.yaml"), "copa-peru-2017", teams, matches,
                List.of(), List.of(), List.of(), null);
    }

    /** Median microseconds per call: warm up for half the time, then time batches for the rest. */
    static double median(Supplier<?> work, double seconds) {
        long warmUntil = System.nanoTime() + (long) (seconds * 0.5e9);
        Object sink = null;
        while (System.nanoTime() < warmUntil) sink = work.get();
        long perBatch = Math.max(1, (long) (0.02e9 / Math.max(1, time(work))));
        List<Double> samples = new ArrayList<>();
        long measureUntil = System.nanoTime() + (long) (seconds * 0.5e9);
        while (System.nanoTime() < measureUntil || samples.size() < 5) {
            long start = System.nanoTime();
            for (long i = 0; i < perBatch; i++) sink = work.get();
            samples.add((System.nanoTime() - start) / 1000.0 / perBatch);
        }
        if (sink == null) throw new IllegalStateException();
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

}
