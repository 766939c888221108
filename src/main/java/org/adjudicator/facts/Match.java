package org.adjudicator.facts;

/**
 * A match of the scenario. Scores are null until the match is played; the half-time score may be
 * unknown even for a played match, and rules must not read an unknown half-time as 0-0.
 */
public final class Match {
    private final String stage;
    private final Integer round;
    private final String home;
    private final String away;
    private final Integer homeGoals;
    private final Integer awayGoals;
    private final Integer homeHalfTime;
    private final Integer awayHalfTime;

    public Match(String stage, Integer round, String home, String away,
                 Integer homeGoals, Integer awayGoals, Integer homeHalfTime, Integer awayHalfTime) {
        this.stage = stage;
        this.round = round;
        this.home = home;
        this.away = away;
        this.homeGoals = homeGoals;
        this.awayGoals = awayGoals;
        this.homeHalfTime = homeHalfTime;
        this.awayHalfTime = awayHalfTime;
    }

    public String getStage() { return stage; }

    public Integer getRound() { return round; }

    public String getHome() { return home; }

    public String getAway() { return away; }

    public Integer getHomeGoals() { return homeGoals; }

    public Integer getAwayGoals() { return awayGoals; }

    public boolean isPlayed() { return homeGoals != null; }

    public boolean hasHalfTime() { return homeHalfTime != null; }

    public boolean isAwayTeam(String team) { return away.equals(team); }

    public String opponentOf(String team) { return home.equals(team) ? away : home; }

    public int goalsFor(String team) { return home.equals(team) ? homeGoals : awayGoals; }

    public int goalsAgainst(String team) { return home.equals(team) ? awayGoals : homeGoals; }

    public int halfTimeGoalsFor(String team) { return home.equals(team) ? homeHalfTime : awayHalfTime; }

    public int halfTimeGoalsAgainst(String team) { return home.equals(team) ? awayHalfTime : homeHalfTime; }

    /** How an official names the match: "Binacional 4-1 José Carlos Mariátegui (round 1)". */
    public String label() {
        String score = isPlayed() ? " " + homeGoals + "-" + awayGoals + " " : " v ";
        String when = round == null ? "" : " (round " + round + ")";
        return home + score + away + when;
    }

    @Override
    public String toString() { return label(); }
}
