package org.adjudicator.workflow;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adjudicator.clinch.Clinch;
import org.adjudicator.clinch.Place;
import org.adjudicator.clinch.TableStatus;
import org.adjudicator.clinch.TeamStatus;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Promotion;
import org.adjudicator.report.PairVerdict;
import org.adjudicator.scenario.Expectations;
import org.adjudicator.scenario.Tournament;

/** Compares what the rules decide for a scenario with the outcome its {@code expect} block states. */
@Singleton
public class Verifier {
    @Inject
    Adjudicator adjudicator;

    @Inject
    Clinch clinch;

    /** The differences (empty when every expectation holds) and how many expectations were checked. */
    public record Verdict(int checked, List<String> differences) {
        public boolean passed() { return differences.isEmpty(); }
    }

    public Verdict verify(Tournament tournament, String rulesOverride) {
        Expectations expect = tournament.expect();
        Adjudication a = adjudicator.adjudicate(tournament, rulesOverride, false);
        Outcome outcome = Outcome.of(a);
        List<String> differences = new ArrayList<>();
        int checked = 0;
        if (expect.positions != null) {
            for (Map.Entry<String, Map<String, Integer>> table : expect.positions.entrySet()) {
                Map<String, Placement> actual = outcome.positions().get(table.getKey());
                for (Map.Entry<String, Integer> e : table.getValue().entrySet()) {
                    checked++;
                    Placement p = actual == null ? null : actual.get(e.getKey());
                    String got = actual == null ? "no table \"" + table.getKey() + "\"" : p == null ? "not in the table"
                            : String.valueOf(p.getPosition());
                    if (p == null || p.getPosition() != e.getValue()) {
                        differences.add("position of " + e.getKey() + " in " + table.getKey() + ": expected " + e.getValue() + ", got " + got);
                    }
                }
            }
        }
        if (expect.zones != null) {
            for (Map.Entry<String, String> e : expect.zones.entrySet()) {
                checked++;
                String got = outcome.zones().getOrDefault(e.getKey(), "none");
                if (!same(e.getValue(), got)) differences.add("zone of " + e.getKey() + ": expected " + e.getValue() + ", got " + got);
            }
        }
        if (expect.champion != null) {
            checked++;
            String got = outcome.champion();
            if (!same(expect.champion, got)) differences.add("champion: expected " + expect.champion + ", got " + (got == null ? "none" : got));
        }
        if (expect.promoted != null) {
            for (Map.Entry<String, String> e : expect.promoted.entrySet()) {
                checked++;
                // From the promotions themselves: two teams may go to one place (a play-off).
                String to = a.promotions().stream().filter(p -> p.team().equals(e.getKey()))
                        .map(Promotion::to).findFirst().orElse("not promoted");
                if (!same(e.getValue(), to)) differences.add("promotion of " + e.getKey() + ": expected " + e.getValue() + ", got " + to);
            }
        }
        if (expect.winners != null) {
            for (Map.Entry<String, String> e : expect.winners.entrySet()) {
                checked++;
                String got = outcome.winners().getOrDefault(e.getKey(), "no such tie");
                if (!same(e.getValue(), got)) differences.add("winner of " + e.getKey() + ": expected " + e.getValue() + ", got " + got);
            }
        }
        if (expect.decidedBy != null) {
            for (Expectations.Decided d : expect.decidedBy) {
                checked++;
                String table = d.table == null ? (a.leagueTables().isEmpty() ? "" : a.leagueTables().get(0).name()) : d.table;
                Ranking ranking = a.ranking(table);
                if (ranking == null || !ranking.hasTeam(d.above) || !ranking.hasTeam(d.below)) {
                    differences.add(d.above + " above " + d.below + " in " + table + ": not both in that table");
                    continue;
                }
                PairVerdict v = PairVerdict.of(ranking, d.above, d.below);
                if (v.shared() || !v.upper().equals(d.above)) {
                    differences.add(d.above + " above " + d.below + " in " + table + ": got " + (v.shared() ? "level" : d.below + " above"));
                } else if (v.decisive() == null || !(same(d.criterion, v.decisive().rule()) || same(d.criterion, v.decisive().wording()))) {
                    differences.add(d.above + " above " + d.below + " by " + d.criterion + ": got "
                            + (v.decisive() == null ? "no decision" : v.decisive().rule()));
                }
            }
        }
        if (expect.status != null) {
            List<TableStatus> tables = Clinch.openTables(a).stream()
                    .map(t -> clinch.analyse(a, t, Clinch.DEFAULT_BUDGET_MILLIS)).toList();
            for (TableStatus t : tables) for (String bug : t.bugs()) differences.add(bug);
            for (Map.Entry<String, Map<String, String>> team : expect.status.entrySet()) {
                TableStatus table = tables.stream().filter(t -> !t.of(team.getKey()).isEmpty()).findFirst().orElse(null);
                for (Map.Entry<String, String> e : team.getValue().entrySet()) {
                    checked++;
                    String what = "status of " + team.getKey() + " for " + e.getKey();
                    if (table == null) {
                        differences.add(what + ": expected " + e.getValue() + ", got no table of " + team.getKey() + " with matches left");
                        continue;
                    }
                    Place place = table.place(e.getKey());
                    TeamStatus got = place == null ? null : table.of(team.getKey(), place);
                    if (got == null) {
                        differences.add(what + ": no such place in the " + table.table() + " (" + String.join(", ",
                                table.places().stream().map(Place::name).toList()) + ")");
                    } else if (!same(e.getValue(), got.label())) {
                        differences.add(what + ": expected " + e.getValue() + ", got " + got.label());
                    }
                }
            }
        }
        if (expect.violations != null) {
            checked++;
            if (a.violations().size() != expect.violations) {
                differences.add("fixture violations: expected " + expect.violations + ", got " + a.violations().size());
            }
        }
        return new Verdict(checked, differences);
    }

    private static boolean same(String expected, String actual) {
        return actual != null && expected.strip().toLowerCase(Locale.ROOT).equals(actual.strip().toLowerCase(Locale.ROOT));
    }
}
