package org.adjudicator.facts;

/**
 * Something an official should know about a stage that is not a decision: it waits for matches, its
 * entrants are not yet known, a tie's legs disagree with the pairing.
 */
public record Notice(String stage, String rule, String description, boolean waiting) {
    /** A notice that the stage waits for something (it is not complete). */
    public Notice(String stage, String rule, String description) {
        this(stage, rule, description, true);
    }
}
