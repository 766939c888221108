package org.adjudicator.facts;

import java.util.List;

/**
 * Teams that no criterion tried so far has separated, competing for the positions
 * {@code firstPosition .. firstPosition + size - 1}. A criterion rule takes a group whose next
 * criterion is its own and splits it; a group of one team has its position. Each group is split
 * once per criterion, so the work grows with the teams times the criteria, never with their square.
 */
public final class TiedGroup {
    private final String table;
    private final List<Standing> members;
    private final int firstPosition;
    private final Precedence precedence;
    private final int step;
    private final String settledBy;
    private final String blockedBy;

    public TiedGroup(String table, List<Standing> members, int firstPosition, Precedence precedence,
                     int step, String settledBy, String blockedBy) {
        this.table = table;
        this.members = List.copyOf(members);
        this.firstPosition = firstPosition;
        this.precedence = precedence;
        this.step = step;
        this.settledBy = settledBy;
        this.blockedBy = blockedBy;
    }

    /** All teams of a table, level before any criterion is applied. */
    public static TiedGroup everyTeam(Table table, List<Standing> standings, Precedence precedence) {
        List<Standing> sorted = standings.stream()
                .sorted(java.util.Comparator.comparing(Standing::getTeam)).toList();
        return new TiedGroup(table.getName(), sorted, 1, precedence, 0, null, null);
    }

    public String getTable() { return table; }

    public List<Standing> getMembers() { return members; }

    public int getSize() { return members.size(); }

    public int getFirstPosition() { return firstPosition; }

    public Precedence getPrecedence() { return precedence; }

    /** How many criteria have been tried on these teams. */
    public int getStep() { return step; }

    /** The criterion that last split the group this one came from (null for the whole table). */
    public String getSettledBy() { return settledBy; }

    /** Why no further criterion can be applied, in a few words (e.g. "a drawing of lots is required"), or null. */
    public String getBlockedBy() { return blockedBy; }

    public boolean isBlocked() { return blockedBy != null; }

    /** The next criterion to try on a tie: null when the group is one team, blocked, or past the last. */
    public String getNextCriterion() {
        return members.size() < 2 || blockedBy != null ? null : precedence.at(step);
    }

    /** Still level after every criterion, or stopped by missing data. */
    public boolean isUnresolved() {
        return members.size() > 1 && getNextCriterion() == null;
    }

    public List<String> teamNames() {
        return members.stream().map(Standing::getTeam).toList();
    }

    @Override
    public String toString() {
        return table + ": positions " + firstPosition + "-" + (firstPosition + members.size() - 1) + " " + teamNames();
    }
}
