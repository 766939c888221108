package org.adjudicator.facts;

/**
 * A points deduction (negative) or award, with its reason. {@code stage} is the match stage whose
 * table it counts in ("" when the scenario gives none: the rules decide which table that is).
 */
public record Sanction(String team, int points, String reason, String stage) {
}
