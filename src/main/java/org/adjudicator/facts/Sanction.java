package org.adjudicator.facts;

/**
 * A points deduction (negative) or award, with its reason. {@code stage} is the match stage whose
 * table it counts in ("" when the scenario gives none: the rules decide which table that is).
 *
 * @param line  where the scenario writes it (0 when it comes from the command line, a what-if)
 * @param field how an error names it: "sanctions[0]", or the command-line option as typed
 */
public record Sanction(String team, int points, String reason, String stage, int line, String field) {
    public Sanction(String team, int points, String reason, String stage) {
        this(team, points, reason, stage, 0, "sanctions");
    }
}
