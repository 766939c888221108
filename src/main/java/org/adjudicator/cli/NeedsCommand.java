package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.adjudicator.UserError;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.report.Messages;
import org.adjudicator.workflow.NeedsPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "needs", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "What a team needs from the matches left in its table to reach a target: a place (--target 1 for first "
                + "place, 2 for the first two...) or a zone (--target \"round of 16\"); by default every zone of the "
                + "table (or, in a table without zones, first place, the first 2, ...).",
            "",
            "The matches that bear on the team (its own, and those of the teams its points can still meet) are "
                + "worked through, every win/draw/loss outcome counted in points as the rules award them. A condition "
                + "is printed as sufficient only when points alone settle it, so it holds whatever the scores; "
                + "outcomes where the team is level on points with a team across the boundary are listed apart "
                + "(the criteria after points decide), each with scores the rules were asked about.",
            "",
            "With more outcomes than --limit (the general table with two rounds to go), the constraint solver answers "
                + "instead, as it is then the faster: clinched, eliminated or open for each zone (or the target), an "
                + "outcome for each side in words with the rules' verdict on it, and the fewest conditions on the "
                + "team's own matches that guarantee the zone or rule it out. A progress bar on a terminal.",
            "",
            "A team with the second leg of a two-legged tie left (its first leg played) and no --target: the scores "
                + "of that leg are adjudicated by the rules, margin by margin until the answer stops changing, and "
                + "the answer says which margins take the team through and what decides (aggregate, away goals, "
                + "extra time, penalties, as the set orders them): \"wins by 6 or more: through (aggregate score)\"."},
        footerHeading = "%nExample:%n",
        footer = "  needs my-final-group.yaml Binacional --target 1")
public class NeedsCommand implements Callable<Integer> {
    @Mixin
    ScenarioCommand input;

    @Parameters(index = "1", paramLabel = "TEAM", description = "The team, as named in the scenario.")
    String team;

    @Option(names = "--target", paramLabel = "ZONE|POSITION", description = "A position (finish there or higher) or a zone; default: every zone of the table.")
    String target;

    // Measured on this project's 2-core machine: 3^10 outcomes take well under a second of enumeration, 3^12
    // (four zones) about 7 s of CPU, where the solver answers the same table (25 matches left) in 2-3 s.
    @Option(names = "--limit", defaultValue = "59049", paramLabel = "N",
            description = "The most outcomes to work through before the constraint solver answers instead "
                + "(default 59049 = 3^10: ten matches bearing on the team, under a second; at most 4782969 = 3^14).")
    int limit;

    @Option(names = "--solver-budget", defaultValue = "2000", paramLabel = "MILLIS",
            description = "With more outcomes than --limit, the constraint solver answers: the most time one of its "
                + "questions may take (default 2000 ms); past it the answer is \"open (not proven)\".")
    long budget;

    @Spec
    CommandSpec spec;

    @Inject
    NeedsPath needsPath;

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
        if (limit < 1 || limit > 4_782_969) throw UserError.at(null, "--limit", "error.option.limit");
        if (budget < 1) throw UserError.at(null, "--solver-budget", "error.option.budget");
        Messages m = Language.of(spec);
        // The path the workspace takes too: a second leg margin by margin, every outcome up to --limit, else the solver.
        boolean terminal = System.console() != null;
        PrintWriter err = spec.commandLine().getErr();
        boolean[] shown = {false};
        NeedsPath.Answer answer = needsPath.answer(tournament, input.rules, team, target, limit, budget, m, (method, outcomes, fraction) -> {
            if (!terminal) return;
            if (method == NeedsPath.Method.SOLVER) {
                progress(err, m.text("workflow.solver.progress"), fraction);
            } else if (outcomes >= TELL_FROM) {
                progress(err, m.text("workflow.needs.progress", String.valueOf(outcomes)), fraction);
            } else {
                return;
            }
            shown[0] = true;
        });
        if (shown[0]) err.print("\r" + " ".repeat(70) + "\r");
        Output.lines(spec, answer.lines());
        return 0;
    }
}
