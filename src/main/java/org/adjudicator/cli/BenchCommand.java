package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.adjudicator.bench.Bench;
import org.adjudicator.bench.Simulator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.report.JsonReport;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Measure the performance figures: the 2017 general table (50 teams, 150 matches, explanations included) "
                + "by the rules and by a plain-Java comparator, a 1,000-team table by the rules (one thread, warm, median "
                + "of timed batches), complete simulated national stages per second, and the cold start of "
                + "target/adjudicator.jar (a fresh JVM to a printed table, median of 5) when the jar exists."},
        footerHeading = "%nExample:%n",
        footer = "  bench --format json")
public class BenchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format;

    @Option(names = "--seconds", defaultValue = "4", paramLabel = "S", description = "Seconds per figure, half warm-up (default 4).")
    double seconds;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "T", description = "Threads for the simulation figure (default 2).")
    int threads;

    @Option(names = "--no-cold-start", description = "Skip the cold-start figure.")
    boolean noColdStart;

    @Option(names = "--scenario", defaultValue = "scenarios/copa-peru-2017/national-stage.yaml", paramLabel = "FILE",
            description = "The scenario whose first table is measured and whose fixture is simulated (default: ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--rules", defaultValue = "rules/copa-peru-2017", paramLabel = "FOLDER", description = "Default: ${DEFAULT-VALUE}.")
    Path rules;

    @Spec
    CommandSpec spec;

    @Inject
    Bench bench;

    @Inject
    Simulator simulator;

    @Inject
    RulesLoader loader;

    @Inject
    ScenarioReader reader;

    @Inject
    JsonReport json;

    @Inject
    org.adjudicator.engine.Adjudicator adjudicator;

    @Override
    public Integer call() throws Exception {
        Bench.Figures figures = bench.run(rules, scenario, seconds);

        // Complete competitions: the first table's fixture with every score removed, every later stage to come.
        Tournament full = reader.read(scenario);
        RuleSet ruleSet = loader.load(rules);
        List<String> firstStages = adjudicator.adjudicate(full, ruleSet, false).leagueTables().get(0).table().getMatchStages();
        List<Match> fixture = full.matches().stream().filter(m -> firstStages.contains(m.getStage()))
                .map(m -> new Match(m.getStage(), m.getRound(), m.getHome(), m.getAway(), null, null, null, null)).toList();
        Tournament open = full.with(fixture, List.of());
        // Warm up for as long as the measurement lasts: the simulation keeps getting faster for seconds as the JIT works.
        long warmUntil = System.nanoTime() + (long) (seconds * 1e9);
        int batch = threads * 20;
        while (System.nanoTime() < warmUntil) simulator.simulate(open, ruleSet, batch, 1, threads, done -> { });
        int runs = 0;
        long start = System.nanoTime();
        long measureUntil = start + (long) (seconds * 1e9);
        while (System.nanoTime() < measureUntil) {
            simulator.simulate(open, ruleSet, batch, 2 + runs, threads, done -> { });
            runs += batch;
        }
        double perSecond = runs / ((System.nanoTime() - start) / 1e9);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rules50Micros", round(figures.rules50Micros()));
        result.put("comparator50Micros", round(figures.comparator50Micros()));
        result.put("rulesOverComparator", round(figures.rules50Micros() / figures.comparator50Micros()));
        result.put("rules1000Micros", round(figures.rules1000Micros()));
        result.put("growth1000Over50", round(figures.rules1000Micros() / figures.rules50Micros()));
        result.put("allStages50Micros", round(figures.allStages50Micros()));
        result.put("simulationsPerSecond", round(perSecond));
        result.put("simulationThreads", threads);
        if (!noColdStart && Files.isRegularFile(Path.of("target/adjudicator.jar"))) result.put("coldStartMillis", round(coldStart()));

        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        if (format == Format.json) {
            json.write(result, out);
        } else {
            out.println("Benchmarks (" + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ")");
            out.printf("  general table, 50 teams, by the rules:        %10.1f us  (its stage alone)%n", figures.rules50Micros());
            out.printf("  the same with every stage (rivals, fixture):  %10.1f us%n", figures.allStages50Micros());
            out.printf("  general table, 50 teams, plain-Java baseline: %10.1f us  (rules / baseline: %.1fx)%n",
                    figures.comparator50Micros(), figures.rules50Micros() / figures.comparator50Micros());
            out.printf("  1,000 teams, 3,000 matches, by the rules:     %10.1f us  (%.1fx the 50-team time)%n",
                    figures.rules1000Micros(), figures.rules1000Micros() / figures.rules50Micros());
            out.printf("  complete competitions simulated:              %10.1f per second on %d thread(s)%n", perSecond, threads);
            if (result.containsKey("coldStartMillis")) {
                out.printf("  cold start, java -jar ... rank final-group:    %10.0f ms (median of 5)%n", (double) result.get("coldStartMillis"));
            }
            out.flush();
        }
        Output.print(spec, buffer);
        return 0;
    }

    private static double coldStart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(java, "-jar", "target/adjudicator.jar", "rank", "scenarios/copa-peru-2017/final-group.yaml")
                    .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.waitFor();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(2);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
