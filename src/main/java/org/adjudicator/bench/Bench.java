package org.adjudicator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.adjudicator.clinch.Clinch;
import org.adjudicator.simulation.Simulator;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Team;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.server.WebServer;
import org.adjudicator.server.Workspace;

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

    @Inject
    Simulator simulator;

    @Inject
    Clinch clinch;

    @Inject
    WebServer webServer;

    /** The figures that {@link #figure} measures, by name. */
    public static final List<String> FIGURES = List.of("rules50", "comparator50", "rules1000", "allStages50", "simulation",
            "needsGeneralTable", "whatIfNationalStage", "whatIfFinalGroup");

    /** The final group alone, whose what-if {@code whatIfFinalGroup} measures. */
    public static final Path FINAL_GROUP = Path.of("scenarios/copa-peru-2017/final-group.yaml");

    /**
     * One figure alone in this JVM (microseconds per evaluation; for "simulation", complete
     * competitions per second on {@code threads} threads). A JVM that runs one workload only
     * compiles it for that workload: measured together, workloads slow each other down (the JIT
     * compiles the engine's shared code for all of them), which is why JMH forks a JVM per benchmark.
     */
    public double figure(String name, Path rulesFolder, Path scenario, double seconds, int threads) {
        RuleSet rules = loader.load(rulesFolder);
        Tournament full = reader.read(scenario);
        org.adjudicator.engine.Ranking first = adjudicator.adjudicate(full, rules, false).leagueTables().get(0);
        Tournament general = onlyMatchesOf(full, first.table().getMatchStages());
        java.util.Set<String> table = java.util.Set.of(first.table().getStage());
        return switch (name) {
            case "rules50" -> median(() -> adjudicator.adjudicate(general, rules, false, table), seconds);
            case "comparator50" -> median(() -> PlainJavaTable.rank(general.matches()), seconds);
            case "rules1000" -> {
                Tournament big = synthetic(1000, 42, first.table().getMatchStages().get(0));
                yield median(() -> adjudicator.adjudicate(big, rules, false, table), seconds);
            }
            case "allStages50" -> median(() -> adjudicator.adjudicate(general, rules, false), seconds);
            case "simulation" -> simulationsPerSecond(rules, full, first.table().getMatchStages(), seconds, threads);
            case "needsGeneralTable" -> needsGeneralTableMillis(rules, full, seconds);
            case "whatIfNationalStage" -> whatIfMillis(scenario, seconds);
            case "whatIfFinalGroup" -> whatIfMillis(FINAL_GROUP, seconds);
            default -> throw new IllegalArgumentException("no figure \"" + name + "\"; figures: " + String.join(", ", FIGURES));
        };
    }

    /**
     * Complete competitions per second: the first table's fixture with every score removed, every
     * later stage to come, simulated in batches, once the pace is steady (see {@link #warm}).
     */
    public double simulationsPerSecond(RuleSet rules, Tournament full, List<String> firstStages, double seconds, int threads) {
        List<Match> fixture = full.matches().stream().filter(m -> firstStages.contains(m.getStage()))
                .map(m -> new Match(m.getStage(), m.getRound(), m.getHome(), m.getAway(), null, null, null, null)).toList();
        Tournament open = full.with(fixture, List.of());
        int batch = threads * 100; // runs per simulate call: its one-off work (the stages decided before play) is spread as in a real run
        // The simulation's pace keeps rising for 15-20 s here (more code for the JIT, and both cores busy).
        warm(() -> simulator.simulate(open, rules, batch, 1, threads, done -> { }).runs(), 4 * seconds, 6 * seconds);
        int runs = 0;
        long start = System.nanoTime();
        long measureUntil = start + (long) (seconds * 1e9);
        while (System.nanoTime() < measureUntil) {
            simulator.simulate(open, rules, batch, 2 + runs, threads, done -> { });
            runs += batch;
        }
        return runs / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Milliseconds for every team's status for every zone of the first table with its last two
     * rounds unplayed (the 2017 general table after round 4: 50 matches left), from a warm engine,
     * every witness adjudicated by the rules: warmed for {@code seconds} (at least twice), then the
     * median of at least three runs.
     */
    public double needsGeneralTableMillis(RuleSet rules, Tournament full, double seconds) {
        Ranking first = adjudicator.adjudicate(full, rules, false).leagueTables().get(0);
        List<String> stages = first.table().getMatchStages();
        int lastRound = full.matches().stream().filter(m -> stages.contains(m.getStage()) && m.getRound() != null)
                .mapToInt(Match::getRound).max().orElse(0);
        List<Match> open = full.matches().stream().filter(m -> stages.contains(m.getStage()))
                .map(m -> m.getRound() != null && m.getRound() >= lastRound - 1
                        ? new Match(m.getStage(), m.getRound(), m.getHome(), m.getAway(), null, null, null, null) : m).toList();
        Adjudication now = adjudicator.adjudicate(full.with(open, full.sanctions()), rules, false);
        Ranking table = now.ranking(first.name());
        List<Double> times = new ArrayList<>();
        long warmUntil = System.nanoTime() + (long) (seconds * 1e9);
        for (int i = 0; i < 2 || System.nanoTime() < warmUntil; i++) clinch.analyse(now, table, Clinch.DEFAULT_BUDGET_MILLIS);
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            clinch.analyse(now, table, Clinch.DEFAULT_BUDGET_MILLIS);
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    /**
     * Milliseconds per what-if request on the workspace's API, as the page makes it: the scenario's
     * last final-group match (else its last match) given another score and no half-time score, POST /api/whatif over HTTP to a
     * server started in this JVM on a free port, the whole answer read. Warm (at least 20 requests,
     * then until steady), then the median per request for {@code seconds} (at least 30 requests).
     * The score alternates between 0-1 and 1-0, so that no two requests in a row are the same.
     */
    public double whatIfMillis(Path scenario, double seconds) {
        int match = editedMatch(scenario);
        Workspace workspace = Workspace.of(List.of(scenario), Path.of("rules"));
        String name = workspace.scenarioNames().get(0);
        HttpClient client = HttpClient.newHttpClient();
        try (WebServer.Running server = webServer.start(workspace, "127.0.0.1", 0)) {
            URI uri = URI.create(server.address() + "api/whatif");
            int[] sent = {0};
            IntSupplier request = () -> {
                String score = sent[0]++ % 2 == 0 ? "0-1" : "1-0";
                String body = "{\"scenario\":" + quoted(name) + ",\"edits\":{\"matches\":[{\"match\":" + match
                        + ",\"score\":\"" + score + "\",\"halfTime\":\"\"}]}}";
                HttpRequest post = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                try {
                    HttpResponse<String> answer = client.send(post, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) throw new IllegalStateException("what-if answered " + answer.statusCode() + ": " + answer.body());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return 1;
            };
            for (int i = 0; i < 20; i++) request.getAsInt();
            warm(request, seconds, 3 * seconds);
            List<Double> times = new ArrayList<>();
            long measureUntil = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < measureUntil || times.size() < 30) {
                long start = System.nanoTime();
                request.getAsInt();
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(null);
            return times.get(times.size() / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number (place in the file's list) of the scenario's last final-group match, else of its last match. */
    private static int editedMatch(Path scenario) {
        try {
            JsonNode matches = new YAMLMapper().readTree(scenario.toFile()).path("matches");
            for (int i = matches.size() - 1; i >= 0; i--) {
                if (matches.get(i).path("stage").asText().equals("final-group")) return i;
            }
            if (matches.size() == 0) throw new IllegalStateException(scenario + " has no match to edit");
            return matches.size() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

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
        for (int i = 0; i < n; i++) teams.add(new Team(String.format(Locale.ROOT, "Team %04d", i), null, null, null, Map.of()));
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

    /**
     * Median microseconds per call: warm up until the rate is steady (see {@link #warm}), then time
     * batches of about 20 ms for {@code seconds}.
     */
    static double median(Supplier<?> work, double seconds) {
        Object[] sink = new Object[1];
        warm(() -> {
            sink[0] = work.get();
            return 1;
        }, seconds, 3 * seconds);
        long perBatch = Math.max(1, (long) (0.02e9 / Math.max(1, time(work))));
        List<Double> samples = new ArrayList<>();
        long measureUntil = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < measureUntil || samples.size() < 5) {
            long start = System.nanoTime();
            for (long i = 0; i < perBatch; i++) sink[0] = work.get();
            samples.add((System.nanoTime() - start) / 1000.0 / perBatch);
        }
        if (sink[0] == null) throw new IllegalStateException();
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /**
     * Runs {@code work} (which returns how many units it did) for at least {@code minSeconds}, then on
     * until two one-second windows in a row agree within 5%, for at most {@code maxSeconds}. The JIT
     * takes seconds to compile the engine's code, longer when the work keeps both cores busy.
     */
    static void warm(java.util.function.IntSupplier work, double minSeconds, double maxSeconds) {
        long start = System.nanoTime();
        double previous = -1;
        while (true) {
            long windowStart = System.nanoTime();
            long units = 0;
            while (System.nanoTime() - windowStart < 1_000_000_000L) units += work.getAsInt();
            double rate = units / ((System.nanoTime() - windowStart) / 1e9);
            double elapsed = (System.nanoTime() - start) / 1e9;
            boolean steady = previous > 0 && Math.abs(rate - previous) <= 0.05 * previous;
            if ((elapsed >= minSeconds && steady) || elapsed >= maxSeconds) return;
            previous = rate;
        }
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

}
