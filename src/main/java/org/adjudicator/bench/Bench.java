package org.adjudicator.bench;

import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
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

    public Figures run(Path rulesFolder, Path nationalStage, double secondsPerFigure) {
        RuleSet rules = loader.load(rulesFolder);
        Tournament national = reader.read(nationalStage);
        Tournament general = firstRoundOnly(national);
        Tournament big = synthetic(1000, 42);
        java.util.Set<String> table = java.util.Set.of("general-table");
        double rules50 = median(() -> adjudicator.adjudicate(general, rules, false, table), secondsPerFigure);
        double comparator50 = median(() -> PlainJavaTable.rank(general.matches()), secondsPerFigure);
        double rules1000 = median(() -> adjudicator.adjudicate(big, rules, false, table), secondsPerFigure);
        double all50 = median(() -> adjudicator.adjudicate(general, rules, false), secondsPerFigure);
        return new Figures(rules50, comparator50, rules1000, all50);
    }

    /** The 50 teams and the 150 first-round matches of the national stage: the general table alone. */
    public static Tournament firstRoundOnly(Tournament t) {
        List<Match> firstRound = t.matches().stream().filter(m -> m.getStage().equals("first-round")).toList();
        return new Tournament(t.name(), t.source(), t.rulesName(), t.teams(), firstRound, t.lots(), List.of(), List.of(), null);
    }

    /** n teams, each meeting the next three twice (home and away): 3n matches, random scores. */
    public static Tournament synthetic(int n, long seed) {
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
                matches.add(new Match("first-round", null, home, away, hg, ag, random.nextInt(hg + 1), random.nextInt(ag + 1)));
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
