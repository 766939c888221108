package org.adjudicator.facts;

import java.util.List;

/**
 * A ranking the rules make: a league table (the general table, a group) or a two-legged tie (a
 * table of two teams whose first place is the winner). Its {@code kind} names the
 * {@link Precedence} that ranks it; its {@code stage} is the stage of the competition it belongs to.
 *
 * @param matchStages for a league table, the match stages it counts ("" for matches with no stage)
 * @param teams       for a tie, its two teams; empty for a league table (every team with a match in it)
 */
public final class Table {
    private final String name;
    private final String kind;
    private final String stage;
    private final List<String> matchStages;
    private final List<String> teams;
    private final String group;
    private final boolean knockout;

    public Table(String name, String kind, String stage, List<String> matchStages, List<String> teams) {
        this(name, kind, stage, matchStages, teams, "", !teams.isEmpty());
    }

    public Table(String name, String kind, String stage, List<String> matchStages, List<String> teams, String group,
                 boolean knockout) {
        this.group = group;
        this.knockout = knockout;
        this.name = name;
        this.kind = kind;
        this.stage = stage;
        this.matchStages = List.copyOf(matchStages);
        this.teams = List.copyOf(teams);
    }

    /** A league table over the matches of the given stages. */
    public static Table league(String name, String kind, String stage, String... matchStages) {
        return new Table(name, kind, stage, List.of(matchStages), List.of());
    }

    /** The league table of one group: the matches of that group in the given stages ("" for matches with no stage). */
    public static Table group(String name, String kind, String stage, String group, String... matchStages) {
        return new Table(name, kind, stage, List.of(matchStages), List.of(), group, false);
    }

    /** A ranking of teams drawn from other tables (e.g. the third-placed teams of every group); no matches of its own. */
    public static Table ranking(String name, String kind, String stage) {
        return new Table(name, kind, stage, List.of(), List.of(), "", false);
    }

    /** A two-legged tie between two teams. */
    public static Table tie(String name, String kind, String stage, String teamA, String teamB) {
        List<String> teams = teamA.compareTo(teamB) < 0 ? List.of(teamA, teamB) : List.of(teamB, teamA);
        return new Table(name, kind, stage, List.of(), teams);
    }

    public String getName() { return name; }

    public String getKind() { return kind; }

    public String getStage() { return stage; }

    public List<String> getMatchStages() { return matchStages; }

    public List<String> getTeams() { return teams; }

    /** The group whose matches a league table counts ("" for none). */
    public String getGroup() { return group; }

    /** A ranking of teams (league table or cross-table ranking), as opposed to a knockout tie. */
    public boolean isLeague() { return !knockout; }

    /** A league table that counts matches (not a ranking drawn from other tables). */
    public boolean isCountingMatches() { return !knockout && !matchStages.isEmpty(); }

    @Override
    public String toString() { return name; }
}
