package org.adjudicator.facts;

/**
 * A team withdrawn from, or excluded from, the competition; the rules decide what becomes of its matches.
 *
 * @param line  where the scenario writes it (0 when it comes from the command line, a what-if)
 * @param field how an error names it: "withdrawals[0]", or the command-line option as typed
 */
public record Withdrawal(String team, String reason, int line, String field) {
    public Withdrawal(String team, String reason) {
        this(team, reason, 0, "withdrawals");
    }
}
