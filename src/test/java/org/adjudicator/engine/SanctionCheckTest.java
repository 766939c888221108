package org.adjudicator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adjudicator.UserError;
import org.adjudicator.facts.Adjustment;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Sanction;
import org.adjudicator.facts.Table;
import org.adjudicator.facts.Team;
import org.adjudicator.facts.Withdrawal;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.Test;

/** The host's check that what a scenario asks was applied: it matches causes, never decides what a table takes. */
class SanctionCheckTest {
    static final List<String> STAGES = List.of("group-stage", "knockout");
    static final Table GROUP = Table.group("Group A", "group", "group-stage", "A", "", "group-stage");
    static final Sanction DEDUCTION = new Sanction("Alpha", -3, "", "group-stage", 7, "sanctions[0]");

    @Test
    void anAdjustmentThatNamesItsCauseAppliesThatSanctionOnly() {
        Sanction other = new Sanction("Alpha", -1, "", "group-stage", 9, "sanctions[1]");
        Tournament t = tournament(List.of(DEDUCTION, other), List.of(), List.of());

        assertThatThrownBy(() -> check(t, List.of(GROUP), new Adjustment("Group A", "Alpha", "r", "d", DEDUCTION)))
                .isInstanceOf(UserError.class).extracting(e -> ((UserError) e).oneLine()).asString()
                .startsWith("s.yaml:9: sanctions[1]: the sanction of Alpha (-1 point(s), stage group-stage) counts in no table")
                .contains("its tables: Group A (matches of stage none or group-stage); Group A counts the matches of its stage,"
                        + " but the set applies no sanction there");
    }

    @Test
    void anAdjustmentThatNamesNoCauseAppliesWhatItsTeamWasGiven() {
        Tournament t = tournament(List.of(DEDUCTION), List.of(new Withdrawal("Alpha", "", 8, "withdrawals[0]")), List.of());

        assertThat(check(t, List.of(GROUP), new Adjustment("Group A", "Alpha", "r", "d"))).isEmpty();
    }

    @Test
    void aSanctionForAStageOfTheOrderWithNoTableYetWaits() {
        Sanction later = new Sanction("Alpha", -3, "", "knockout", 7, "sanctions[0]");

        assertThat(check(tournament(List.of(later), List.of(), List.of()), List.of(GROUP)))
                .singleElement().satisfies(n -> {
                    assertThat(n.stage()).isEqualTo("knockout");
                    assertThat(n.waiting()).isTrue();
                    assertThat(n.description()).isEqualTo("The sanction of Alpha (-3 point(s), stage knockout) waits: stage knockout has no table yet.");
                });
    }

    @Test
    void beforeAnyTableIsMadeEverythingWaits() {
        Match awarded = new Match("group-stage", 1, "Alpha", "Bravo", null, null, null, null).award(3, 0, "").at(12);
        Tournament t = tournament(List.of(DEDUCTION), List.of(new Withdrawal("Bravo", "", 8, "withdrawals[0]")), List.of(awarded));

        assertThat(check(t, List.of())).extracting(n -> n.description()).containsExactly(
                "The sanction of Alpha (-3 point(s), stage group-stage) waits: stage group-stage has no table yet.",
                "The withdrawal of Bravo waits: no table has been made yet.",
                "The awarded score 3-0 of Alpha v Bravo (stage group-stage) waits: no table has been made yet.");
    }

    @Test
    void anAwardedMatchNoTableCountsIsAnErrorAtItsLine() {
        Match awarded = new Match("friendly", null, "Alpha", "Bravo", null, null, null, null).award(3, 0, "").at(12);

        assertThatThrownBy(() -> check(tournament(List.of(), List.of(), List.of(awarded)), List.of(GROUP)))
                .extracting(e -> ((UserError) e).oneLine()).asString()
                .startsWith("s.yaml:12: awarded: the awarded score 3-0 of Alpha v Bravo (stage friendly) counts in no table");
    }

    private static List<org.adjudicator.facts.Notice> check(Tournament t, List<Table> tables, Adjustment... adjustments) {
        return new SanctionCheck(t, STAGES, tables, List.of(adjustments)).check();
    }

    private static Tournament tournament(List<Sanction> sanctions, List<Withdrawal> withdrawals, List<Match> matches) {
        return new Tournament("t", Path.of("s.yaml"), "x", List.of(new Team("Alpha", null, null, null, Map.of(), "A"),
                new Team("Bravo", null, null, null, Map.of(), "A")), matches, List.of(), sanctions, withdrawals, null);
    }
}
