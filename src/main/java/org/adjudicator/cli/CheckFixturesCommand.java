package org.adjudicator.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.facts.Violation;
import org.adjudicator.report.Messages;
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
        Messages m = Language.of(spec);
        // In Spanish the stage by the set's name for it ("de la Finalísima"), left out when the set has none.
        String spanishStage = stage == null ? stage : m.stage(adjudication.rules(), stage, stage);
        String stageWords = stage == null ? "" : !m.spanish() ? " " + stage
                : spanishStage.equals(stage) ? "" : m.text("workflow.fixtures.stage", spanishStage.toLowerCase(Locale.ROOT));
        Output.whole(spec, out -> {
            out.println(m.text("workflow.fixtures.heading", tournament.name(), checked, stageWords, adjudication.rules().name()));
            for (Violation v : adjudication.violations()) {
                out.println("  (" + v.restriction() + ") " + v.description());
                out.println("      " + m.cite(adjudication.rules(), v.rule())
                        + (v.matches().isEmpty() ? "" : m.text("workflow.fixtures.matches", String.join(", ", v.matches()))));
            }
            out.println(adjudication.violations().isEmpty() ? m.text("workflow.fixtures.none")
                    : m.text("workflow.fixtures.count", adjudication.violations().size()));
        });
        return adjudication.violations().isEmpty() ? 0 : 1;
    }
}
