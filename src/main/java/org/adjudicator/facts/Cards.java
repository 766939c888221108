package org.adjudicator.facts;

/**
 * The cards one team received in one match (players, and team officials' yellows). How many
 * points each kind costs is the regulation's: the rules weigh them.
 */
public record Cards(String team, String stage, String group, String match, int yellow, int secondYellowRed, int red,
                    int yellowRed, int officialsYellow) {
}
