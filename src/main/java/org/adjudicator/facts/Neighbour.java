package org.adjudicator.facts;

/** One of a department's nearest departments: {@code rank} 1 is the nearest. */
public final class Neighbour {
    private final String department;
    private final String other;
    private final int distanceKm;
    private final int rank;

    public Neighbour(String department, String other, int distanceKm, int rank) {
        this.department = department;
        this.other = other;
        this.distanceKm = distanceKm;
        this.rank = rank;
    }

    public String getDepartment() { return department; }

    public String getOther() { return other; }

    public int getDistanceKm() { return distanceKm; }

    public int getRank() { return rank; }

    @Override
    public String toString() { return other + " is " + department + "'s neighbour no. " + rank + " (" + distanceKm + " km)"; }
}
