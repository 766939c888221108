package org.adjudicator.facts;

/**
 * A zone of a table as the regulation declares it: its name, its places (first to last), and what
 * the places do ("go to the round of 16", "are eliminated"). The zone rules read it; the host checks
 * that the zones of a table neither overlap nor leave a place out.
 */
public record ZonePlaces(String table, String zone, int first, int last, String says, String rule) {

    /** How many places the zone holds. */
    public int size() {
        return last - first + 1;
    }

    /** Whether the places first..last all lie within the zone. */
    public boolean holds(int from, int to) {
        return from >= first && to <= last;
    }

    @Override
    public String toString() {
        return zone + " (places " + first + "-" + last + ")";
    }
}
