package org.adjudicator.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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
