package org.adjudicator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Match;

/**
 * The knockout rounds drawn as a bracket: a column a knockout stage, in the regulation's order,
 * each tie a box with its two teams, their goals leg by leg, and the criterion that decided it
 * with its rule. Marked {@code data-bracket}; every team carries {@code data-team}, so that the
 * workspace (web/bracket.js) can light a team's path through the rounds on hover. Nothing here
 * decides anything: the ties, legs and verdicts are the adjudication's.
 */
public final class BracketView {
    private BracketView() {
    }

    /** The bracket's section, or nothing when the competition has no knockout tie. */
    public static String html(Adjudication a, Set<String> changedWinners, Messages m) {
        List<StageView> rounds = StageView.of(a).stream().filter(s -> !s.ties().isEmpty()).toList();
        if (rounds.isEmpty()) return "";
        RuleSet rules = a.rules();
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"stage bracket-view\" id=\"stage-bracket\" data-bracket>\n<h2>")
                .append(HtmlReport.esc(m.text("features.bracket.title"))).append("</h2>\n<p class=\"bracket-hint\">")
                .append(HtmlReport.esc(m.text("features.bracket.hint"))).append("</p>\n<div class=\"bracket-rounds\">\n");
        for (StageView round : rounds) {
            html.append("<div class=\"bracket-round\" data-stage=\"").append(HtmlReport.esc(round.id())).append("\"><h3>")
                    .append(HtmlReport.esc(m.stage(rules, round.id(), round.title()))).append("</h3>\n");
            for (Ranking tie : round.ties()) tie(a, tie, changedWinners.contains(tie.name()), m, html);
            html.append("</div>\n");
        }
        html.append("</div>\n</section>\n");
        return html.toString();
    }

    private static void tie(Adjudication a, Ranking tie, boolean changed, Messages m, StringBuilder html) {
        RuleSet rules = a.rules();
        List<Match> legs = StageView.legs(a, tie);
        String winner = tie.winner();
        html.append("<div class=\"bracket-tie").append(changed ? " changed" : "").append("\" data-tie=\"").append(HtmlReport.esc(tie.name()))
                .append("\"><p class=\"bracket-name\">").append(HtmlReport.esc(StageView.tieName(m, tie.name()))).append("</p>\n");
        for (String team : tie.table().getTeams()) {
            List<String> goals = new ArrayList<>();
            for (Match leg : legs) goals.add(goals(leg, team, m));
            html.append("<div class=\"bracket-team").append(team.equals(winner) ? " winner" : winner == null ? "" : " lost")
                    .append("\" data-team=\"").append(HtmlReport.esc(team)).append("\"><span class=\"bracket-team-name\">")
                    .append(HtmlReport.esc(team)).append("</span>");
            for (int i = 0; i < goals.size(); i++) {
                html.append("<span class=\"bracket-leg\" title=\"").append(HtmlReport.esc(m.text("features.bracket.leg", legs.get(i).getLeg())))
                        .append("\">").append(HtmlReport.esc(goals.get(i))).append("</span>");
            }
            html.append("</div>\n");
        }
        List<String> teams = tie.table().getTeams();
        Explanation decisive = PairVerdict.of(tie, teams.get(0), teams.get(1)).decisive();
        html.append("<p class=\"bracket-decided\">");
        if (winner == null || decisive == null) {
            html.append(HtmlReport.esc(m.text("features.bracket.undecided")));
        } else {
            html.append(HtmlReport.esc(m.text("features.bracket.decidedBy", m.wording(rules, decisive.rule(), decisive.wording()))))
                    .append(' ').append(HtmlReport.cite(m, rules, decisive.rule()));
        }
        html.append("</p></div>\n");
    }

    /** A team's goals in one leg: "2", "1 (a.e.t. 2)", "1 (pens 4)", "3 (awarded)"; "-" when not played. */
    private static String goals(Match leg, String team, Messages m) {
        if (leg.isAwarded()) return m.text("features.bracket.awarded", String.valueOf(leg.awardedGoalsFor(team)));
        if (!leg.isPlayed()) return "-";
        String s = String.valueOf(leg.goalsFor(team));
        if (leg.hasExtraTime()) s += " " + m.text("features.bracket.extraTime", String.valueOf(leg.extraTimeGoalsFor(team)));
        if (leg.hasPenalties()) s += " " + m.text("features.bracket.penalties", String.valueOf(leg.penaltiesFor(team)));
        return s;
    }
}
