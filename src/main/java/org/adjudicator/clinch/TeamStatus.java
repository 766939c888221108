package org.adjudicator.clinch;

/**
 * Where a team stands with respect to one place: clinched (inside in every outcome, whatever the
 * tie-breakers), eliminated (inside in no outcome, even with every tie-breaker its way) or open,
 * with an outcome for each side. {@code inOnPoints} / {@code outOnPoints}: whether points alone can
 * put it inside / outside (null when the solver ran out of time before it knew).
 */
public record TeamStatus(String team, Place place, Kind kind, boolean proven, Boolean inOnPoints, Boolean outOnPoints,
                         Witness in, Witness out) {

    public enum Kind { CLINCHED, ELIMINATED, OPEN }

    /** "clinched", "eliminated", "open", or "open (not proven)" when the solver's time ran out first. */
    public String label() {
        return switch (kind) {
            case CLINCHED -> "clinched";
            case ELIMINATED -> "eliminated";
            case OPEN -> proven ? "open" : "open (not proven)";
        };
    }

    /**
     * The status as an official reads it under the place's heading, in a table of {@code teams}.
     * A place at the top: "clinched", "eliminated". A place at the bottom of the table (an
     * elimination or relegation zone) is what a team fears: "cannot escape it" (it finishes there
     * whatever happens) and "safe from it" (it cannot finish there), never "eliminated" for a team
     * that cannot be. A place in the middle: "clinched", "cannot finish there" (which may be a
     * team that is sure of a better place). {@link #label()} stays the value in JSON.
     */
    public String label(int teams) {
        boolean top = place.first() == 1;
        boolean bottom = !top && place.last() >= teams;
        return switch (kind) {
            case CLINCHED -> bottom ? "cannot escape it" : "clinched";
            case ELIMINATED -> top ? "eliminated" : bottom ? "safe from it" : "cannot finish there";
            case OPEN -> label();
        };
    }

    /** For an open place: whether points alone can settle it, or the criteria after points may. */
    public String detail() {
        if (kind != Kind.OPEN) return "";
        if (!proven) return "the solver ran out of its time budget before it could prove "
                + (in == null ? "that " + team + " can get in or that it cannot" : "that " + team + " can miss or that it cannot");
        if (Boolean.TRUE.equals(inOnPoints) && Boolean.TRUE.equals(outOnPoints)) return "points alone can settle it either way";
        if (Boolean.FALSE.equals(inOnPoints) && Boolean.FALSE.equals(outOnPoints)) return "only level on points, either way: the criteria after points decide";
        if (Boolean.FALSE.equals(inOnPoints)) return "it gets in only level on points with others: the criteria after points decide";
        if (Boolean.FALSE.equals(outOnPoints)) return "it misses only level on points with others: the criteria after points decide";
        return "points alone can put it in or out; whether only level on points was not worked out in time";
    }
}
