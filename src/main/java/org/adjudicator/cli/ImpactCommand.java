package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.report.Messages;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Causes;
import org.adjudicator.workflow.Outcome;
import org.adjudicator.workflow.SetDifferences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "impact", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Compare two regulation sets on scenarios: for each scenario, what differs (positions, zones, pairings, "
                + "winners, stages left undecided, champion, promotions) and the criterion now responsible for each changed position.",
            "",
            "When the sets differ in more than one way (an order of the criteria, each setting, the other rules), each difference "
                + "is tried alone and a move names the one without which it does not happen (\"cause: ...\"), or says that it "
                + "takes several, with where the team would be without each."},
        footerHeading = "%nExample:%n",
        footer = "  impact --rules copa-peru-2017 --rules copa-peru-2017-proposal scenarios/copa-peru-2017/national-stage.yaml")
public class ImpactCommand implements Callable<Integer> {
    @Option(names = "--rules", required = true, arity = "1", paramLabel = "SET",
            description = "The regulation sets to compare: give it twice, the current set first, then the proposal.")
    List<String> rules;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files.")
    List<Path> files;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Inject
    Scenarios scenarios;

    @Override
    public Integer call() {
        if (rules.size() != 2) throw UserError.at(null, "--rules", "error.impact.twoSets");
        Messages m = Language.of(spec);
        Output.whole(spec, out -> {
            for (Path file : files) {
                Tournament tournament = scenarios.read(file);
                Adjudication a = scenarios.adjudicate(tournament, rules.get(0), false);
                Adjudication b = scenarios.adjudicate(tournament, rules.get(1), false);
                List<Outcome.Change> changes = Outcome.of(a).changesTo(Outcome.of(b), causes(tournament, a, b), m);
                out.println(m.text("workflow.impact.heading", file, a.rules().name(), b.rules().name(), changes.size()));
                for (Outcome.Change c : changes) out.println("  " + c.sentence());
            }
        });
        return 0;
    }

    /**
     * With two differences or more between the sets, each alone: a move is blamed on the
     * differences without which it does not happen (see {@link SetDifferences}); with one, or when
     * the sets cannot be taken apart, none (the criterion responsible is then found from the two sets alone).
     */
    private Causes causes(Tournament tournament, Adjudication a, Adjudication b) {
        SetDifferences differences = SetDifferences.between(a.rules(), b.rules());
        if (differences.differences().size() < 2) return null;
        List<Causes.Change> changes = new ArrayList<>();
        for (SetDifferences.Difference d : differences.differences()) {
            Path folder = differences.withAllBut(d);
            if (folder == null) return null;
            RuleSet without;
            try {
                without = scenarios.load(folder);
            } catch (UserError inseparable) {
                return null; // this difference does not stand apart from the others (a criterion added with its rule, say)
            }
            changes.add(new Causes.Change(d.words(), () -> scenarios.adjudicate(tournament, without), d.spanish()));
        }
        return new Causes(changes);
    }
}
