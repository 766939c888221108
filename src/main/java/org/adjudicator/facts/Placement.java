package org.adjudicator.facts;

/**
 * A team's final position in a table. {@code shared} when the regulation's criteria could not
 * separate it from others; {@code settledBy} names the criterion (rule) that decided it.
 */
public final class Placement {
    private final String table;
    private final String team;
    private final int position;
    private final int lastPosition;
    private final boolean shared;
    private final String settledBy;
    private final String rule;
    private final String note;

    public Placement(String table, String team, int position, boolean shared, String settledBy, String rule) {
        this(table, team, position, position, shared, settledBy, rule, null);
    }

    public Placement(String table, String team, int position, int lastPosition, boolean shared, String settledBy,
                     String rule, String note) {
        this.table = table;
        this.team = team;
        this.position = position;
        this.lastPosition = lastPosition;
        this.shared = shared;
        this.settledBy = settledBy;
        this.rule = rule;
        this.note = note;
    }

    /** For a shared position, why the teams could not be separated, e.g. "a drawing of lots is required". */
    public String getNote() { return note; }

    public String getTable() { return table; }

    public String getTeam() { return team; }

    public int getPosition() { return position; }

    /** The last of the positions a shared place spans (3 for teams sharing 2-3); the position itself otherwise. */
    public int getLastPosition() { return lastPosition; }

    public boolean isShared() { return shared; }

    public String getSettledBy() { return settledBy; }

    /** The rule that inserted this placement. */
    public String getRule() { return rule; }

    @Override
    public String toString() { return table + " " + position + (shared ? "=" : ".") + " " + team; }
}
