package org.adjudicator;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.adjudicator.cli.Main;
import org.jboss.weld.environment.se.WeldContainer;

/** Runs the command line in this JVM, as a user would from a shell, and captures what it prints. */
public final class Cli {
    private static WeldContainer container;

    private Cli() {
    }

    private static synchronized void boot() {
        if (container == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
            container = Main.boot();
        }
    }

    /** One of the host's parts, from the same container the command line uses. */
    public static synchronized <T> T bean(Class<T> type) {
        boot();
        return container.select(type).get();
    }

    /** What a run printed and the exit code it would give the shell. */
    public record Result(int exit, String out, String err) {
    }

    public static synchronized Result run(String... args) {
        boot();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // As a user's run: the command line holds the command the arguments name alone.
        int exit = Main.commandLine(container, new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
