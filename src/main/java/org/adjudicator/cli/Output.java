package org.adjudicator.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/** A command's output, written whole once everything is decided: an error midway prints nothing. */
final class Output {
    private Output() {
    }

    /** Prints what was written to the buffer, at once. */
    static void print(CommandSpec spec, StringWriter buffer) {
        spec.commandLine().getOut().print(buffer);
        spec.commandLine().getOut().flush();
    }

    static void whole(CommandSpec spec, Consumer<PrintWriter> report) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        report.accept(out);
        out.flush();
        spec.commandLine().getOut().print(buffer);
        spec.commandLine().getOut().flush();
    }
}
