package org.adjudicator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;

/**
 * Loads the rules of the scenario a command names on a thread of its own while Weld boots, which is
 * most of a cold start and uses one core of two: reading compiled rules back from the cache (or
 * compiling them) and loading Drools' and Jackson's classes then happen beside it. The loaded set
 * is kept in the process-wide memory of {@link RulesLoader}, where the command finds it (or waits
 * for it). Anything wrong is left for the command to report in its own words: this thread says
 * nothing, and the JVM does not wait for it.
 */
final class WarmUp {
    /** The commands whose first parameter is a scenario (the {@link ScenarioCommand} mixin). */
    static final Set<String> COMMANDS = Set.of("rank", "run", "explain", "check-fixtures", "pair", "needs", "simulate");

    private WarmUp() {
    }

    /** Starts the thread for these arguments, or none (null) when they name no scenario. */
    static Thread start(String[] args) {
        if (args.length < 2 || !COMMANDS.contains(args[0]) || args[1].startsWith("-")) return null;
        List<String> list = List.of(args);
        Thread thread = new Thread(() -> load(args[1], rulesOption(list)), "warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void load(String scenario, String rulesOption) {
        try {
            RulesLoader loader = new RulesLoader();
            Tournament tournament = new ScenarioReader().read(Path.of(scenario));
            loader.load(rulesOption == null ? loader.locate(tournament.rulesName(), tournament.source())
                    : loader.locateFromCommandLine(rulesOption, tournament.source()));
        } catch (RuntimeException | Error e) {
            // the command meets the same problem and reports it
        }
    }

    /** The value of {@code --rules SET} or {@code --rules=SET}, if given. */
    static String rulesOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--rules") && i + 1 < args.size()) return args.get(i + 1);
            if (args.get(i).startsWith("--rules=")) return args.get(i).substring("--rules=".length());
        }
        return null;
    }
}
