package org.adjudicator.facts;

import java.util.List;
import java.util.Map;

/**
 * One decision a rule made, in the words and figures an official needs to check it: which rule,
 * which criterion of the regulation (its number and wording), which teams, the value of each, the
 * outcome (groups best first; teams in one inner list are still level) and a sentence that says it.
 *
 * @param table       the table the decision belongs to
 * @param kind        "separated" (the criterion ordered some of the teams), "level" (it did not),
 *                    or "unresolved" (no criterion left, or one that lacks data: the teams share a position)
 * @param rule        the name of the rule that made the decision
 * @param regulation  the criterion's number in the regulation's text, e.g. "3" or "5.1"
 * @param wording     the criterion in the regulation's words
 * @param figure      the figure of the teams' records that the criterion compares (empty if none)
 * @param column      the heading under which the table shows that figure
 * @param step        how many criteria had been tried on these teams before this one
 */
public record Explanation(
        String table,
        String kind,
        String rule,
        String regulation,
        String wording,
        String figure,
        String column,
        int firstPosition,
        int step,
        List<String> teams,
        Map<String, String> values,
        List<List<String>> outcome,
        String description) {

    public static final String SEPARATED = "separated";
    public static final String LEVEL = "level";
    public static final String UNRESOLVED = "unresolved";

    public boolean involves(String team) { return teams.contains(team); }

    /** True when this decision put {@code a} and {@code b} in different groups. */
    public boolean separates(String a, String b) {
        if (!involves(a) || !involves(b)) return false;
        for (List<String> group : outcome) {
            if (group.contains(a)) return !group.contains(b);
        }
        return false;
    }
}
