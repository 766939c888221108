package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.adjudicator.UserError;
import org.adjudicator.sheet.Sheet;
import org.adjudicator.simulation.Simulator;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.report.Messages;
import org.adjudicator.report.JsonReport;
import org.adjudicator.report.SimulationColumns;
import org.adjudicator.scenario.Tournament;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Monte Carlo of the matches not yet played, through every remaining stage with the same rules: for "
                + "each team, the probability of each zone, of reaching each stage and of each promotion, teams "
                + "sorted by the first zone or stage. The row (undecided) counts, per column, the places the rules "
                + "left undecided (a tie only lots could break, a shared place): with it each column adds up to its places.",
            "",
            "Goals follow a Poisson law: home rate 1.4 x sqrt(s_home / s_away), away rate 1.1 x sqrt(s_away / "
                + "s_home), s being the team attribute \"strength\" (1.0 when absent). Knockout ties are played as "
                + "the rules pair them; a tie the rules leave level after 90 minutes gets what the set's criteria for "
                + "a two-legged tie use next: extra time if they name it, then a 50-50 shoot-out. The same seed gives "
                + "the same result whatever the number of threads."},
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

    enum Format { text, json, csv, xlsx }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json, csv (a header row, then one row per team and the undecided row) or xlsx "
                    + "(the same as a workbook, probabilities as numbers; with --out).")
    Format format;

    @Mixin
    SheetOutput sheets;

    @Spec
    CommandSpec spec;

    @Inject
    Simulator simulator;

    @Inject
    JsonReport jsonReport;

    @Override
    public Integer call() {
        if (runs < 1 || runs > 10_000_000) throw UserError.at(null, "--runs", "error.option.between", 1, 10000000);
        if (threads < 1 || threads > 256) throw UserError.at(null, "--threads", "error.option.between", 1, 256);
        boolean sheet = format == Format.xlsx || format == Format.csv;
        if (sheet) sheets.check(spec, format == Format.xlsx, SHEET, input.scenario);
        else if (sheets.out != null || sheets.sheet != null) {
            throw UserError.at(null, sheets.out != null ? "--out" : "--sheet", "error.option.sheetOnly");
        }
        Tournament tournament = input.read();
        if (tournament.matches().isEmpty()) {
            throw input.error("error.simulate.noMatches", input.scenario);
        }
        RuleSet ruleSet = input.ruleSet(tournament);
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
        // Columns: the zones, the stages reached, the promotions, in the order of the competition.
        List<String> outcomes = SimulationColumns.shown(result.outcomes());
        if (outcomes.isEmpty()) {
            throw input.error("error.simulate.nothing", ruleSet.name());
        }
        // Teams by their chance of the first zone or stage, then of the next, and so on.
        List<String> teams = SimulationColumns.teams(tournament.teamNames(), outcomes,
                (t, o) -> result.counts().getOrDefault(t, Map.of()).getOrDefault(o, 0));
        long open = tournament.matches().stream().filter(m -> !m.isDecided()).count();
        if (sheet) {
            sheets.write(spec, List.of(sheet(result, outcomes, teams)), format == Format.xlsx, SHEET, input.scenario);
            return 0;
        }
        Messages m = Language.of(spec);
        // The zones' words in Spanish are their rules': an adjudication of the scenario as it is names the rule of each zone.
        Adjudication now = m.spanish() ? input.adjudicate(tournament, ruleSet) : null;
        Function<String, String> heading = o -> SimulationColumns.heading(o, m, now);
        Output.whole(spec, out -> {
            switch (format) {
                case json -> json(result, tournament, ruleSet, outcomes, teams, open, m, heading, out);
                default -> {
                    if (result.nothingToPlay()) decided(result, tournament, ruleSet, outcomes, teams, m, heading, out);
                    else text(result, tournament, ruleSet, outcomes, teams, open, m, heading, out);
                }
            }
        });
        return 0;
    }

    /** The row that counts, per column, the places the rules left undecided. */
    static final String UNDECIDED = "(undecided)";

    private void text(Simulator.Result result, Tournament tournament, RuleSet ruleSet, List<String> outcomes, List<String> teams,
                      long open, Messages m, Function<String, String> heading, PrintWriter out) {
        String[] headings = outcomes.stream().map(heading).toArray(String[]::new);
        String undecided = m.text("workflow.simulate.undecided");
        int width = Math.max(undecided.length(), teams.stream().mapToInt(String::length).max().orElse(4));
        out.println(m.text("workflow.simulate.heading", tournament.name(), runs, String.valueOf(seed), threads, ruleSet.name(),
                open == 0 ? m.text("workflow.simulate.allPlayed") : m.text("workflow.simulate.toPlay", open)));
        StringBuilder header = new StringBuilder(pad(m.text("table.team"), width));
        int[] cols = Arrays.stream(headings).mapToInt(h -> Math.max(7, h.length())).toArray();
        for (int i = 0; i < headings.length; i++) header.append("  ").append(" ".repeat(cols[i] - headings[i].length())).append(headings[i]);
        out.println(header);
        for (String team : teams) row(out, pad(team, width), cols, outcomes, o -> result.probability(team, o));
        row(out, pad(undecided, width), cols, outcomes, result::undecided);
        out.println();
        out.println(m.text("workflow.simulate.undecidedMeans", undecided,
                outcomes.stream().map(o -> heading.apply(o) + " " + result.places().get(o)).collect(Collectors.joining(", "))));
    }

    /** A season with nothing left to play: said so, with what the rules decide, each outcome and its teams. */
    private static void decided(Simulator.Result result, Tournament tournament, RuleSet ruleSet, List<String> outcomes, List<String> teams,
                                Messages m, Function<String, String> heading, PrintWriter out) {
        out.println(m.text("workflow.simulate.nothing", tournament.name(), ruleSet.name()));
        for (String o : outcomes) {
            List<String> holders = teams.stream().filter(t -> result.probability(t, o) > 0).toList();
            out.println("  " + heading.apply(o) + ": " + (holders.isEmpty() ? m.text("workflow.simulate.undecided") : String.join(", ", holders)));
        }
    }

    private static void row(PrintWriter out, String first, int[] cols, List<String> outcomes, ToDoubleFunction<String> value) {
        StringBuilder line = new StringBuilder(first);
        for (int i = 0; i < outcomes.size(); i++) {
            line.append("  ").append(String.format(Locale.ROOT, "%" + (cols[i] - 1) + ".1f%%", 100 * value.applyAsDouble(outcomes.get(i))));
        }
        out.println(line);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Keys that do not change: the outcomes as the simulator names them, probabilities as numbers. Threads are left out: they change nothing. */
    private void json(Simulator.Result result, Tournament tournament, RuleSet ruleSet, List<String> outcomes, List<String> teams,
                      long open, Messages m, Function<String, String> heading, PrintWriter out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", tournament.name());
        document.put("rules", ruleSet.name());
        document.put("runs", result.runs());
        document.put("seed", seed);
        document.put("matchesToPlay", open);
        document.put("nothingToSimulate", result.nothingToPlay());
        List<Object> columns = new ArrayList<>();
        for (String o : outcomes) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("outcome", o);
            column.put("heading", heading.apply(o));
            column.put("places", result.places().get(o));
            column.put("undecided", result.undecided(o));
            columns.add(column);
        }
        document.put("columns", columns);
        List<Object> rows = new ArrayList<>();
        for (String team : teams) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("team", team);
            Map<String, Object> runsWith = new LinkedHashMap<>();
            Map<String, Object> probabilities = new LinkedHashMap<>();
            for (String o : outcomes) {
                runsWith.put(o, result.counts().getOrDefault(team, Map.of()).getOrDefault(o, 0));
                probabilities.put(o, result.probability(team, o));
            }
            row.put("runs", runsWith);
            row.put("probabilities", probabilities);
            rows.add(row);
        }
        document.put("teams", rows);
        document.put("undecidedMeans", m.text("workflow.simulate.undecidedMeansJson"));
        jsonReport.write(document, out);
    }

    /** The sheet's name in a workbook. */
    static final String SHEET = "Simulation";

    /** One header row (team, then each outcome as the simulator names it), one row per team, then the undecided row; probabilities as numbers. */
    private static Sheet sheet(Simulator.Result result, List<String> outcomes, List<String> teams) {
        List<String> headings = new ArrayList<>();
        headings.add("team");
        headings.addAll(outcomes);
        List<List<Object>> rows = new ArrayList<>();
        for (String team : teams) {
            List<Object> row = new ArrayList<>();
            row.add(team);
            outcomes.forEach(o -> row.add(decimal(result.probability(team, o))));
            rows.add(row);
        }
        List<Object> undecided = new ArrayList<>();
        undecided.add(UNDECIDED);
        outcomes.forEach(o -> undecided.add(decimal(result.undecided(o))));
        rows.add(undecided);
        return new Sheet(SHEET, headings, rows);
    }

    /** A probability to four places, as a number (0.2500, never text). */
    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
