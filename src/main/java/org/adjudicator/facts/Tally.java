package org.adjudicator.facts;

/**
 * A running count of results: played, won, drawn, lost, goals for and against, and points. The
 * points each result is worth are the regulation's: the rule passes them in with every result.
 */
public final class Tally {
    private int played;
    private int won;
    private int drawn;
    private int lost;
    private int goalsFor;
    private int goalsAgainst;
    private int points;

    public void add(int scored, int conceded, int pointsEarned) {
        played++;
        if (scored > conceded) won++;
        else if (scored == conceded) drawn++;
        else lost++;
        goalsFor += scored;
        goalsAgainst += conceded;
        points += pointsEarned;
    }

    public int played() { return played; }

    public int won() { return won; }

    public int drawn() { return drawn; }

    public int lost() { return lost; }

    public int goalsFor() { return goalsFor; }

    public int goalsAgainst() { return goalsAgainst; }

    public int goalDifference() { return goalsFor - goalsAgainst; }

    public int points() { return points; }
}
