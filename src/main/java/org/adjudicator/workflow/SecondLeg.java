package org.adjudicator.workflow;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.report.Messages;
import org.adjudicator.report.StageView;
import org.adjudicator.scenario.Tournament;

/**
 * What a team needs from the second leg of a two-legged tie whose first leg is played: for each
 * margin of the team in that leg, every 90-minute score with that margin in which the side behind
 * scores 0 to {@value #MOST_GOALS} goals is adjudicated by the rules. The margins are searched
 * outward from a draw, each way, past the goals of the legs played (at least {@value #MOST_GOALS}),
 * until the answer has stopped changing for {@value #STEADY} margins in a row, so that after a 5-0 first leg the answer
 * reaches "wins by 6 or more: through". Margins with the same answer are said once ("loses by 1 or
 * more", "wins by 1 to 4"). Which scores take the team through, and what decides (aggregate, away
 * goals, extra time, penalties), is the rules' verdict on each score: nothing here knows a tie
 * criterion.
 */
@Singleton
public class SecondLeg {
    /** The most goals the side behind scores in the scores tried for one margin. */
    static final int MOST_GOALS = 4;

    /** How many margins in a row, past the last change, must give the same answer before the search stops. */
    static final int STEADY = 3;

    /** The widest margin tried each way, whatever happens. */
    static final int WIDEST = 30;

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

    /** One line a margin (or a run of margins with the same answer), best for the team first: "wins by 6 or more: through (aggregate score) ...". */
    public List<String> answer(Tournament tournament, String rules, String team, Match second) {
        return answer(tournament, rules, team, second, Messages.ENGLISH);
    }

    /** The same in the language of {@code m}. */
    public List<String> answer(Tournament tournament, String rules, String team, Match second, Messages m) {
        String opponent = second.opponentOf(team);
        Map<Integer, List<String>> byMargin = new TreeMap<>();
        // At least as far as the goals of the legs played, so that no margin that could make up for them is left out.
        int played = tournament.matches().stream().filter(x -> x != second && second.getTie().equals(x.getTie())
                && second.getStage().equals(x.getStage()) && x.isDecided() && x.getHomeGoals() != null && x.getAwayGoals() != null)
                .mapToInt(x -> x.getHomeGoals() + x.getAwayGoals()).sum();
        int farthest = Math.max(MOST_GOALS, played + 1);
        Adjudication[] any = new Adjudication[1];
        int highest = search(tournament, rules, team, opponent, second, 1, farthest, byMargin, m, any);
        int lowest = search(tournament, rules, team, opponent, second, -1, farthest, byMargin, m, any);
        List<String> lines = new ArrayList<>();
        lines.add(m.text("workflow.secondLeg.heading", team, StageView.label(m, any[0] == null ? null : any[0].rules(), second), MOST_GOALS));
        // Runs of margins with the same answer, from the best margin tried down to the worst.
        int margin = highest;
        while (margin >= lowest) {
            String answer = summary(byMargin.get(margin));
            int end = margin;
            while (end - 1 >= lowest && summary(byMargin.get(end - 1)).equals(answer) && (end - 1 != 0) == (margin != 0)
                    && Integer.signum(end - 1) == Integer.signum(margin)) end--;
            lines.addAll(run(margin, end, margin == highest, end == lowest, byMargin, m));
            margin = end - 1;
        }
        return lines;
    }

    /**
     * Adjudicates margin after margin from 0 (a draw) in one direction until, past {@code farthest}
     * (the goals of the legs played, at least {@link #MOST_GOALS}), the answer has stayed the same for
     * {@link #STEADY} margins; returns the last margin tried.
     */
    private int search(Tournament tournament, String rules, String team, String opponent, Match second, int direction,
                       int farthest, Map<Integer, List<String>> byMargin, Messages m, Adjudication[] any) {
        int steady = 0;
        int margin = direction > 0 ? 0 : -1;
        String last = null;
        while (true) {
            List<String> verdicts = new ArrayList<>();
            for (int behind = 0; behind <= MOST_GOALS; behind++) {
                int mine = margin >= 0 ? behind + margin : behind;
                int theirs = margin >= 0 ? behind : behind - margin;
                Match played = second.isAwayTeam(team) ? second.withScore(theirs, mine) : second.withScore(mine, theirs);
                List<Match> matches = new ArrayList<>(tournament.matches());
                matches.set(matches.indexOf(second), played);
                Adjudication a = adjudicator.adjudicate(tournament.with(matches, tournament.sanctions(), tournament.withdrawals()),
                        rules, false);
                any[0] = a;
                verdicts.add(mine + "-" + theirs + ": " + verdict(a, second.getStage(), team, opponent, m));
            }
            byMargin.put(margin, verdicts);
            String answer = summary(verdicts);
            steady = answer.equals(last) ? steady + 1 : 0;
            last = answer;
            if ((Math.abs(margin) >= farthest && steady >= STEADY) || Math.abs(margin) >= WIDEST) return margin;
            margin += direction;
        }
    }

    /** The answer of one margin, the same for every score of it, or all its scores' answers. */
    private static String summary(List<String> verdicts) {
        List<String> distinct = verdicts.stream().map(v -> v.substring(v.indexOf(": ") + 2)).distinct().toList();
        return distinct.size() == 1 ? distinct.get(0) : String.join("\n", verdicts);
    }

    /**
     * The lines of a run of margins, {@code from} down to {@code to}, with the same answer: the
     * best margin tried is "or more" (the answer stopped changing there), the worst "or more" too.
     */
    private static List<String> run(int from, int to, boolean best, boolean worst, Map<Integer, List<String>> byMargin, Messages m) {
        String head;
        if (from == 0) {
            head = m.text("workflow.secondLeg.draws");
        } else if (from > 0) {
            head = best ? m.text("workflow.secondLeg.winsByOrMore", to) : from == to ? m.text("workflow.secondLeg.winsBy", from)
                    : m.text("workflow.secondLeg.winsByRange", to, from);
        } else {
            head = worst ? m.text("workflow.secondLeg.losesByOrMore", -from) : from == to ? m.text("workflow.secondLeg.losesBy", -from)
                    : m.text("workflow.secondLeg.losesByRange", -from, -to);
        }
        List<String> verdicts = byMargin.get(from);
        List<String> distinct = verdicts.stream().map(v -> v.substring(v.indexOf(": ") + 2)).distinct().toList();
        List<String> lines = new ArrayList<>();
        if (distinct.size() == 1) {
            List<String> scores = new ArrayList<>();
            // Nearest a draw first: "6-0, 7-1, ..." for the wins, "0-1, 1-2, ..." for the defeats.
            if (from > 0) for (int k = to; k <= from; k++) for (String v : byMargin.get(k)) scores.add(v.substring(0, v.indexOf(':')));
            else for (int k = from; k >= to; k--) for (String v : byMargin.get(k)) scores.add(v.substring(0, v.indexOf(':')));
            lines.add("  " + head + ": " + distinct.get(0) + " (" + shortened(scores) + ")");
        } else {
            lines.add("  " + head + ":");
            for (int k = from; k >= to; k--) byMargin.get(k).forEach(v -> lines.add("    " + v));
        }
        return lines;
    }

    /** The scores of a run, the first few and the last when there are many: "6-0, 7-1, ..., 9-4". */
    private static String shortened(List<String> scores) {
        if (scores.size() <= 6) return String.join(", ", scores);
        return String.join(", ", scores.subList(0, 5)) + ", ..., " + scores.get(scores.size() - 1);
    }

    /** "through (aggregate score)", "out (away goals)", or what the rules still need to decide the tie. */
    private static String verdict(Adjudication a, String stage, String team, String opponent, Messages m) {
        for (Ranking tie : a.ties(stage)) {
            if (!tie.hasTeam(team) || !tie.hasTeam(opponent)) continue;
            String winner = tie.winner();
            Placement mine = tie.placementOf(team);
            if (winner == null) return m.text("workflow.secondLeg.notDecided", mine.getNote());
            Placement first = tie.placementOf(winner);
            String by = m.wording(a.rules(), first.getSettledBy(), first.getSettledBy()).toLowerCase(Locale.ROOT);
            return m.text(winner.equals(team) ? "workflow.secondLeg.through" : "workflow.secondLeg.out", by);
        }
        return m.text("workflow.secondLeg.noTie");
    }
}
