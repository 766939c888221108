package org.adjudicator.scenario;

import java.util.List;
import java.util.Map;

/**
 * The outcome a scenario is expected to have, checked by `verify`. Every part is optional.
 *
 * @see ScenarioFile#expect
 */
public final class Expectations extends Located {
    /** Table name to (team to position). */
    public Map<String, Map<String, Integer>> positions;
    /** Team to zone of the general table ("round of 16", "repechage", "eliminated"). */
    public Map<String, String> zones;
    /** The winner of the final stage (first promotion). */
    public String champion;
    /** Team to what it is promoted to. */
    public Map<String, String> promoted;
    /** Tie name ("Tie Q1") to its winner, or "undecided" for a tie the scenario cannot decide. */
    public Map<String, String> winners;
    /** The criterion that decides between two teams of a table. */
    public List<Decided> decidedBy;
    /**
     * Team to (zone or place to status) in its table with matches left: "clinched", "eliminated" or
     * "open", as the constraint solver proves it ({@code status: {Binacional: {round of 16: open}}}).
     */
    public Map<String, Map<String, String>> status;
    /** How many pairing restrictions the first-round fixture breaks. */
    public Integer violations;

    /** {table, above, below, criterion}: the criterion (rule name) that puts {@code above} above {@code below}. */
    public static final class Decided {
        public String table;
        public String above;
        public String below;
        public String criterion;
    }
}
