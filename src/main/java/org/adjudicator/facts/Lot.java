package org.adjudicator.facts;

/** One team's place in the recorded result of a drawing of lots: rank 1 drew best. */
public final class Lot {
    private final String team;
    private final int rank;

    public Lot(String team, int rank) {
        this.team = team;
        this.rank = rank;
    }

    public String getTeam() { return team; }

    public int getRank() { return rank; }

    @Override
    public String toString() { return team + " drew " + rank; }
}
