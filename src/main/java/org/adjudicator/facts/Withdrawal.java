package org.adjudicator.facts;

/** A team withdrawn from, or excluded from, the competition; the rules decide what becomes of its matches. */
public record Withdrawal(String team, String reason) {
}
