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
import org.adjudicator.report.Messages;
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
        return verify(tournament, rulesOverride, Messages.ENGLISH);
    }

    /**
     * The same, each difference said in the language of {@code m}; the values compared are as the
     * scenario's {@code expect:} and the rules write them (a zone's name, a criterion's rule).
     */
    public Verdict verify(Tournament tournament, String rulesOverride, Messages m) {
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
                    String got = actual == null ? m.text("workflow.verify.noTable", table.getKey()) : p == null
                            ? m.text("workflow.cause.notInTable") : String.valueOf(p.getPosition());
                    if (p == null || p.getPosition() != e.getValue()) {
                        differences.add(m.text("workflow.verify.position", e.getKey(), table.getKey(), String.valueOf(e.getValue()), got));
                    }
                }
            }
        }
        if (expect.zones != null) {
            for (Map.Entry<String, String> e : expect.zones.entrySet()) {
                checked++;
                String got = outcome.zones().get(e.getKey());
                if (!same(e.getValue(), got == null ? "none" : got)) {   // an expect: may say "none"
                    differences.add(m.text("workflow.verify.zone", e.getKey(), e.getValue(), got == null ? m.text("workflow.verify.none") : got));
                }
            }
        }
        if (expect.champion != null) {
            checked++;
            String got = outcome.champion();
            if (!same(expect.champion, got)) {
                differences.add(m.text("workflow.verify.champion", expect.champion, got == null ? m.text("workflow.verify.none") : got));
            }
        }
        if (expect.promoted != null) {
            for (Map.Entry<String, String> e : expect.promoted.entrySet()) {
                checked++;
                // From the promotions themselves: two teams may go to one place (a play-off).
                String to = a.promotions().stream().filter(p -> p.team().equals(e.getKey()))
                        .map(Promotion::to).findFirst().orElse(m.text("workflow.verify.notPromoted"));
                if (!same(e.getValue(), to)) differences.add(m.text("workflow.verify.promotion", e.getKey(), e.getValue(), to));
            }
        }
        if (expect.winners != null) {
            for (Map.Entry<String, String> e : expect.winners.entrySet()) {
                checked++;
                String got = outcome.winners().get(e.getKey());
                String said = got == null ? m.text("workflow.verify.noSuchTie") : got.equals("undecided") ? m.text("workflow.undecided") : got;
                if (!same(e.getValue(), got == null ? "no such tie" : got)) differences.add(m.text("workflow.verify.winner", e.getKey(), e.getValue(), said));
            }
        }
        if (expect.decidedBy != null) {
            for (Expectations.Decided d : expect.decidedBy) {
                checked++;
                String table = d.table == null ? (a.leagueTables().isEmpty() ? "" : a.leagueTables().get(0).name()) : d.table;
                Ranking ranking = a.ranking(table);
                if (ranking == null || !ranking.hasTeam(d.above) || !ranking.hasTeam(d.below)) {
                    differences.add(m.text("workflow.verify.notBoth", d.above, d.below, table));
                    continue;
                }
                PairVerdict v = PairVerdict.of(ranking, d.above, d.below);
                if (v.shared() || !v.upper().equals(d.above)) {
                    differences.add(m.text(v.shared() ? "workflow.verify.gotLevel" : "workflow.verify.gotAbove", d.above, d.below, table));
                } else if (v.decisive() == null || !(same(d.criterion, v.decisive().rule()) || same(d.criterion, v.decisive().wording()))) {
                    differences.add(m.text("workflow.verify.by", d.above, d.below, d.criterion,
                            v.decisive() == null ? m.text("workflow.verify.noDecision") : v.decisive().rule()));
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
                    String what = m.text("workflow.verify.status", team.getKey(), e.getKey());
                    if (table == null) {
                        differences.add(m.text("workflow.verify.statusNoTable", what, e.getValue(), team.getKey()));
                        continue;
                    }
                    Place place = table.place(e.getKey());
                    TeamStatus got = place == null ? null : table.of(team.getKey(), place);
                    if (got == null) {
                        differences.add(m.text("workflow.verify.noPlace", what, table.table(), String.join(", ",
                                table.places().stream().map(Place::name).toList())));
                    } else if (!same(e.getValue(), got.label())) {
                        differences.add(m.text("workflow.verify.expected", what, e.getValue(),
                                m.text("status.label." + got.label().replace(' ', '_').replace("(", "").replace(")", ""))));
                    }
                }
            }
        }
        if (expect.violations != null) {
            checked++;
            if (a.violations().size() != expect.violations) {
                differences.add(m.text("workflow.verify.violations", String.valueOf(expect.violations), String.valueOf(a.violations().size())));
            }
        }
        return new Verdict(checked, differences);
    }

    private static boolean same(String expected, String actual) {
        return actual != null && expected.strip().toLowerCase(Locale.ROOT).equals(actual.strip().toLowerCase(Locale.ROOT));
    }
}
