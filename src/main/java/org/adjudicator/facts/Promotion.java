package org.adjudicator.facts;

/** A team's final honour: promoted to a league, with the rule and the position that earned it. */
public record Promotion(String team, int position, String to, String rule, String description) {
}
