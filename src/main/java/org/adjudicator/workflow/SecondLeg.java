package org.adjudicator.workflow;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.scenario.Tournament;

/**
 * What a team needs from the second leg of a two-legged tie whose first leg is played: every
 * 90-minute score of the second leg up to {@value #MOST_GOALS} goals a side is adjudicated by the
 * rules, and the answers are gathered by the team's margin in that leg. Which scores take the team
 * through, and what decides (aggregate, away goals, extra time, penalties), is the rules' verdict
 * on each score: nothing here knows a tie criterion.
 */
@Singleton
public class SecondLeg {
    /** The most goals a side scores in the scores tried. */
    static final int MOST_GOALS = 4;

    @Inject
    Adjudicator adjudicator;

    /** The second leg the team has left, if its first leg is decided and the second is not. */
    public Optional<Match> left(Tournament tournament, String team) {
        for (Match second : tournament.matches()) {
            if (second.getLeg() == null || second.getLeg() != 2 || second.isDecided() || !second.involves(team)) continue;
            boolean firstPlayed = tournament.matches().stream().anyMatch(m -> m.getLeg() != null && m.getLeg() == 1
                    && m.isDecided() && second.getTie().equals(m.getTie()));
            if (firstPlayed) return Optional.of(second);
        }
        return Optional.empty();
    }

    /** One line a margin, best for the team first: "wins by 2 or more: through (aggregate score) ...". */
    public List<String> answer(Tournament tournament, String rules, String team, Match second) {
        String opponent = second.opponentOf(team);
        Map<Integer, List<String>> byMargin = new LinkedHashMap<>();
        for (int margin = MOST_GOALS; margin >= -MOST_GOALS; margin--) byMargin.put(margin, new ArrayList<>());
        for (int mine = 0; mine <= MOST_GOALS; mine++) {
            for (int theirs = 0; theirs <= MOST_GOALS; theirs++) {
                Match played = second.isAwayTeam(team) ? second.withScore(theirs, mine) : second.withScore(mine, theirs);
                List<Match> matches = new ArrayList<>(tournament.matches());
                matches.set(matches.indexOf(second), played);
                Adjudication a = adjudicator.adjudicate(tournament.with(matches, tournament.sanctions(), tournament.withdrawals()),
                        rules, false);
                byMargin.get(mine - theirs).add(mine + "-" + theirs + ": " + verdict(a, second.getStage(), team, opponent));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("What " + team + " needs from the second leg, " + second.label() + ": every score up to " + MOST_GOALS + " goals a side adjudicated by the rules; "
                + team + "'s goals first.");
        byMargin.forEach((margin, verdicts) -> {
            String head = margin > 0 ? "wins by " + margin : margin < 0 ? "loses by " + -margin : "draws";
            List<String> distinct = verdicts.stream().map(v -> v.substring(v.indexOf(": ") + 2)).distinct().toList();
            if (distinct.size() == 1) lines.add("  " + head + ": " + distinct.get(0) + " (" + verdicts.stream()
                    .map(v -> v.substring(0, v.indexOf(':'))).reduce((x, y) -> x + ", " + y).orElse("") + ")");
            else {
                lines.add("  " + head + ":");
                verdicts.forEach(v -> lines.add("    " + v));
            }
        });
        return lines;
    }

    /** "through (aggregate score)", "out (away goals)", or what the rules still need to decide the tie. */
    private static String verdict(Adjudication a, String stage, String team, String opponent) {
        for (Ranking tie : a.ties(stage)) {
            if (!tie.hasTeam(team) || !tie.hasTeam(opponent)) continue;
            String winner = tie.winner();
            Placement mine = tie.placementOf(team);
            if (winner == null) return "not decided by the 90 minutes: " + mine.getNote();
            Placement first = tie.placementOf(winner);
            return (winner.equals(team) ? "through" : "out") + " (" + first.getSettledBy().toLowerCase(Locale.ROOT) + ")";
        }
        return "the rules make no tie of it (see `run` for what the stage waits for)";
    }
}
