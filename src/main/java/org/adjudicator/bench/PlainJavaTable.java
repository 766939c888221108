package org.adjudicator.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.facts.Match;

/**
 * BASELINE FOR BENCHMARKS ONLY: the 2017 general-table criteria hard-coded in Java (points 3/1/0,
 * goal difference, goals, away points, away goal difference, away goals, first-half points), the
 * kind of comparator the rules replace. The tool never ranks with it; `bench` measures the rules
 * against it.
 */
public final class PlainJavaTable {
    private PlainJavaTable() {
    }

    /** The teams in order (level teams by name). */
    public static List<String> rank(List<Match> matches) {
        Map<String, int[]> figures = new HashMap<>();
        for (Match m : matches) {
            if (!m.isPlayed()) continue;
            int[] home = figures.computeIfAbsent(m.getHome(), k -> new int[7]);
            int[] away = figures.computeIfAbsent(m.getAway(), k -> new int[7]);
            int hg = m.getHomeGoals();
            int ag = m.getAwayGoals();
            add(home, hg, ag, false);
            add(away, ag, hg, true);
            if (m.hasHalfTime()) {
                home[6] += points(m.halfTimeGoalsFor(m.getHome()), m.halfTimeGoalsAgainst(m.getHome()));
                away[6] += points(m.halfTimeGoalsFor(m.getAway()), m.halfTimeGoalsAgainst(m.getAway()));
            }
        }
        List<String> teams = new ArrayList<>(figures.keySet());
        teams.sort((a, b) -> {
            int[] x = figures.get(a);
            int[] y = figures.get(b);
            for (int i = 0; i < 7; i++) {
                int c = Integer.compare(y[i], x[i]);
                if (c != 0) return c;
            }
            return a.compareTo(b);
        });
        return teams;
    }

    private static void add(int[] f, int scored, int conceded, boolean away) {
        f[0] += points(scored, conceded);
        f[1] += scored - conceded;
        f[2] += scored;
        if (away) {
            f[3] += points(scored, conceded);
            f[4] += scored - conceded;
            f[5] += scored;
        }
    }

    private static int points(int scored, int conceded) {
        return scored > conceded ? 3 : scored == conceded ? 1 : 0;
    }

}
