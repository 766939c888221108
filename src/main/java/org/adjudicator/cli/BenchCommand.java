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
import org.adjudicator.report.Messages;
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
                + "of timed batches), complete simulated national stages per second, every status of the general table with "
                + "50 matches left, a what-if through the workspace's API on the national stage and on the final group (warm, "
                + "median per request), and the cold start of rank on the final group (a fresh JVM to a printed table, median "
                + "of 9) through the launcher target/adjudicator and by java -jar target/adjudicator.jar, when they exist.",
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
        if (!(seconds >= 0.05 && seconds <= 600)) throw UserError.at(null, "--seconds", "error.option.between", "0.05", 600);
        if (threads < 1 || threads > 256) throw UserError.at(null, "--threads", "error.option.between", 1, 256);
        if (figure != null) {
            String name = FIGURE_OF_KEY.getOrDefault(figure, figure);
            if (!Bench.FIGURES.contains(name) && !COLD_STARTS.contains(name)) {
                List<String> all = new ArrayList<>(Bench.FIGURES);
                all.addAll(COLD_STARTS);
                throw UserError.at(null, "--figure", "error.bench.noFigure", figure, String.join(", ", all));
            }
            // One figure, alone in this JVM (the parent bench reads the number); a cold start is a fresh JVM per run anyway.
            double value = switch (name) {
                case "launcherColdStart" -> coldStart(launcherCommand());
                case "javaJarColdStart" -> coldStart(javaJarCommand());
                default -> bench.figure(name, rules, scenario, seconds, threads);
            };
            spec.commandLine().getOut().println(value);
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
            measured.put("whatIfNationalStage", bench.whatIfMillis(scenario, seconds));
            measured.put("whatIfFinalGroup", bench.whatIfMillis(Bench.FINAL_GROUP, seconds));
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
        result.put("whatIfNationalStageMillis", round(measured.get("whatIfNationalStage")));
        result.put("whatIfFinalGroupMillis", round(measured.get("whatIfFinalGroup")));
        result.put("jvmPerFigure", !inProcess);
        if (!noColdStart && launcherCommand() != null) result.put("launcherColdStartMillis", round(coldStart(launcherCommand())));
        if (!noColdStart && javaJarCommand() != null) {
            double javaJar = round(coldStart(javaJarCommand()));
            result.put("javaJarColdStartMillis", javaJar);
            result.put("coldStartMillis", javaJar); // the key of earlier rounds: the same java -jar figure
        }

        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        if (format == Format.json) {
            json.write(result, out);
        } else {
            Messages m = Language.of(spec);
            out.println(m.text("workflow.bench.heading", String.valueOf(Runtime.getRuntime().availableProcessors()),
                    System.getProperty("java.version"), m.text(inProcess ? "workflow.bench.inProcess" : "workflow.bench.forked")));
            out.println(m.text("workflow.bench.rules50", figure("%10.1f", figures.rules50Micros())));
            out.println(m.text("workflow.bench.allStages50", figure("%10.1f", figures.allStages50Micros())));
            out.println(m.text("workflow.bench.baseline50", figure("%10.1f", figures.comparator50Micros()),
                    figure("%.1fx", figures.rules50Micros() / figures.comparator50Micros())));
            out.println(m.text("workflow.bench.rules1000", figure("%10.1f", figures.rules1000Micros()),
                    figure("%.1fx", figures.rules1000Micros() / figures.rules50Micros())));
            out.println(m.text("workflow.bench.simulated", figure("%10.1f", perSecond), m.text("workflow.bench.threads", threads)));
            out.println(m.text("workflow.bench.needs", figure("%10.0f", measured.get("needsGeneralTable"))));
            out.println(m.text("workflow.bench.whatIfNational", figure("%10.1f", measured.get("whatIfNationalStage"))));
            out.println(m.text("workflow.bench.whatIfFinal", figure("%10.1f", measured.get("whatIfFinalGroup"))));
            if (result.containsKey("launcherColdStartMillis")) {
                out.println(m.text("workflow.bench.launcherCold", figure("%7.0f", (double) result.get("launcherColdStartMillis"))));
            }
            if (result.containsKey("javaJarColdStartMillis")) {
                out.println(m.text("workflow.bench.javaJarCold", figure("%10.0f", (double) result.get("javaJarColdStartMillis"))));
            }
            out.flush();
        }
        Output.print(spec, buffer);
        return 0;
    }

    /** A figure as the table prints it: ASCII digits, right-aligned in its width, whatever the language. */
    private static String figure(String format, double value) {
        return String.format(Locale.ROOT, format, value);
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

    /** Measured by starting processes, not in a JVM of the figure's own: {@code --figure} takes these names too. */
    static final List<String> COLD_STARTS = List.of("launcherColdStart", "javaJarColdStart");

    /** {@code --figure} takes the JSON key of a figure as well as its name. */
    static final Map<String, String> FIGURE_OF_KEY = Map.ofEntries(Map.entry("rules50Micros", "rules50"),
            Map.entry("comparator50Micros", "comparator50"), Map.entry("rules1000Micros", "rules1000"),
            Map.entry("allStages50Micros", "allStages50"), Map.entry("simulationsPerSecond", "simulation"),
            Map.entry("needsGeneralTableMillis", "needsGeneralTable"), Map.entry("whatIfNationalStageMillis", "whatIfNationalStage"),
            Map.entry("whatIfFinalGroupMillis", "whatIfFinalGroup"), Map.entry("launcherColdStartMillis", "launcherColdStart"),
            Map.entry("javaJarColdStartMillis", "javaJarColdStart"), Map.entry("coldStartMillis", "javaJarColdStart"));

    private static final List<String> COLD_START_ARGS = List.of("rank", "scenarios/copa-peru-2017/final-group.yaml");

    /** The command a user types, through the launcher (a POSIX shell script), or null without it. */
    private static List<String> launcherCommand() {
        Path launcher = Path.of("target", "adjudicator");
        if (!Files.isRegularFile(launcher) || !Files.isExecutable(launcher)) return null;
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(COLD_START_ARGS);
        return command;
    }

    /** A plain {@code java -jar target/adjudicator.jar ...} with this JVM's java, or null without the jar. */
    private static List<String> javaJarCommand() {
        if (!Files.isRegularFile(Path.of("target", "adjudicator.jar"))) return null;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "adjudicator.jar").toString()));
        command.addAll(COLD_START_ARGS);
        return command;
    }

    /** A fresh JVM to a printed table: one run untimed (it may fill the compiled-rules cache), then the median of 9. */
    private static double coldStart(List<String> command) throws Exception {
        if (command == null) throw UserError.at(null, "--figure", "error.bench.buildFirst");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int code = p.waitFor();
            if (code != 0) throw new IllegalStateException(String.join(" ", command) + " exited " + code);
            if (i > 0) times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
