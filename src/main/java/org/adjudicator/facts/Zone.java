package org.adjudicator.facts;

/** Where a team's position in a table sends it (e.g. "round of 16"), and the rule that says so. */
public record Zone(String table, String team, int position, String zone, String rule, String description) {
}
