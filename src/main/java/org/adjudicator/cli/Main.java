package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.adjudicator.ControlCharacters;
import org.adjudicator.UserError;
import org.adjudicator.report.Messages;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.fixture.FixturePlanner;
import org.adjudicator.workflow.Needs;
import org.adjudicator.workflow.Verifier;
import org.adjudicator.workflow.WhatIf;
import org.adjudicator.report.ExplainReport;
import org.adjudicator.report.HtmlReport;
import org.adjudicator.server.Api;
import org.adjudicator.server.WebServer;
import org.adjudicator.report.JsonReport;
import org.adjudicator.report.RunJson;
import org.adjudicator.report.RunReport;
import org.adjudicator.report.TextReport;
import org.adjudicator.scenario.ScenarioReader;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command line: {@code java -jar target/adjudicator.jar <command>}. */
@Command(name = "adjudicator", mixinStandardHelpOptions = true, version = "adjudicator 0.1.0",
        usageHelpAutoWidth = true,
        description = {
            "Decides standings and tie-breaks from a competition's regulations, written as Drools rules in "
                + "rules/<set>/, and explains every decision.",
            "",
            "A scenario (YAML or JSON) lists the teams and matches and names its regulation set: see README.md. "
                + "Run 'adjudicator help COMMAND' for a command's options."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  adjudicator run scenarios/copa-peru-2017/national-stage.yaml",
            "  adjudicator rank scenarios/copa-peru-2017/final-group.yaml",
            "  adjudicator explain scenarios/copa-peru-2017/final-group.yaml Binacional \"Atlético Grau\"",
            "",
            "Exit codes: 0 done; 1 the answer is no (check-fixtures: the fixture breaks a pairing restriction; "
                + "verify: a scenario's expectations fail); 2 bad input (scenario, rules or command line): one line naming the file and the "
                + "place; 3 an internal error (a bug: please report it with the output of --debug)."})
public final class Main implements Runnable {
    /** Exit code for input a user can fix: a scenario, a rules folder, a command line. */
    public static final int BAD_INPUT = 2;
    /** Exit code for what should never happen. */
    public static final int INTERNAL_ERROR = 3;

    /**
     * The subcommands, in the order the usage lists them. They are added by {@link #commandLine}, not
     * declared on the annotation, so that a run builds the picocli model of the command it runs alone.
     */
    static final List<Class<?>> COMMANDS = List.of(RunCommand.class, RankCommand.class, ExplainCommand.class,
            CheckFixturesCommand.class, PairCommand.class, VerifyCommand.class, WhatIfCommand.class, ImpactCommand.class,
            NeedsCommand.class, SimulateCommand.class, BenchCommand.class, ServeCommand.class, RulesCommand.class,
            ImportCommand.class, CommandLine.HelpCommand.class);

    /** The host's parts, wired by Weld without classpath scanning. */
    static final List<Class<?>> BEANS = List.of(ScenarioReader.class, RulesLoader.class, Adjudicator.class,
            TextReport.class, JsonReport.class, ExplainReport.class, RunReport.class, RunJson.class, FixturePlanner.class,
            Verifier.class, WhatIf.class, Needs.class, org.adjudicator.bench.Bench.class, org.adjudicator.simulation.Simulator.class, RunCommand.class, RankCommand.class, ExplainCommand.class, CheckFixturesCommand.class,
            PairCommand.class, VerifyCommand.class, WhatIfCommand.class, ImpactCommand.class, NeedsCommand.class,
            SimulateCommand.class, BenchCommand.class,
            HtmlReport.class, Api.class, WebServer.class, ServeCommand.class, RulesCommand.class,
            org.adjudicator.clinch.Clinch.class, org.adjudicator.workflow.SolverNeeds.class,
            org.adjudicator.workflow.SecondLeg.class, org.adjudicator.workflow.NeedsPath.class, org.adjudicator.server.Features.class,
            ScenarioCommand.class, Scenarios.class, ImportCommand.class);

    @Spec
    CommandSpec spec;

    /** The language of the texts, on every command (see {@link Language}); null: the environment's. */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "LANG",
            description = "es or en: the language of the texts (JSON keys and exit codes never change). "
                    + "Default: the environment's (LC_ALL, LC_MESSAGES, LANG: es_PE.UTF-8 gives Spanish), else English.")
    Language.Code lang;

    @Override
    public void run() {
        List<String> commands = spec.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: "
                + String.join(", ", commands.subList(0, commands.size() - 1)) + " or " + commands.get(commands.size() - 1));
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", System.getProperty("org.jboss.logging.provider", "slf4j"));

        WarmUp.start(args);
        int code;
        try (WeldContainer container = boot(beansFor(args))) {
            // UTF-8 whatever the locale: team names are not ASCII ("Atlético Grau").
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
            code = commandLine(container, out, err, args).execute(args);
            out.flush();
            err.flush();
        }
        System.exit(code);
    }

    /**
     * Weld without classpath scanning. There is no beans.xml to validate, so the XML schema is not
     * loaded (about 0.1 s of a cold start); on two cores, deploying on one thread is as fast.
     */
    public static WeldContainer boot() {
        return boot(BEANS);
    }

    /** Containers booted in this JVM (tests boot several): each one's id must be its own. */
    private static final AtomicInteger CONTAINERS = new AtomicInteger();

    /** Weld with only the given beans (each bean's injected parts among them). */
    static WeldContainer boot(List<Class<?>> beans) {
        if (System.getProperty("org.jboss.weld.xml.disableValidating") == null) {
            System.setProperty("org.jboss.weld.xml.disableValidating", "true");
        }
        // A container id of our own: Weld's default is a random UUID, whose SecureRandom costs a cold start a few ms.
        return new Weld("adjudicator-" + CONTAINERS.incrementAndGet()).disableDiscovery().beanClasses(beans.toArray(Class<?>[]::new))
                .property("org.jboss.weld.bootstrap.concurrentDeployment", false)
                .property("org.jboss.weld.bootstrap.preloaderThreadPoolSize", 0)
                .initialize();
    }

    /**
     * The beans the command named first needs: the command and, transitively, what it and its mixins inject; every
     * bean when the arguments name no command of ours (help, --version, a mistake). Fewer beans, a
     * quicker Weld: rank has no use for the server, the solver or the simulator. The other commands'
     * objects are still made (picocli reads their options), without injection: they do not run.
     */
    static List<Class<?>> beansFor(String[] args) {
        if (args.length == 0) return BEANS;
        for (Class<?> bean : BEANS) {
            Command command = bean.getAnnotation(Command.class);
            if (command != null && command.name().equals(args[0])) {
                Set<Class<?>> needed = new LinkedHashSet<>();
                addWithInjected(bean, needed);
                return List.copyOf(needed);
            }
        }
        return BEANS;
    }

    private static void addWithInjected(Class<?> bean, Set<Class<?>> needed) {
        if (!needed.add(bean)) return;
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                // A picocli mixin made by the container (ScenarioCommand) injects beans of its own.
                boolean wired = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(Mixin.class);
                if (wired && BEANS.contains(field.getType())) addWithInjected(field.getType(), needed);
            }
        }
    }

    /** The command line wired to a container, writing to the given streams (tests capture them), with every command. */
    public static CommandLine commandLine(WeldContainer container, PrintWriter out, PrintWriter err) {
        return commandLine(container, out, err, COMMANDS);
    }

    /**
     * The command line for these arguments: when they start with the name of one of the commands, it
     * holds that command alone, since no other is parsed, run or shown (picocli's model of the 13 others,
     * made by reflection on their annotations, was a tenth of a cold start); otherwise (no command, help,
     * --help, --version, a mistake) every command, as {@link #commandLine(WeldContainer, PrintWriter, PrintWriter)}.
     */
    public static CommandLine commandLine(WeldContainer container, PrintWriter out, PrintWriter err, String[] args) {
        CommandLine commandLine = commandLine(container, out, err, commandsFor(args));
        HelpLanguage.apply(commandLine, Language.of(args, System.getenv()));
        return commandLine;
    }

    /** The one command the arguments name first, or every command when they name none (help is run with its siblings). */
    static List<Class<?>> commandsFor(String[] args) {
        if (args.length == 0) return COMMANDS;
        for (Class<?> command : COMMANDS) {
            if (command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(args[0])) {
                return List.of(command);
            }
        }
        return COMMANDS;
    }

    private static CommandLine commandLine(WeldContainer container, PrintWriter out, PrintWriter err, List<Class<?>> commands) {
        CdiFactory factory = new CdiFactory(container);
        CommandLine commandLine = new CommandLine(Main.class, factory);
        // Before the settings below: picocli passes them on to the subcommands it already has.
        for (Class<?> command : commands) commandLine.addSubcommand(command);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(Main::handle);
        commandLine.setParameterExceptionHandler(Main::mistake);
        commandLine.setExecutionStrategy(Main::execute);
        // Every command answers -V / --version with the tool's version, not only the top level.
        for (CommandLine sub : commandLine.getSubcommands().values()) sub.getCommandSpec().version(commandLine.getCommandSpec().version());
        return commandLine;
    }

    /** A command-line mistake: one line saying what is wrong and where to read more, exit 2 (the usage is --help's). */
    private static int mistake(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(Mistakes.line(e, Language.of(args, System.getenv())));
        err.flush();
        return BAD_INPUT;
    }

    /** Runs the command, after refusing an empty option or parameter value (`--rules ""` is no folder). */
    private static int execute(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (CommandLine.Model.OptionSpec option : p.matchedOptions()) {
                if (option.originalStringValues().stream().anyMatch(String::isBlank)) {
                    throw new CommandLine.ParameterException(p.commandSpec().commandLine(),
                            "option " + option.longestName() + " is given an empty value");
                }
            }
            for (CommandLine.Model.PositionalParamSpec positional : p.matchedPositionals()) {
                if (positional.originalStringValues().stream().anyMatch(String::isBlank)) {
                    throw new CommandLine.ParameterException(p.commandSpec().commandLine(),
                            positional.paramLabel() + " is given an empty value");
                }
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        boolean debug = parsed.originalArgs().contains("--debug");
        if (e instanceof UserError userError) {
            err.println(userError.oneLine(Language.of(commandLine.getCommandSpec())));
            if (debug) e.printStackTrace(err);
            err.flush();
            return BAD_INPUT;
        }
        Messages words = Language.of(commandLine.getCommandSpec());
        err.println(words.text(debug ? "error.internal" : "error.internalRunAgain", ControlCharacters.escape(String.valueOf(e))));
        if (debug) e.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }
}
