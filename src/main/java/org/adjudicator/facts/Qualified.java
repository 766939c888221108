package org.adjudicator.facts;

/**
 * A team that has earned its place in a stage, how ({@code via}), and its position in the table
 * the stage's pairings are drawn from.
 */
public record Qualified(String stage, String team, int position, String via, String rule, String description) {
    /** By position in the table the pairings are drawn from, best (lowest number) first. */
    public static final java.util.Comparator<Object> BEST_PLACED_FIRST =
            java.util.Comparator.comparingInt(q -> ((Qualified) q).position());
}
