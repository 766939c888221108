package org.adjudicator.workflow;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.adjudicator.facts.Match;
import org.adjudicator.report.Messages;
import org.adjudicator.report.NeedsReport;
import org.adjudicator.scenario.Tournament;

/**
 * Which way {@code needs} answers a question, and its answer: a second leg left (and no target)
 * margin by margin ({@link SecondLeg}); up to {@code limit} outcomes every one worked through
 * ({@link Needs}); beyond, the constraint solver ({@link SolverNeeds}). The order of the command
 * {@code needs}, so that the workspace gives the command line's answer to the same question.
 */
@Singleton
public class NeedsPath {
    /** How the answer was found. JSON's {@code method}: never translated. */
    public enum Method {
        SECOND_LEG("second-leg"), ENUMERATION("enumeration"), SOLVER("solver");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** An answer: its method, its lines as {@code needs} prints them, the enumeration's analysis when it answered (else null). */
    public record Answer(Method method, long outcomes, List<String> lines, Needs.Analysis analysis) {
    }

    @Inject
    Needs needs;

    @Inject
    SolverNeeds solverNeeds;

    @Inject
    SecondLeg secondLeg;

    /** The answer {@code needs TEAM [--target T] --limit L --solver-budget B} prints. */
    public Answer answer(Tournament tournament, String rules, String team, String target, long limit, long budgetMillis) {
        return answer(tournament, rules, team, target, limit, budgetMillis, Messages.ENGLISH);
    }

    /** The same, its lines in the language of {@code m}. */
    public Answer answer(Tournament tournament, String rules, String team, String target, long limit, long budgetMillis, Messages m) {
        return answer(tournament, rules, team, target, limit, budgetMillis, m, (method, outcomes, fraction) -> { });
    }

    /** How far an answer has got: the method, the outcomes there are, the fraction worked through (0 to 1). */
    public interface Progress {
        void at(Method method, long outcomes, double fraction);
    }

    /** The same, {@code progress} told now and then how far it has got (the command's progress bar). */
    public Answer answer(Tournament tournament, String rules, String team, String target, long limit, long budgetMillis, Messages m,
                         Progress progress) {
        Optional<Match> leg = target == null ? secondLeg.left(tournament, team) : Optional.empty();
        if (leg.isPresent()) {
            return new Answer(Method.SECOND_LEG, 0, secondLeg.answer(tournament, rules, team, leg.get(), m), null);
        }
        long outcomes = needs.outcomes(tournament, rules, team);
        if (outcomes > limit) {
            List<String> lines = solverNeeds.answer(tournament, rules, team, target, budgetMillis, m,
                    (done, of) -> progress.at(Method.SOLVER, outcomes, (double) done / of));
            return new Answer(Method.SOLVER, outcomes, lines, null);
        }
        Needs.Analysis a = needs.analyse(tournament, rules, team, target, limit, m, fraction -> progress.at(Method.ENUMERATION, outcomes, fraction));
        return new Answer(Method.ENUMERATION, outcomes, NeedsReport.lines(team, a), a);
    }
}
