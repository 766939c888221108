package org.adjudicator.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.scenario.Suggest;
import org.adjudicator.scenario.TeamNames;
import org.adjudicator.scenario.Tournament;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that reads a scenario takes, and what it does with it: read the scenario and
 * adjudicate it under the set {@code --rules} names or else the scenario's own. Picocli creates it
 * through the CDI container (it is one of Main's beans), so it brings the host's parts with it.
 */
final class ScenarioCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "The scenario file (YAML or JSON): teams, matches, and the regulation set to apply.")
    Path scenario;

    @Option(names = "--rules", paramLabel = "SET",
            description = "Apply this regulation set instead of the scenario's: a name under rules/ or a path to a folder.")
    String rules;

    @Mixin
    DebugOption debug;

    @Inject
    Scenarios scenarios;

    Tournament read() {
        return scenarios.read(scenario);
    }

    /** The fixture as written, a team in two matches of one round included (for check-fixtures). */
    Tournament readFixtureAsWritten() {
        return scenarios.readFixtureAsWritten(scenario);
    }

    Adjudication adjudicate(Tournament tournament) {
        return adjudicate(tournament, false);
    }

    /** With {@code trace}, every rule firing is recorded too. */
    Adjudication adjudicate(Tournament tournament, boolean trace) {
        return scenarios.adjudicate(tournament, rules, trace);
    }

    /** Under a set already loaded, e.g. a written copy under the set it was made with. */
    Adjudication adjudicate(Tournament tournament, RuleSet ruleSet) {
        return scenarios.adjudicate(tournament, ruleSet);
    }

    /** The regulation set {@link #adjudicate(Tournament)} applies, loaded. */
    RuleSet ruleSet(Tournament tournament) {
        return scenarios.ruleSet(tournament, rules);
    }

    /** A team named on the command line, as the scenario names it; a name it does not have is an error with "did you mean". */
    String team(Tournament tournament, String name) {
        String team = TeamNames.normal(name);
        if (!tournament.hasTeam(team)) {
            throw error("error.command.noTeam", team, Suggest.phrase(team, tournament.teamNames()));
        }
        return team;
    }

    /** An error in the scenario as a whole, naming its file. */
    UserError error(String key, Object... args) {
        return UserError.at(scenario.toString(), null, key, args);
    }

    /** The scenario as written (YAML or JSON), to be changed and written to a new file. */
    ObjectNode tree() throws IOException {
        return ScenarioOutput.readTree(scenario);
    }

    /** A changed copy of the scenario, ready to be written to {@code out}: see {@link ScenarioOutput#prepare}. */
    ScenarioOutput.Prepared prepare(Path out, ObjectNode tree, String header, RuleSet ruleSet) throws IOException {
        return scenarios.prepare(out, tree, header, ruleSet);
    }

    /** Refuses, before any work, an --out that would replace the scenario or whose extension names no format. */
    void checkOut(Path out) {
        ScenarioOutput.checkTarget(out, scenario);
    }
}
