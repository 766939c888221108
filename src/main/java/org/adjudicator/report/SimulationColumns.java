package org.adjudicator.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.adjudicator.engine.Adjudication;
import java.util.function.ToIntBiFunction;

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

    /**
     * The teams as {@code simulate} lists them, and the workspace too: by their count of the first
     * column, then of the next, and so on; then by name.
     */
    public static List<String> teams(Collection<String> teams, List<String> columns, ToIntBiFunction<String, String> count) {
        Comparator<String> order = Comparator.comparingInt(t -> 0);
        for (String o : columns) order = order.thenComparing(Comparator.comparingInt((String t) -> -count.applyAsInt(t, o)));
        List<String> sorted = new ArrayList<>(teams);
        sorted.sort(order.thenComparing(Comparator.naturalOrder()));
        return sorted;
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
