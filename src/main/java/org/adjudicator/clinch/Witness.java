package org.adjudicator.clinch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adjudicator.facts.Match;

/**
 * One outcome of the matches left (a result each), the scores it was played with, and what the
 * rules made of it: every team's position (a shared place as a range) and zone, and the criterion
 * that settled each position.
 */
public final class Witness {
    private final int[] results;
    private final int[] points;
    private final int favoured;
    private final boolean favourable;
    private Verdict verdict;

    Witness(int[] results, int[] points, int favoured, boolean favourable) {
        this.results = results.clone();
        this.points = points;
        this.favoured = favoured;
        this.favourable = favourable;
    }

    /** What the rules decided for this outcome. */
    public record Verdict(Map<String, int[]> positions, Map<String, String> zones, Map<String, String> settledBy,
                          Map<String, Integer> points) {
    }

    public int[] results() { return results.clone(); }

    int[] points() { return points; }

    int favoured() { return favoured; }

    boolean favourable() { return favourable; }

    public Verdict verdict() { return verdict; }

    void verdict(Verdict v) { this.verdict = v; }

    /**
     * The goals of each match left as played for the rules: a win 1-0, a draw 0-0, except the
     * favoured team's matches, won 3-0 in a witness for it and lost 0-3 in a witness against it,
     * so that goal difference leans the way the witness argues.
     */
    int[] goals(int match, Race race) {
        int r = results[match];
        boolean favouredHome = race.homeOf(match) == favoured;
        boolean favouredAway = race.awayOf(match) == favoured;
        int margin = 1;
        if (favourable && ((favouredHome && r == Race.HOME) || (favouredAway && r == Race.AWAY))) margin = 3;
        if (!favourable && ((favouredHome && r == Race.AWAY) || (favouredAway && r == Race.HOME))) margin = 3;
        return r == Race.HOME ? new int[] {margin, 0} : r == Race.DRAW ? new int[] {0, 0} : new int[] {0, margin};
    }

    /** The outcome in words: the team's own matches first, then the others whose result matters to it. */
    public List<String> inWords(List<Match> remaining, Race race, String team, int teamIndex) {
        List<String> own = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int m = 0; m < remaining.size(); m++) {
            Match match = remaining.get(m);
            int[] g = goals(m, race);
            boolean mine = match.involves(team);
            if (!mine && race.outOfReach(race.homeOf(m), teamIndex) && race.outOfReach(race.awayOf(m), teamIndex)) continue;
            String text = match.getHome() + " " + g[0] + "-" + g[1] + " " + match.getAway();
            (mine ? own : others).add(text);
        }
        List<String> all = new ArrayList<>(own);
        all.addAll(others);
        return all;
    }
}
