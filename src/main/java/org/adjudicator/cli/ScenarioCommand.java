package org.adjudicator.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads a scenario takes. */
final class ScenarioCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "The scenario file (YAML or JSON): teams, matches, and the regulation set to apply.")
    Path scenario;

    @Option(names = "--rules", paramLabel = "SET",
            description = "Apply this regulation set instead of the scenario's: a name under rules/ or a path to a folder.")
    String rules;

    @Option(names = "--debug", description = "On an error, also print the stack trace.")
    boolean debug;
}
