package org.adjudicator.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
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

    /** Writes the report to a buffer, then prints it at once. */
    static void whole(CommandSpec spec, Consumer<PrintWriter> report) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        report.accept(out);
        out.flush();
        print(spec, buffer);
    }

    /** Prints the lines, each ended as println ends it, at once. */
    static void lines(CommandSpec spec, List<String> lines) {
        whole(spec, out -> lines.forEach(out::println));
    }
}
