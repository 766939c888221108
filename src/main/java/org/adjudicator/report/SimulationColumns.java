package org.adjudicator.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.adjudicator.engine.Adjudication;

/** The columns of a simulation's table, as {@code simulate} prints them and the workspace shows them. */
public final class SimulationColumns {
    private SimulationColumns() {
    }

    /**
     * The outcomes worth a column: the zones, stages reached and promotions where the rules name any;
     * the places of a table only when they name none.
     */
    public static List<String> shown(Collection<String> outcomes) {
        List<String> shown = new ArrayList<>(outcomes);
        boolean named = shown.stream().anyMatch(o -> !o.startsWith("place: "));
        shown.removeIf(o -> named && o.startsWith("place: "));
        return shown;
    }

    /**
     * A column's heading in a language: in English as {@link #heading(String)}; in Spanish "Puesto 3",
     * "Asciende 1.º", "Llega a finalísima", a zone by the set's words ({@code a}, an adjudication of
     * the scenario, gives the zones' rules; null: the zone's name as the rules give it).
     */
    public static String heading(String outcome, Messages m, Adjudication a) {
        if (!m.spanish()) return heading(outcome);
        String what = outcome.substring(outcome.indexOf(": ") + 2);
        if (outcome.startsWith("place: ")) return m.text("workflow.simulate.place", what);
        if (outcome.startsWith("promoted: ")) return m.text("workflow.simulate.promoted", m.ordinal(Integer.parseInt(what)));
        if (outcome.startsWith("reached: ")) {
            return m.text("workflow.simulate.reached", a == null ? what : WorkflowWords.stageInSentence(m, a, what));
        }
        String zone = WorkflowWords.zone(m, a, what);
        return zone.isEmpty() ? zone : zone.substring(0, 1).toUpperCase(Locale.ROOT) + zone.substring(1);
    }

    /** "zone: round of 16" -> "Round of 16"; "reached: final-group" -> "Reached final group"; "promoted: 1" -> "Promoted 1st". */
    public static String heading(String outcome) {
        String what = outcome.substring(outcome.indexOf(": ") + 2);
        if (outcome.startsWith("place: ")) return "Place " + what;
        if (outcome.startsWith("promoted: ")) {
            return "Promoted " + what + (what.equals("1") ? "st" : what.equals("2") ? "nd" : what.equals("3") ? "rd" : "th");
        }
        String title = StageView.title(what);
        return outcome.startsWith("reached: ") ? "Reached " + title.toLowerCase(Locale.ROOT) : title;
    }
}
