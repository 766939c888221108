package org.adjudicator.facts;

/**
 * A knockout round as the regulation declares it: its stage, how many teams it takes, and who
 * enters it: the places of a zone ({@code zone}, or "" for none) and the winners of an earlier
 * round ({@code winnersOf}, its stage, or "" for none). Its rules pair the entrants; the host
 * checks that they add up to its size.
 */
public record KnockoutRound(String stage, int size, String zone, String winnersOf, String rule) {
}
