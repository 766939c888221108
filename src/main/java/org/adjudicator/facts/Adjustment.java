package org.adjudicator.facts;

/**
 * A change the rules made to a table because of a sanction: points deducted, a match counted with
 * its awarded score, the matches of a withdrawn team annulled.
 *
 * @param cause the fact it applies (the {@link Sanction}, {@link Withdrawal} or awarded {@link Match}),
 *              so the host can tell that every sanction of the scenario was applied somewhere; null
 *              when a rule does not say (the host then takes it to apply those of its team)
 */
public record Adjustment(String table, String team, String rule, String description, Object cause) {
    public Adjustment(String table, String team, String rule, String description) {
        this(table, team, rule, description, null);
    }
}
