package org.adjudicator.clinch;

/** The points a win, a draw and a defeat bring, as the regulation set awards them. */
public record PointsForResults(int win, int draw, int loss) {
    @Override
    public String toString() {
        return win + " for a win, " + draw + " for a draw, " + loss + " for a defeat";
    }
}
