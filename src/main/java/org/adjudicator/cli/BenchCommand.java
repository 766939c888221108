package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.adjudicator.UserError;
import org.adjudicator.bench.Bench;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
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
                + "target/adjudicator.jar (a fresh JVM to a printed table, median of 9) when the jar exists.",
            "Each figure is measured in a fresh JVM of its own, as JMH does (--in-process: all in this one). About a "
                + "minute with the default --seconds."},
        footerHeading = "%nExample:%n",
        footer = "  bench --format json")
public class BenchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format;

    @Option(names = "--seconds", defaultValue = "5", paramLabel = "S",
            description = "Seconds of warm-up, then as many of measurement, per figure (default 5).")
    double seconds;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "T", description = "Threads for the simulation figure (default 2).")
    int threads;

    @Option(names = "--no-cold-start", description = "Skip the cold-start figure.")
    boolean noColdStart;

    @Option(names = "--in-process", description = "Measure every figure in this JVM, warming them in turns, instead of one "
            + "fresh JVM per figure (as JMH forks): quicker, but the workloads slow each other down.")
    boolean inProcess;

    @Option(names = "--figure", hidden = true, paramLabel = "NAME", description = "Measure one figure in this JVM and print it.")
    String figure;

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
    RulesLoader loader;

    @Inject
    ScenarioReader reader;

    @Inject
    JsonReport json;

    @Inject
    org.adjudicator.engine.Adjudicator adjudicator;

    @Override
    public Integer call() throws Exception {
        if (!(seconds >= 0.05 && seconds <= 600)) throw new UserError(null, "--seconds", "between 0.05 and 600");
        if (threads < 1 || threads > 256) throw new UserError(null, "--threads", "between 1 and 256");
        if (figure != null && !Bench.FIGURES.contains(figure)) {
            throw new UserError(null, "--figure", "no figure \"" + figure + "\"; figures: " + String.join(", ", Bench.FIGURES));
        }
        if (figure != null) {
            // One figure, alone in this JVM (the parent bench reads the number).
            spec.commandLine().getOut().println(bench.figure(figure, rules, scenario, seconds, threads));
            spec.commandLine().getOut().flush();
            return 0;
        }
        Map<String, Double> measured = new LinkedHashMap<>();
        if (inProcess) {
            Bench.Figures all = bench.run(rules, scenario, seconds);
            measured.put("rules50", all.rules50Micros());
            measured.put("comparator50", all.comparator50Micros());
            measured.put("rules1000", all.rules1000Micros());
            measured.put("allStages50", all.allStages50Micros());
            Tournament full = reader.read(scenario);
            RuleSet ruleSet = loader.load(rules);
            List<String> firstStages = adjudicator.adjudicate(full, ruleSet, false).leagueTables().get(0).table().getMatchStages();
            measured.put("simulation", bench.simulationsPerSecond(ruleSet, full, firstStages, seconds, threads));
            measured.put("needsGeneralTable", bench.needsGeneralTableMillis(ruleSet, full, seconds));
        } else {
            loader.load(rules); // a broken rules folder is reported here, once, not by each fork
            reader.read(scenario);
            for (String name : Bench.FIGURES) measured.put(name, forked(name));
        }
        double rules50 = measured.get("rules50");
        double comparator50 = measured.get("comparator50");
        double rules1000 = measured.get("rules1000");
        double perSecond = measured.get("simulation");
        Bench.Figures figures = new Bench.Figures(rules50, comparator50, rules1000, measured.get("allStages50"));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rules50Micros", round(figures.rules50Micros()));
        result.put("comparator50Micros", round(figures.comparator50Micros()));
        result.put("rulesOverComparator", round(figures.rules50Micros() / figures.comparator50Micros()));
        result.put("rules1000Micros", round(figures.rules1000Micros()));
        result.put("growth1000Over50", round(figures.rules1000Micros() / figures.rules50Micros()));
        result.put("allStages50Micros", round(figures.allStages50Micros()));
        result.put("simulationsPerSecond", round(perSecond));
        result.put("simulationThreads", threads);
        result.put("needsGeneralTableMillis", round(measured.get("needsGeneralTable")));
        result.put("jvmPerFigure", !inProcess);
        if (!noColdStart && Files.isRegularFile(Path.of("target/adjudicator.jar"))) result.put("coldStartMillis", round(coldStart()));

        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        if (format == Format.json) {
            json.write(result, out);
        } else {
            out.println("Benchmarks (" + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                    + (inProcess ? ", every figure in this JVM" : ", each figure in a fresh JVM") + ")");
            out.printf(Locale.ROOT, "  general table, 50 teams, by the rules:        %10.1f us  (its stage alone)%n", figures.rules50Micros());
            out.printf(Locale.ROOT, "  the same with every stage (rivals, fixture):  %10.1f us%n", figures.allStages50Micros());
            out.printf(Locale.ROOT, "  general table, 50 teams, plain-Java baseline: %10.1f us  (rules / baseline: %.1fx)%n",
                    figures.comparator50Micros(), figures.rules50Micros() / figures.comparator50Micros());
            out.printf(Locale.ROOT, "  1,000 teams, 3,000 matches, by the rules:     %10.1f us  (%.1fx the 50-team time)%n",
                    figures.rules1000Micros(), figures.rules1000Micros() / figures.rules50Micros());
            out.printf(Locale.ROOT, "  complete competitions simulated:              %10.1f per second on %d thread(s)%n", perSecond, threads);
            out.printf(Locale.ROOT, "  every status of the general table, 50 left:   %10.0f ms  (warm; witnesses adjudicated)%n", measured.get("needsGeneralTable"));
            if (result.containsKey("coldStartMillis")) {
                out.printf(Locale.ROOT, "  cold start, java -jar ... rank final-group:    %10.0f ms (median of 9)%n", (double) result.get("coldStartMillis"));
            }
            out.flush();
        }
        Output.print(spec, buffer);
        return 0;
    }

    /** One figure measured in a fresh JVM running this same code. */
    private double forked(String name) throws Exception {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(launcher, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench",
                "--figure", name, "--seconds", String.valueOf(seconds), "--threads", String.valueOf(threads),
                "--rules", rules.toString(), "--scenario", scenario.toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IllegalStateException("the benchmark of " + name + " failed: " + out);
        String[] lines = out.split("\\R");
        return Double.parseDouble(lines[lines.length - 1].strip());
    }

    /** A fresh JVM to a printed table: one run untimed (it may fill the compiled-rules cache), then the median of 9. */
    private static double coldStart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(java, "-jar", "target/adjudicator.jar", "rank", "scenarios/copa-peru-2017/final-group.yaml")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.waitFor();
            if (i > 0) times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
