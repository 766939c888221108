package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.adjudicator.UserError;
import org.adjudicator.bench.Simulator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Monte Carlo of the matches not yet played, through every remaining stage with the same rules: for "
                + "each team, the probability of each zone of the general table, of reaching the final group, "
                + "of winning it and of finishing second.",
            "",
            "Goals follow a Poisson law: home rate 1.4 x sqrt(s_home / s_away), away rate 1.1 x sqrt(s_away / "
                + "s_home), s being the team attribute \"strength\" (1.0 when absent). Knockout ties are played as "
                + "the rules pair them (a shoot-out, 50-50, when the aggregate is level). The same seed gives the "
                + "same result whatever the number of threads."},
        footerHeading = "%nExample:%n",
        footer = "  simulate my-national-stage.yaml --runs 10000 --seed 7 --threads 2")
public class SimulateCommand implements Callable<Integer> {
    @Mixin
    ScenarioCommand input;

    @Option(names = "--runs", defaultValue = "1000", paramLabel = "N", description = "How many runs (default 1000).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The random seed (default 1).")
    long seed;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T", description = "Threads (default 1).")
    int threads;

    @Spec
    CommandSpec spec;

    @Inject
    ScenarioReader reader;

    @Inject
    RulesLoader loader;

    @Inject
    Simulator simulator;

    /** "zone: round of 16" -> "Round of 16"; "reached: final-group" -> "Final group"; "promoted: 1" -> "Promoted 1st". */
    static String heading(String outcome) {
        String what = outcome.substring(outcome.indexOf(": ") + 2);
        if (outcome.startsWith("place: ")) return "Place " + what;
        if (outcome.startsWith("promoted: ")) return "Promoted " + what + (what.equals("1") ? "st" : what.equals("2") ? "nd" : what.equals("3") ? "rd" : "th");
        String title = org.adjudicator.report.StageView.title(what);
        return outcome.startsWith("reached: ") ? "Reached " + title.toLowerCase(java.util.Locale.ROOT) : title;
    }

    @Override
    public Integer call() {
        if (runs < 1 || runs > 10_000_000) throw new UserError(null, "--runs", "between 1 and 10000000");
        if (threads < 1 || threads > 256) throw new UserError(null, "--threads", "between 1 and 256");
        Tournament tournament = reader.read(input.scenario);
        RuleSet ruleSet = loader.load(input.rules == null ? loader.locate(tournament.rulesName(), tournament.source())
                : loader.locateFromCommandLine(input.rules, tournament.source()));
        boolean terminal = System.console() != null;
        PrintWriter err = spec.commandLine().getErr();
        Simulator.Result result = simulator.simulate(tournament, ruleSet, runs, seed, threads, done -> {
            if (terminal && (done % Math.max(1, runs / 50) == 0 || done == runs)) {
                int width = 30;
                int filled = (int) ((long) done * width / runs);
                synchronized (err) {
                    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + runs);
                    if (done == runs) err.println();
                    err.flush();
                }
            }
        });
        // Columns: the zones, the stages reached, the promotions, as the rules named them in the runs.
        List<String> outcomes = new ArrayList<>();
        result.counts().values().forEach(m -> m.keySet().forEach(o -> { if (!outcomes.contains(o)) outcomes.add(o); }));
        boolean named = outcomes.stream().anyMatch(o -> !o.startsWith("place: "));
        outcomes.removeIf(o -> named && o.startsWith("place: "));
        outcomes.sort(Comparator.comparingInt((String o) -> o.startsWith("place: ") ? Integer.parseInt(o.substring(7))
                        : o.startsWith("zone: ") ? 100 : o.startsWith("reached: ") ? 101 : 102)
                .thenComparingDouble(o -> (o.startsWith("zone: ") ? 1 : -1) * result.counts().values().stream().mapToInt(m -> m.getOrDefault(o, 0)).sum())
                .thenComparing(Comparator.naturalOrder()));
        String[] headings = outcomes.stream().map(SimulateCommand::heading).toArray(String[]::new);
        List<String> teams = new ArrayList<>(tournament.teamNames());
        teams.sort(Comparator.comparingDouble((String t) -> -outcomes.stream().filter(o -> o.startsWith("promoted: 1"))
                .mapToDouble(o -> result.probability(t, o)).sum())
                .thenComparingDouble(t -> -outcomes.stream().filter(o -> o.startsWith("reached: ")).mapToDouble(o -> result.probability(t, o)).sum())
                .thenComparingDouble(t -> outcomes.isEmpty() ? 0 : -result.probability(t, outcomes.get(0)))
                .thenComparing(Comparator.naturalOrder()));
        int width = Math.max(4, teams.stream().mapToInt(String::length).max().orElse(4));
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        long open = tournament.matches().stream().filter(m -> !m.isPlayed() && !m.isAwarded()).count();
        out.println("Simulation of " + tournament.name() + ": " + runs + " runs, seed " + seed + ", " + threads + " thread(s), rules "
                + ruleSet.name() + "; " + (open == 0 ? "every match is already played: each run is the same, and later stages are simulated only as the rules pair them"
                : open + " match(es) to play"));
        StringBuilder header = new StringBuilder(String.format("%-" + width + "s", "Team"));
        int[] cols = java.util.Arrays.stream(headings).mapToInt(h -> Math.max(7, h.length())).toArray();
        for (int i = 0; i < headings.length; i++) header.append("  ").append(String.format("%" + cols[i] + "s", headings[i]));
        out.println(header);
        for (String team : teams) {
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s", team));
            for (int i = 0; i < outcomes.size(); i++) {
                line.append("  ").append(String.format("%" + (cols[i] - 1) + ".1f%%", 100 * result.probability(team, outcomes.get(i))));
            }
            out.println(line);
        }
        Output.print(spec, buffer);
        return 0;
    }
}
