package org.adjudicator.clinch;

import java.util.List;
import org.adjudicator.facts.Match;

/**
 * Every team's status for every place of one table with matches left, how it was found, and the
 * contradictions between a proof and the rules' verdict on an outcome (a bug, never hidden).
 *
 * @param witnesses how many outcomes the rules adjudicated
 * @param timedOut  how many solves ran out of their time budget
 */
public record TableStatus(String table, List<Match> remaining, PointsForResults award, List<Place> places,
                          List<TeamStatus> statuses, List<String> bugs, int solves, int timedOut, int witnesses,
                          long millis) {

    public TeamStatus of(String team, Place place) {
        return statuses.stream().filter(s -> s.team().equals(team) && s.place().equals(place)).findFirst().orElse(null);
    }

    public List<TeamStatus> of(String team) {
        return statuses.stream().filter(s -> s.team().equals(team)).toList();
    }

    public Place place(String name) {
        return places.stream().filter(p -> p.named(name)).findFirst().orElse(null);
    }
}
