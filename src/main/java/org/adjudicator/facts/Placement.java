package org.adjudicator.facts;

/**
 * A team's final position in a table. {@code shared} when the regulation's criteria could not
 * separate it from others; {@code settledBy} names the criterion (rule) that decided it.
 */
public final class Placement {
    private final String team;
    private final int position;
    private final boolean shared;
    private final String settledBy;
    private final String rule;
    private final String note;

    public Placement(String team, int position, boolean shared, String settledBy, String rule) {
        this(team, position, shared, settledBy, rule, null);
    }

    public Placement(String team, int position, boolean shared, String settledBy, String rule, String note) {
        this.team = team;
        this.position = position;
        this.shared = shared;
        this.settledBy = settledBy;
        this.rule = rule;
        this.note = note;
    }

    /** For a shared position, why the teams could not be separated, e.g. "a drawing of lots is required". */
    public String getNote() { return note; }

    public String getTeam() { return team; }

    public int getPosition() { return position; }

    public boolean isShared() { return shared; }

    public String getSettledBy() { return settledBy; }

    /** The rule that inserted this placement. */
    public String getRule() { return rule; }

    @Override
    public String toString() { return position + (shared ? "=" : ".") + " " + team; }
}
