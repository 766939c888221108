package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.adjudicator.UserError;
import org.adjudicator.facts.Match;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.report.NeedsReport;
import org.adjudicator.workflow.Needs;
import org.adjudicator.workflow.SecondLeg;
import org.adjudicator.workflow.SolverNeeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "needs", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "What a team needs from the matches left in its table to reach a target: a place (--target 1, the "
                + "default, or 2 for the first two...) or a zone (--target \"round of 16\").",
            "",
            "Every win/draw/loss outcome of the remaining matches is adjudicated by the rules, with margins "
                + "favourable and unfavourable to the team. The answer: clinched, impossible, or the fewest "
                + "conditions under which the target is reached; outcomes that goal difference or a later "
                + "criterion decides are listed apart, with the margin needed where it can be worked out.",
            "",
            "With more outcomes than --limit (the general table with two rounds to go), a constraint solver answers "
                + "instead: clinched, eliminated or open for each zone (or the target), an outcome for each side in "
                + "words with the rules' verdict on it, and the fewest conditions on the team's own matches that "
                + "guarantee the zone or rule it out.",
            "",
            "A team with the second leg of a two-legged tie left (its first leg played) and no --target: every "
                + "score of that leg up to 4 goals a side is adjudicated by the rules, and the answer says, margin by "
                + "margin, which scores take the team through and what decides (aggregate, away goals, extra time, "
                + "penalties, as the set orders them)."},
        footerHeading = "%nExample:%n",
        footer = "  needs my-final-group.yaml Binacional --target 1")
public class NeedsCommand implements Callable<Integer> {
    @Mixin
    ScenarioCommand input;

    @Parameters(index = "1", paramLabel = "TEAM", description = "The team, as named in the scenario.")
    String team;

    @Option(names = "--target", paramLabel = "ZONE|POSITION", description = "A position (finish there or higher) or a zone; default 1.")
    String target;

    @Option(names = "--limit", defaultValue = "6561", paramLabel = "N",
            description = "The most outcomes to work through (default 6561 = 3^8, about 8 matches left; at most 4782969 = 3^14).")
    int limit;

    @Option(names = "--solver-budget", defaultValue = "2000", paramLabel = "MILLIS",
            description = "With more outcomes than --limit, the constraint solver answers: the most time one of its "
                + "questions may take (default 2000 ms); past it the answer is \"open (not proven)\".")
    long budget;

    @Spec
    CommandSpec spec;

    @Inject
    SolverNeeds solverNeeds;

    @Inject
    Needs needs;

    @Inject
    SecondLeg secondLeg;

    /** From how many outcomes the enumeration shows its progress on a terminal (below, it answers at once). */
    static final long TELL_FROM = 59_049;

    /** A progress bar on standard error, as `simulate` shows its own: only on a terminal. */
    private static void progress(PrintWriter err, String what, double fraction) {
        int width = 30;
        int filled = (int) Math.round(fraction * width);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + what);
        err.flush();
    }

    @Override
    public Integer call() {
        Tournament tournament = input.read();
        team = input.team(tournament, team);
        if (limit < 1 || limit > 4_782_969) throw new UserError(null, "--limit", "between 1 and 4782969 (3^14)");
        if (budget < 1) throw new UserError(null, "--solver-budget", "at least 1 millisecond");
        Optional<Match> leg = target == null ? secondLeg.left(tournament, team) : Optional.empty();
        if (leg.isPresent()) {
            // A two-legged tie with its second leg left: every score of that leg, adjudicated by the rules.
            Output.lines(spec, secondLeg.answer(tournament, input.rules, team, leg.get()));
            return 0;
        }
        long outcomes = needs.outcomes(tournament, input.rules, team);
        boolean terminal = System.console() != null;
        PrintWriter err = spec.commandLine().getErr();
        if (outcomes > limit) {
            // Too many outcomes to enumerate: the constraint solver answers, per zone or for the target.
            Output.lines(spec, solverNeeds.answer(tournament, input.rules, team, target, budget, (done, of) -> {
                if (terminal) progress(err, "constraint solver", (double) done / of);
            }));
            if (terminal) err.print("\r" + " ".repeat(70) + "\r");
            return 0;
        }
        Needs.Analysis a = needs.analyse(tournament, input.rules, team, target, limit, fraction -> {
            if (terminal && outcomes >= TELL_FROM) progress(err, outcomes + " outcomes", fraction);
        });
        if (terminal && outcomes >= TELL_FROM) err.print("\r" + " ".repeat(70) + "\r");
        Output.lines(spec, NeedsReport.lines(team, a));
        return 0;
    }
}
