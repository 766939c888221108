package org.adjudicator.facts;

/**
 * Where a team's position in a table sends it (e.g. "round of 16"), and the rule that says so.
 * {@code provisional} while the table has matches left (neither played nor awarded): the position,
 * and so the zone, may still change.
 */
public record Zone(String table, String team, int position, String zone, String rule, String description,
                   boolean provisional) {

    /** A zone of a complete table. */
    public Zone(String table, String team, int position, String zone, String rule, String description) {
        this(table, team, position, zone, rule, description, false);
    }
}
