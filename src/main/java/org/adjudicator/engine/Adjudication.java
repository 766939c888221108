package org.adjudicator.engine;

import java.util.List;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Qualified;
import org.adjudicator.facts.Rival;
import org.adjudicator.facts.Violation;
import org.adjudicator.facts.Zone;
import org.adjudicator.scenario.Tournament;

/**
 * What the rules decided for a tournament, stage by stage, in a fixed order: the tables they
 * ranked (league tables and two-legged ties), zones, qualifications, pairings, promotions, fixture
 * violations and notices (what waits for what).
 *
 * @param stages the stages in the order the regulation set declares them
 * @param trace  the rule firings, one line each, when asked for; empty otherwise
 */
public record Adjudication(Tournament tournament, RuleSet rules, List<String> stages, List<Ranking> rankings,
                           List<Zone> zones, List<Qualified> qualified, List<Pairing> pairings,
                           List<Promotion> promotions, List<Violation> violations, List<Notice> notices,
                           List<Rival> rivals, List<org.adjudicator.facts.Adjustment> adjustments,
                           java.util.Map<String, org.adjudicator.facts.Setting> settings, List<String> trace) {

    /** A numeric parameter the rules declare, or null. */
    public Integer setting(String name) {
        org.adjudicator.facts.Setting s = settings.get(name);
        return s == null ? null : s.getValue();
    }

    /** A word parameter the rules declare, or null. */
    public String settingText(String name) {
        org.adjudicator.facts.Setting s = settings.get(name);
        return s == null ? null : s.getText();
    }

    /** The adjustments (sanctions, awarded matches, withdrawals) the rules made to a table. */
    public List<org.adjudicator.facts.Adjustment> adjustmentsOf(String table) {
        return adjustments.stream().filter(x -> x.table().equals(table)).toList();
    }

    /** The league tables (general table, groups), in stage order. */
    public List<Ranking> leagueTables() {
        return rankings.stream().filter(r -> r.table().isLeague()).toList();
    }

    /** The two-legged ties of a stage. */
    public List<Ranking> ties(String stage) {
        return rankings.stream().filter(r -> !r.table().isLeague() && r.table().getStage().equals(stage)).toList();
    }

    public Ranking ranking(String table) {
        return rankings.stream().filter(r -> r.name().equals(table)).findFirst().orElse(null);
    }

    /** The scenario's matches of a stage that are not decided yet (neither played nor awarded). */
    public List<Match> unplayed(String stage) {
        return tournament.matches().stream().filter(m -> !m.isDecided() && stage.equals(m.getStage())).toList();
    }
}
