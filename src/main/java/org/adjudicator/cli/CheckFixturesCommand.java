package org.adjudicator.cli;

import java.util.concurrent.Callable;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.facts.Violation;
import org.adjudicator.scenario.Tournament;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check-fixtures", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Check the first-round fixture against the regulation's pairing restrictions.",
            "",
            "Lists every violation with the restriction it breaks, the rule (file and line), the teams and the "
                + "matches. Exit 1 if there is any, 0 if none."},
        footerHeading = "%nExample:%n",
        footer = "  check-fixtures scenarios/copa-peru-2017/national-stage.yaml")
public class CheckFixturesCommand implements Callable<Integer> {
    @Mixin
    ScenarioCommand input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Tournament tournament = input.readFixtureAsWritten();
        Adjudication adjudication = input.adjudicate(tournament);
        String stage = adjudication.settingText("fixture stage");
        long checked = tournament.matches().stream().filter(m -> stage == null || m.getStage().isEmpty() || m.getStage().equals(stage)).count();
        Output.whole(spec, out -> {
            out.println("Fixture check: " + tournament.name() + " (" + checked + (stage == null ? "" : " " + stage) + " matches, rules "
                    + adjudication.rules().name() + ")");
            for (Violation v : adjudication.violations()) {
                out.println("  (" + v.restriction() + ") " + v.description());
                out.println("      " + adjudication.rules().cite(v.rule())
                        + (v.matches().isEmpty() ? "" : "; matches: " + String.join(", ", v.matches())));
            }
            out.println(adjudication.violations().isEmpty()
                    ? "No violation: the fixture satisfies every pairing restriction."
                    : adjudication.violations().size() + " violation(s).");
        });
        return adjudication.violations().isEmpty() ? 0 : 1;
    }
}
