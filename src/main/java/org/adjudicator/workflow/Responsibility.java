package org.adjudicator.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Standing;
import org.adjudicator.report.Messages;

/**
 * What, between two regulation sets applied to the same results, moved a team in a table: a
 * criterion added to the precedence, removed from it or moved in it, or a figure the two sets
 * compute differently (the points for a win, say). Found only by comparing what the rules
 * produced: the two precedences, the two sets' records of each team (their figures), and which
 * criterion separated the team from each team it changed places with. No regulation is known here.
 */
final class Responsibility {
    private final Ranking before;
    private final Ranking after;
    private final Messages m;
    private final RuleSet rules;

    /** {@code m}: the language of the words; {@code rules}: the set whose wording names a criterion. */
    Responsibility(Ranking before, Ranking after, Messages m, RuleSet rules) {
        this.before = before;
        this.after = after;
        this.m = m;
        this.rules = rules;
    }

    /**
     * The change responsible for the team's move, in words ("number of points, computed
     * differently: ..."), or null when no team it changed places with shows one (the entrants
     * changed, say). Of the teams it changed places with, the change met first in the new
     * precedence is named.
     */
    String of(String team) {
        if (before == null || after == null || !before.hasTeam(team) || !after.hasTeam(team)) return null;
        String best = null;
        int bestStep = Integer.MAX_VALUE;
        for (Placement other : after.placements()) {
            String rival = other.getTeam();
            if (rival.equals(team) || !before.hasTeam(rival) || order(before, team, rival) == order(after, team, rival)) continue;
            Cause cause = cause(team, rival);
            if (cause != null && cause.step() < bestStep) {
                best = cause.words();
                bestStep = cause.step();
            }
        }
        return best;
    }

    private record Cause(int step, String words) {
    }

    /** Why the two teams changed order: the first difference between the two sets met on the way to what now separates them. */
    private Cause cause(String team, String rival) {
        List<String> was = before.precedence().getCriteria();
        List<String> now = after.precedence().getCriteria();
        String separatedBefore = separating(before, team, rival);
        String separatedNow = separating(after, team, rival);
        int last = separatedNow == null ? now.size() - 1 : now.indexOf(separatedNow);
        for (int step = 0; step <= last; step++) {
            String criterion = now.get(step);
            if (!was.contains(criterion)) {
                if (criterion.equals(separatedNow)) return new Cause(step, m.text("workflow.responsible.added", lower(criterion)));
                continue; // added, but it left these two level: not what moved them
            }
            String figure = figureOf(criterion);
            if (figure == null) continue;
            String differs = differently(figure, team, rival);
            if (differs != null) return new Cause(step, m.text("workflow.responsible.computed", lower(criterion), differs));
        }
        if (separatedBefore != null && !now.contains(separatedBefore)) {
            return new Cause(last, m.text("workflow.responsible.removed", lower(separatedBefore)));
        }
        if (separatedBefore != null && separatedNow != null && !separatedBefore.equals(separatedNow)
                && was.contains(separatedNow) && was.indexOf(separatedNow) > was.indexOf(separatedBefore)
                && now.indexOf(separatedNow) < now.indexOf(separatedBefore)) {
            return new Cause(last, m.text("workflow.responsible.moved", lower(separatedNow), lower(separatedBefore)));
        }
        return null;
    }

    /**
     * "Coronel Bolognesi 12 -> 9" for each of the two teams whose figure differs, or null; null too
     * when the figure compares the two as before (level both times, 15-15 then 10-10, or the same
     * one ahead): computed differently, it did not move them.
     */
    private String differently(String figure, String team, String rival) {
        Integer teamWas = value(before, team, figure);
        Integer rivalWas = value(before, rival, figure);
        Integer teamNow = value(after, team, figure);
        Integer rivalNow = value(after, rival, figure);
        if (teamWas != null && rivalWas != null && teamNow != null && rivalNow != null
                && Integer.signum(teamWas - rivalWas) == Integer.signum(teamNow - rivalNow)) return null;
        List<String> words = new ArrayList<>();
        for (String t : List.of(team, rival)) {
            Integer was = value(before, t, figure);
            Integer now = value(after, t, figure);
            if (Objects.equals(was, now)) continue;
            words.add(t + " " + Standing.display(figure, was) + " -> " + Standing.display(figure, now));
        }
        return words.isEmpty() ? null : m.and(words);
    }

    private static Integer value(Ranking ranking, String team, String figure) {
        Standing s = ranking.standings().get(team);
        return s == null ? null : s.get(figure);
    }

    /** The figure of the records a criterion compares, as its explanations name it (none for a criterion among level teams only). */
    private String figureOf(String criterion) {
        for (Ranking ranking : List.of(after, before)) {
            for (Explanation e : ranking.explanations()) {
                if (e.rule().equals(criterion) && e.figure() != null && !e.figure().isEmpty()) {
                    Map<String, Standing> standings = ranking.standings();
                    boolean inRecords = standings.values().stream().anyMatch(s -> s.isKnown(e.figure()) || s.whyUnknown(e.figure()) != null);
                    return inRecords ? e.figure() : null;
                }
            }
        }
        return null;
    }

    /** The criterion that put the two teams in different groups, or null when nothing did (they share a position). */
    private static String separating(Ranking ranking, String a, String b) {
        return ranking.explanations().stream().filter(e -> Explanation.SEPARATED.equals(e.kind()) && e.separates(a, b))
                .map(Explanation::rule).findFirst().orElse(null);
    }

    /** -1 when a stands above b, 1 below, 0 when they share a position. */
    private static int order(Ranking ranking, String a, String b) {
        return Integer.signum(ranking.placementOf(a).getPosition() - ranking.placementOf(b).getPosition());
    }

    /** A criterion's words in this language, first letter lower-case. */
    private String lower(String criterion) {
        String text = m.wording(rules, criterion, criterion);
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
