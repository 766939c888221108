package org.adjudicator.facts;

/**
 * Two teams the regulation pairs in a knockout round. {@code better} is the better-placed team
 * (it hosts the second leg); positions are in the table the pairing is drawn from.
 */
public record Pairing(String stage, int number, String better, int betterPosition, String worse, int worsePosition,
                      String rule, String description) {
}
