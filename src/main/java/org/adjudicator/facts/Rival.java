package org.adjudicator.facts;

/**
 * A team the regulation lets {@code team} meet: a geographical rival. {@code rank} is where the
 * rival's department stands among the team's nearest departments (1 = nearest).
 */
public final class Rival {
    private final String team;
    private final String rival;
    private final int distanceKm;
    private final int rank;

    public Rival(String team, String rival, int distanceKm, int rank) {
        this.team = team;
        this.rival = rival;
        this.distanceKm = distanceKm;
        this.rank = rank;
    }

    public String getTeam() { return team; }

    public String getRival() { return rival; }

    public int getDistanceKm() { return distanceKm; }

    public int getRank() { return rank; }

    @Override
    public String toString() { return rival + " is a rival of " + team + " (" + distanceKm + " km)"; }
}
