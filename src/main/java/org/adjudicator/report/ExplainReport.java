package org.adjudicator.report;

import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Placement;

/** Why team A stands above team B (or level with it), or won their knockout tie, criterion by criterion. */
@Singleton
public class ExplainReport {

    public void explain(RuleSet rules, Ranking ranking, String a, String b, PrintWriter out) {
        Placement pa = ranking.placementOf(a);
        Placement pb = ranking.placementOf(b);
        PairVerdict verdict = PairVerdict.of(ranking, a, b);
        boolean tie = !ranking.table().isLeague();
        String stage = ranking.table().getStage() == null || ranking.table().getStage().isEmpty() ? "" : " (" + ranking.table().getStage() + ")";
        if (tie && (verdict.shared() || verdict.decisive() == null)) {
            out.println(ranking.name() + stage + " between " + a + " and " + b + " is not decided"
                    + (verdict.decisive() == null ? "." : ": " + verdict.decisive().description()));
        } else if (tie) {
            out.println(verdict.upper() + " wins " + ranking.name() + stage + " against " + verdict.lower() + ".");
        } else if (verdict.shared()) {
            out.println(a + " and " + b + " share position " + pa.getPosition() + ".");
        } else {
            String relation = pa.getPosition() < pb.getPosition() ? " stands above " : " stands below ";
            out.println(a + " (" + ordinal(pa.getPosition()) + ")" + relation + b + " (" + ordinal(pb.getPosition()) + ").");
        }
        int n = 0;
        for (Explanation step : verdict.steps()) {
            n++;
            String criterion = step.wording().isEmpty() ? "After every criterion"
                    : step.wording() + (step.regulation().isEmpty() ? "" : " (criterion " + step.regulation() + ")");
            // A tie's figures winner first, as run says them; a table's in the order the teams were named.
            String first = tie ? verdict.upper() : a;
            String second = tie ? verdict.lower() : b;
            String values = step.values().isEmpty() ? "" : ": " + first + " " + step.values().get(first) + ", " + second + " " + step.values().get(second);
            String outcome;
            if (Explanation.UNRESOLVED.equals(step.kind())) outcome = "not separated. " + step.description();
            else if (step.separates(a, b)) outcome = (pa.getPosition() < pb.getPosition() ? a : b) + (tie ? " wins." : " above.");
            else outcome = "level.";
            out.println(String.format(Locale.ROOT, "  %d. %s%s: %s", n, criterion, values, outcome));
            String workings = step.workingsOf(List.of(a, b));
            if (!workings.isEmpty()) out.println("     " + workings + ".");
            if (step == verdict.decisive()) out.println("     " + rules.cite(step.rule()));
        }
        if (verdict.steps().isEmpty()) out.println("  No decision of the rules involved both teams.");
        out.flush();
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
