package org.adjudicator.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;

/**
 * What the commands do with a scenario, in one place: read it, find and load the regulation set to
 * apply (the scenario's own, or one named on the command line), adjudicate it, and write a changed
 * copy that the tool reads back from where it lands.
 */
@Singleton
class Scenarios {
    @Inject
    ScenarioReader reader;

    @Inject
    Adjudicator adjudicator;

    @Inject
    RulesLoader loader;

    Tournament read(Path scenario) {
        return reader.read(scenario);
    }

    /** A fixture as written, a team in two matches of one round included (for check-fixtures). */
    Tournament readFixtureAsWritten(Path scenario) {
        return reader.readFixtureAsWritten(scenario);
    }

    /** Under {@code rules} (a name under rules/ or a folder, from the command line), or the scenario's own set when null. */
    Adjudication adjudicate(Tournament tournament, String rules, boolean trace) {
        return adjudicator.adjudicate(tournament, rules, trace);
    }

    Adjudication adjudicate(Tournament tournament, RuleSet rules) {
        return adjudicator.adjudicate(tournament, rules, false);
    }

    /** The regulation set {@link #adjudicate(Tournament, String, boolean)} applies, loaded. */
    RuleSet ruleSet(Tournament tournament, String rules) {
        return loader.load(rules == null ? loader.locate(tournament.rulesName(), tournament.source())
                : loader.locateFromCommandLine(rules, tournament.source()));
    }

    /** A scenario's text changed in place, ready to be written to {@code out}: see {@link ScenarioOutput#prepareText}. */
    ScenarioOutput.Prepared prepareText(Path out, String text, RuleSet rules) {
        return ScenarioOutput.prepareText(out, text, rules, loader, reader);
    }

    /** How a scenario file at {@code out} names a rules folder: see {@link ScenarioOutput#rulesReference}. */
    String rulesReference(String asWritten, RuleSet rules, Path out) {
        return ScenarioOutput.rulesReference(asWritten, rules.folder(), out, loader);
    }

    /** The regulation set in a folder, loaded. */
    RuleSet load(Path folder) {
        return loader.load(folder);
    }

    /** A changed copy of a scenario, ready to be written to {@code out}: see {@link ScenarioOutput#prepare}. */
    ScenarioOutput.Prepared prepare(Path out, ObjectNode tree, String header, RuleSet rules) throws IOException {
        return ScenarioOutput.prepare(out, tree, header, rules, loader, reader);
    }
}
