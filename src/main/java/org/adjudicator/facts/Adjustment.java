package org.adjudicator.facts;

/**
 * A change the rules made to a table because of a sanction: points deducted, a match counted with
 * its awarded score, the matches of a withdrawn team annulled.
 */
public record Adjustment(String table, String team, String rule, String description) {
}
