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
        explain(rules, ranking, a, b, Messages.ENGLISH, out);
    }

    /** In the language of {@code m}, each criterion in its rule's words for it. */
    public void explain(RuleSet rules, Ranking ranking, String a, String b, Messages m, PrintWriter out) {
        Placement pa = ranking.placementOf(a);
        Placement pb = ranking.placementOf(b);
        PairVerdict verdict = PairVerdict.of(ranking, a, b);
        boolean tie = !ranking.table().isLeague();
        // In Spanish the set's words ("Llave O5 (octavos de final)"); in English as the rules name them ("Tie O5 (round-of-16)").
        String stageId = ranking.table().getStage();
        String stage = stageId == null || stageId.isEmpty() ? "" : " (" + (m.spanish() ? m.stage(rules, stageId, stageId).toLowerCase(java.util.Locale.ROOT) : stageId) + ")";
        String name = tie ? StageView.tieName(m, ranking.name()) : ranking.name();
        if (tie && (verdict.shared() || verdict.decisive() == null)) {
            out.println(verdict.decisive() == null ? m.text("explain.tie.undecided", name + stage, a, b)
                    : m.text("explain.tie.undecidedWhy", name + stage, a, b, PairVerdict.description(m, rules, verdict.decisive())));
        } else if (tie) {
            out.println(m.text("explain.tie.wins", verdict.upper(), name + stage, verdict.lower()));
        } else if (verdict.shared()) {
            out.println(m.text("explain.shared", a, b, String.valueOf(pa.getPosition())));
        } else {
            out.println(m.text(pa.getPosition() < pb.getPosition() ? "explain.above" : "explain.below",
                    a, m.ordinal(pa.getPosition()), b, m.ordinal(pb.getPosition())));
        }
        int n = 0;
        for (Explanation step : verdict.steps()) {
            n++;
            String wording = m.wording(rules, step.rule(), step.wording());
            String criterion = step.wording().isEmpty() ? m.text("explain.afterEvery")
                    : step.regulation().isEmpty() ? wording : m.text("explain.criterion", wording, step.regulation());
            // A tie's figures winner first, as run says them; a table's in the order the teams were named.
            String first = tie ? verdict.upper() : a;
            String second = tie ? verdict.lower() : b;
            String values = step.values().isEmpty() ? "" : ": " + first + " " + step.values().get(first) + ", " + second + " " + step.values().get(second);
            String outcome;
            if (Explanation.UNRESOLVED.equals(step.kind())) outcome = m.text("explain.notSeparated", PairVerdict.description(m, rules, step));
            else if (step.separates(a, b)) outcome = m.text(tie ? "explain.teamWins" : "explain.teamAbove", pa.getPosition() < pb.getPosition() ? a : b);
            else outcome = m.text("explain.level");
            out.println(String.format(Locale.ROOT, "  %d. %s%s: %s", n, criterion, values, outcome));
            String workings = m.workings(step.workingsOf(List.of(first, second)));
            if (!workings.isEmpty()) out.println("     " + workings + ".");
            if (step == verdict.decisive()) out.println("     " + m.cite(rules, step.rule()));
        }
        if (verdict.steps().isEmpty()) out.println("  " + m.text("explain.none"));
        out.flush();
    }
}
