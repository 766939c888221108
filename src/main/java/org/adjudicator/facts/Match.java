package org.adjudicator.facts;

/**
 * A match of the scenario. Scores are null until the match is played; the half-time score may be
 * unknown even for a played match, and rules must not read an unknown half-time as 0-0. A leg of a
 * two-legged tie carries the tie's id and its leg (1 or 2); a second leg may carry the score at the
 * end of extra time (which includes the 90 minutes' goals) and a penalty shoot-out.
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
    private final String tie;
    private final Integer leg;
    private final Integer homeExtraTime;
    private final Integer awayExtraTime;
    private final Integer homePenalties;
    private final Integer awayPenalties;
    private final String date;
    private Integer homeAwarded;
    private Integer awayAwarded;
    private String awardReason;
    private int line;
    private String group = "";
    /** The label, made once when first asked: the rules quote it in every reason a figure is unknown (a tie's, each season). */
    private String label;

    public Match(String stage, Integer round, String home, String away,
                 Integer homeGoals, Integer awayGoals, Integer homeHalfTime, Integer awayHalfTime) {
        this(stage, round, null, home, away, homeGoals, awayGoals, homeHalfTime, awayHalfTime, null, null,
                null, null, null, null);
    }

    public Match(String stage, Integer round, String date, String home, String away,
                 Integer homeGoals, Integer awayGoals, Integer homeHalfTime, Integer awayHalfTime,
                 String tie, Integer leg, Integer homeExtraTime, Integer awayExtraTime,
                 Integer homePenalties, Integer awayPenalties) {
        this.stage = stage;
        this.round = round;
        this.date = date;
        this.home = home;
        this.away = away;
        this.homeGoals = homeGoals;
        this.awayGoals = awayGoals;
        this.homeHalfTime = homeHalfTime;
        this.awayHalfTime = awayHalfTime;
        this.tie = tie;
        this.leg = leg;
        this.homeExtraTime = homeExtraTime;
        this.awayExtraTime = awayExtraTime;
        this.homePenalties = homePenalties;
        this.awayPenalties = awayPenalties;
    }

    /** The stage the match belongs to ("" when the scenario gives none). */
    /** The group the match belongs to ("" when the scenario gives none). */
    public String getGroup() { return group; }

    public Match inGroup(String group) {
        this.group = group == null ? "" : group;
        return this;
    }

    /** Where the match is written in the scenario (0 when not from a file). */
    public int getLine() { return line; }

    public Match at(int line) {
        this.line = line;
        return this;
    }

    /**
     * The same match with another final score. A half-time score that no longer fits (more goals
     * than the new final score) is dropped; extra time and penalties are dropped with a new score.
     */
    public Match withScore(int home, int away) {
        boolean halfFits = hasHalfTime() && homeHalfTime <= home && awayHalfTime <= away;
        Match copy = new Match(stage, round, date, this.home, this.away, home, away,
                halfFits ? homeHalfTime : null, halfFits ? awayHalfTime : null, tie, leg, null, null, null, null);
        if (isAwarded()) copy.award(homeAwarded, awayAwarded, awardReason);
        return copy.at(line).inGroup(group);
    }

    /** The same match, awarded with this score (a what-if's award: the scenario's match is left as it is). */
    public Match withAward(int home, int away, String reason) {
        Match copy = new Match(stage, round, date, this.home, this.away, homeGoals, awayGoals, homeHalfTime, awayHalfTime,
                tie, leg, homeExtraTime, awayExtraTime, homePenalties, awayPenalties);
        return copy.award(home, away, reason).at(line).inGroup(group);
    }

    /** Records that the match was awarded with this score (replacing any played score, if the rules say so). */
    public Match award(int home, int away, String reason) {
        this.homeAwarded = home;
        this.awayAwarded = away;
        this.awardReason = reason;
        return this;
    }

    public boolean isAwarded() { return homeAwarded != null; }

    public int awardedGoalsFor(String team) { return home.equals(team) ? homeAwarded : awayAwarded; }

    public String getAwardReason() { return awardReason; }

    /** "3-0" when awarded, else null. */
    public String getAwardedScore() { return isAwarded() ? homeAwarded + "-" + awayAwarded : null; }

    public String getStage() { return stage; }

    public Integer getRound() { return round; }

    public String getDate() { return date; }

    public String getHome() { return home; }

    public String getAway() { return away; }

    public Integer getHomeGoals() { return homeGoals; }

    public Integer getAwayGoals() { return awayGoals; }

    public String getTie() { return tie; }

    public Integer getLeg() { return leg; }

    public boolean isPlayed() { return homeGoals != null; }

    /**
     * Whether the match's result is settled: played, or awarded (a walkover, a forfeit: no score
     * on the pitch, but a result that counts). A stage whose matches are all decided is over.
     */
    public boolean isDecided() { return isPlayed() || isAwarded(); }

    public boolean hasHalfTime() { return homeHalfTime != null; }

    public boolean hasExtraTime() { return homeExtraTime != null; }

    public boolean hasPenalties() { return homePenalties != null; }

    public boolean involves(String team) { return home.equals(team) || away.equals(team); }

    public boolean isAwayTeam(String team) { return away.equals(team); }

    public String opponentOf(String team) { return home.equals(team) ? away : home; }

    public int goalsFor(String team) { return home.equals(team) ? homeGoals : awayGoals; }

    public int goalsAgainst(String team) { return home.equals(team) ? awayGoals : homeGoals; }

    public int halfTimeGoalsFor(String team) { return home.equals(team) ? homeHalfTime : awayHalfTime; }

    public int halfTimeGoalsAgainst(String team) { return home.equals(team) ? awayHalfTime : homeHalfTime; }

    /** Goals by the end of extra time (the 90 minutes included). */
    public int extraTimeGoalsFor(String team) { return home.equals(team) ? homeExtraTime : awayExtraTime; }

    /** Goals scored in extra time alone. */
    public int goalsInExtraTimeFor(String team) { return extraTimeGoalsFor(team) - goalsFor(team); }

    public int penaltiesFor(String team) { return home.equals(team) ? homePenalties : awayPenalties; }

    /** How an official names the match: "Binacional 4-1 José Carlos Mariátegui (round 1)". */
    public String label() {
        String made = label;
        if (made == null) {
            made = makeLabel();
            label = made;
        }
        return made;
    }

    private String makeLabel() {
        String score = isPlayed() ? " " + homeGoals + "-" + awayGoals + " " : " v ";
        String extra = "";
        if (hasExtraTime()) extra += ", " + homeExtraTime + "-" + awayExtraTime + " after extra time";
        if (hasPenalties()) extra += ", " + homePenalties + "-" + awayPenalties + " on penalties";
        String when = round != null ? " (round " + round + extra + ")"
                : leg != null ? " (" + (stage == null || stage.isEmpty() ? "" : stage + ", ") + "leg " + leg + extra + ")"
                : extra.isEmpty() ? "" : " (" + extra.substring(2) + ")";
        return home + score + away + when;
    }

    @Override
    public String toString() { return label(); }
}
