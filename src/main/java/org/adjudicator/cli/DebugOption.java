package org.adjudicator.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}: declared here once for the commands that take it. Main's error handler reads it
 * from the command line as given, so that it works even when the rest of the line is wrong.
 */
final class DebugOption {
    @Option(names = "--debug", description = "On an error, also print the stack trace.")
    boolean debug;
}
