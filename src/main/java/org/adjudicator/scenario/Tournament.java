package org.adjudicator.scenario;

import java.nio.file.Path;
import java.util.List;
import org.adjudicator.facts.Cards;
import org.adjudicator.facts.Lot;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.RecordedPlace;
import org.adjudicator.facts.Replacement;
import org.adjudicator.facts.Sanction;
import org.adjudicator.facts.Team;
import org.adjudicator.facts.Withdrawal;

/**
 * A checked scenario, ready for the rules: teams sorted by name and matches by stage, round and
 * teams, so that the order of the file never changes an outcome.
 *
 * @param source    the file it was read from, as the user named it
 * @param rulesName the regulation set as the scenario names it
 * @param places       places of tables the scenario does not play, as it records them
 * @param replacements decisions taken off the pitch: who takes whose place in a stage
 */
public record Tournament(String name, Path source, String rulesName, List<Team> teams, List<Match> matches,
                         List<Lot> lots, List<Sanction> sanctions, List<Withdrawal> withdrawals, Expectations expect,
                         List<Cards> cards, List<RecordedPlace> places, List<Replacement> replacements) {

    public Tournament(String name, Path source, String rulesName, List<Team> teams, List<Match> matches, List<Lot> lots,
                      List<Sanction> sanctions, List<Withdrawal> withdrawals, Expectations expect) {
        this(name, source, rulesName, teams, matches, lots, sanctions, withdrawals, expect, List.of());
    }

    public Tournament(String name, Path source, String rulesName, List<Team> teams, List<Match> matches, List<Lot> lots,
                      List<Sanction> sanctions, List<Withdrawal> withdrawals, Expectations expect, List<Cards> cards) {
        this(name, source, rulesName, teams, matches, lots, sanctions, withdrawals, expect, cards, List.of(), List.of());
    }

    /** The same tournament read from another place (rules are looked up from there). */
    public Tournament withSource(Path other) {
        return new Tournament(name, other, rulesName, teams, matches, lots, sanctions, withdrawals, expect, cards, places, replacements);
    }

    /** The same tournament with other matches and sanctions (a what-if). */
    public Tournament with(List<Match> otherMatches, List<Sanction> otherSanctions) {
        return new Tournament(name, source, rulesName, teams, otherMatches, lots, otherSanctions, withdrawals, expect, cards, places, replacements);
    }

    /** The same tournament with other matches, sanctions and withdrawals (a what-if). */
    public Tournament with(List<Match> otherMatches, List<Sanction> otherSanctions, List<Withdrawal> otherWithdrawals) {
        return new Tournament(name, source, rulesName, teams, otherMatches, lots, otherSanctions, otherWithdrawals, expect, cards, places, replacements);
    }

    public boolean hasTeam(String team) {
        return teams.stream().anyMatch(t -> t.getName().equals(team));
    }

    public List<String> teamNames() {
        return teams.stream().map(Team::getName).toList();
    }
}
