package org.adjudicator.properties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.facts.Lot;
import org.adjudicator.facts.Match;

/**
 * An independent, plain-Java reading of the 2017 general-table criteria, written only to check the
 * rules: points 3/1/0; goal difference; goals scored; away points, away goal difference, away goals;
 * first-half points (unknown when a half-time score is missing: the tie then stays unresolved);
 * the recorded drawing of lots. Returns each team's position; level teams share the first.
 */
final class GeneralTableOracle {
    private GeneralTableOracle() {
    }

    record Row(String team, int[] figures, boolean halfTimeKnown, Integer lot) {
    }

    static Map<String, Integer> positions(List<String> teams, List<Match> matches, List<Lot> lots) {
        Map<String, int[]> f = new HashMap<>();
        Map<String, Boolean> halfKnown = new HashMap<>();
        for (String t : teams) {
            f.put(t, new int[7]);
            halfKnown.put(t, true);
        }
        for (Match m : matches) {
            if (!m.isPlayed()) continue;
            add(f.get(m.getHome()), m.getHomeGoals(), m.getAwayGoals(), false);
            add(f.get(m.getAway()), m.getAwayGoals(), m.getHomeGoals(), true);
            for (String t : List.of(m.getHome(), m.getAway())) {
                if (!m.hasHalfTime()) halfKnown.put(t, false);
                else f.get(t)[6] += pts(m.halfTimeGoalsFor(t), m.halfTimeGoalsAgainst(t));
            }
        }
        Map<String, Integer> lot = new HashMap<>();
        for (Lot l : lots) lot.put(l.getTeam(), l.getRank());

        List<String> order = new ArrayList<>(teams);
        Comparator<String> byFigures = (a, b) -> {
            for (int i = 0; i < 6; i++) {
                int c = Integer.compare(f.get(b)[i], f.get(a)[i]);
                if (c != 0) return c;
            }
            return 0;
        };
        order.sort(byFigures.thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> positions = new HashMap<>();
        int i = 0;
        while (i < order.size()) {
            int j = i;
            while (j + 1 < order.size() && byFigures.compare(order.get(i), order.get(j + 1)) == 0) j++;
            List<String> group = order.subList(i, j + 1);
            place(group, i + 1, f, halfKnown, lot, positions);
            i = j + 1;
        }
        return positions;
    }

    /** Teams level on the first six figures: first-half points, then lots, else they share. */
    private static void place(List<String> group, int first, Map<String, int[]> f, Map<String, Boolean> halfKnown,
                              Map<String, Integer> lot, Map<String, Integer> positions) {
        if (group.size() == 1) {
            positions.put(group.get(0), first);
            return;
        }
        if (group.stream().anyMatch(t -> !halfKnown.get(t))) {
            group.forEach(t -> positions.put(t, first));
            return;
        }
        List<String> byHalf = new ArrayList<>(group);
        byHalf.sort(Comparator.comparingInt((String t) -> -f.get(t)[6]).thenComparing(Comparator.naturalOrder()));
        int i = 0;
        while (i < byHalf.size()) {
            int j = i;
            while (j + 1 < byHalf.size() && f.get(byHalf.get(j + 1))[6] == f.get(byHalf.get(i))[6]) j++;
            List<String> level = byHalf.subList(i, j + 1);
            int pos = first + i;
            if (level.size() == 1) positions.put(level.get(0), pos);
            else if (level.stream().allMatch(lot::containsKey)) {
                List<String> byLot = new ArrayList<>(level);
                byLot.sort(Comparator.comparingInt(lot::get));
                for (int k = 0; k < byLot.size(); k++) positions.put(byLot.get(k), pos + k);
            } else {
                level.forEach(t -> positions.put(t, pos));
            }
            i = j + 1;
        }
    }

    /** 0 points, 1 goal difference, 2 goals, 3 away points, 4 away goal difference, 5 away goals. */
    private static void add(int[] f, int scored, int conceded, boolean away) {
        f[0] += pts(scored, conceded);
        f[1] += scored - conceded;
        f[2] += scored;
        if (away) {
            f[3] += pts(scored, conceded);
            f[4] += scored - conceded;
            f[5] += scored;
        }
    }

    private static int pts(int scored, int conceded) {
        return scored > conceded ? 3 : scored == conceded ? 1 : 0;
    }
}
