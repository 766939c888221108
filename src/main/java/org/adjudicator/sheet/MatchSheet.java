package org.adjudicator.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.adjudicator.facts.Match;

/**
 * The matches of a scenario as a league keeps them: one row a match, in the scenario's order, with
 * the headings {@code import} reads (Spanish or English). A column is written when some match
 * uses it (Local, Visitante, Resultado and Observación always), so that importing the sheet gives
 * back every match as it was: stage, group, round, date, tie and leg, the teams, the score,
 * half-time, extra time, penalties, an awarded score and its reason.
 */
public final class MatchSheet {
    private MatchSheet() {
    }

    /** The sheet's name in each language. */
    public static String name(String language) {
        return "es".equals(language) ? "Partidos" : "Matches";
    }

    public static Sheet of(List<Match> matches, String language) {
        List<Match> ordered = matches.stream().sorted(Comparator.comparingInt(Match::getLine)).toList();
        Set<MatchColumns> used = EnumSet.of(MatchColumns.HOME, MatchColumns.AWAY, MatchColumns.SCORE, MatchColumns.NOTE);
        for (Match m : ordered) {
            if (!m.getStage().isEmpty()) used.add(MatchColumns.STAGE);
            if (!m.getGroup().isEmpty()) used.add(MatchColumns.GROUP);
            if (m.getRound() != null) used.add(MatchColumns.ROUND);
            if (m.getDate() != null) used.add(MatchColumns.DATE);
            if (m.getTie() != null) used.add(MatchColumns.TIE);
            if (m.getLeg() != null) used.add(MatchColumns.LEG);
            if (m.hasHalfTime()) used.add(MatchColumns.HALF_TIME);
            if (m.hasExtraTime()) used.add(MatchColumns.EXTRA_TIME);
            if (m.hasPenalties()) used.add(MatchColumns.PENALTIES);
            if (m.isAwarded()) used.add(MatchColumns.AWARDED);
        }
        List<MatchColumns> columns = new ArrayList<>(used);   // in the enum's order
        List<List<Object>> rows = new ArrayList<>();
        for (Match m : ordered) {
            List<Object> row = new ArrayList<>();
            for (MatchColumns c : columns) row.add(value(m, c, language));
            rows.add(row);
        }
        return new Sheet(name(language), columns.stream().map(c -> c.heading(language)).toList(), rows);
    }

    private static Object value(Match m, MatchColumns column, String language) {
        return switch (column) {
            case STAGE -> blankToNull(StageNames.written(m.getStage(), language));
            case GROUP -> blankToNull(m.getGroup());
            case ROUND -> m.getRound();
            case DATE -> m.getDate();
            case TIE -> m.getTie();
            case LEG -> m.getLeg() == null ? null : "es".equals(language) ? (m.getLeg() == 1 ? "Ida" : "Vuelta") : m.getLeg();
            case HOME -> m.getHome();
            case AWAY -> m.getAway();
            case SCORE -> m.isPlayed() ? m.getHomeGoals() + "-" + m.getAwayGoals() : null;
            case HALF_TIME -> m.hasHalfTime() ? pair(m, t -> m.halfTimeGoalsFor(t)) : null;
            case EXTRA_TIME -> m.hasExtraTime() ? pair(m, t -> m.extraTimeGoalsFor(t)) : null;
            case PENALTIES -> m.hasPenalties() ? pair(m, t -> m.penaltiesFor(t)) : null;
            case AWARDED -> m.getAwardedScore();
            case NOTE -> m.isAwarded() ? blankToNull(m.getAwardReason()) : null;
            default -> null;
        };
    }

    private static String pair(Match m, Function<String, Integer> goals) {
        return goals.apply(m.getHome()) + "-" + goals.apply(m.getAway());
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
