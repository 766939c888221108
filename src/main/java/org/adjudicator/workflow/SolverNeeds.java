package org.adjudicator.workflow;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adjudicator.UserError;
import org.adjudicator.clinch.Clinch;
import org.adjudicator.clinch.Place;
import org.adjudicator.clinch.Race;
import org.adjudicator.clinch.TableStatus;
import org.adjudicator.clinch.TeamStatus;
import org.adjudicator.clinch.Witness;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Match;
import org.adjudicator.report.Messages;
import org.adjudicator.report.NeedsReport;
import org.adjudicator.report.StageView;
import org.adjudicator.report.WorkflowWords;
import org.adjudicator.scenario.Tournament;

/**
 * What a team needs when its table has too many matches left to enumerate: the constraint
 * solver's status for each place (or the one asked for), an outcome for each side in words with the
 * rules' verdict on it, and the fewest conditions on the team's own matches that guarantee the
 * place whatever happens elsewhere, or rule it out.
 */
@Singleton
public class SolverNeeds {
    @Inject
    Adjudicator adjudicator;

    @Inject
    Clinch clinch;

    /** How many matches are left in the team's table with matches left (0 when none). */
    public int matchesLeft(Tournament tournament, String rulesOverride, String team) {
        Adjudication now = adjudicator.adjudicate(tournament, rulesOverride, false);
        return Clinch.openTables(now).stream().filter(r -> r.hasTeam(team))
                .mapToInt(r -> Clinch.remaining(tournament, r).size()).findFirst().orElse(0);
    }

    /** The answer, as the lines to print. */
    public List<String> answer(Tournament tournament, String rulesOverride, String team, String target, long budgetMillis) {
        return answer(tournament, rulesOverride, team, target, budgetMillis, (done, of) -> { });
    }

    /** What the solver is doing, for a progress bar: {@code done} places of {@code of} answered. */
    public interface Progress {
        void places(int done, int of);
    }

    /** The answer, as the lines to print, with {@code progress} told each place answered. */
    public List<String> answer(Tournament tournament, String rulesOverride, String team, String target, long budgetMillis,
                               Progress progress) {
        return answer(tournament, rulesOverride, team, target, budgetMillis, Messages.ENGLISH, progress);
    }

    /** The same in the language of {@code m}. */
    public List<String> answer(Tournament tournament, String rulesOverride, String team, String target, long budgetMillis,
                               Messages m, Progress progress) {
        Adjudication now = adjudicator.adjudicate(tournament, rulesOverride, false);
        Ranking table = Clinch.openTables(now).stream().filter(r -> r.hasTeam(team)).findFirst()
                .orElseThrow(() -> UserError.at(tournament.source().toString(), null, "error.needs.nothingLeft", team));
        Clinch.Setup s = clinch.setup(now, table);
        List<Place> places = places(s, target);
        TableStatus status = clinch.analyse(s, team, places, budgetMillis, done -> progress.places(done, 2 * places.size()));
        List<Match> own = s.remaining().stream().filter(x -> x.involves(team)).toList();
        List<String> lines = new ArrayList<>();
        lines.add(m.text("workflow.solver.heading", team, WorkflowWords.table(m, now, table.name()), s.remaining().size(),
                String.valueOf(own.size()), String.valueOf(s.remaining().size()), Needs.award(m, status.award())));
        if (!own.isEmpty()) lines.add("  " + String.join("; ", own.stream().map(x -> StageView.label(m, now.rules(), x)).toList()));
        int t = s.indexOf(team);
        int teams = s.race().teams().size();
        for (TeamStatus st : status.statuses()) {
            Place place = st.place();
            lines.add("");
            String label = m.text("status.label." + st.label(teams).replace(' ', '_').replace("(", "").replace(")", ""));
            String name = title(placeName(m, now, place.name()));
            lines.add(st.kind() == TeamStatus.Kind.OPEN ? m.text("workflow.solver.open", name, Needs.positions(m, place), label, detail(st, m))
                    : m.text(st.kind() == TeamStatus.Kind.CLINCHED ? "workflow.solver.clinched" : "workflow.solver.eliminated",
                            name, Needs.positions(m, place), label, team));
            if (st.in() != null && st.kind() == TeamStatus.Kind.OPEN) lines.addAll(witness(s, st.in(), team, t, place, true, m, now));
            if (st.out() != null && st.kind() == TeamStatus.Kind.OPEN) lines.addAll(witness(s, st.out(), team, t, place, false, m, now));
            if (st.kind() == TeamStatus.Kind.OPEN && !own.isEmpty()) lines.addAll(ownResults(s, team, place, own, budgetMillis, m));
            progress.places(places.size() + places.indexOf(place) + 1, 2 * places.size());
        }
        lines.addAll(status.bugs());
        lines.add("");
        lines.add(m.text("workflow.solver.method", status.solves(), status.timedOut(), status.witnesses()));
        return lines;
    }

    /** For an open place, whether points alone can settle it, in a language (in English, {@link TeamStatus#detail()}). */
    private static String detail(TeamStatus st, Messages m) {
        if (!m.spanish()) return st.detail();
        if (!st.proven()) return m.text(st.in() == null ? "workflow.solver.notProvenIn" : "workflow.solver.notProvenOut", st.team());
        Boolean in = st.inOnPoints();
        Boolean out = st.outOnPoints();
        if (Boolean.TRUE.equals(in) && Boolean.TRUE.equals(out)) return m.text("workflow.solver.eitherWay");
        if (Boolean.FALSE.equals(in) && Boolean.FALSE.equals(out)) return m.text("workflow.solver.levelEitherWay");
        if (Boolean.FALSE.equals(in)) return m.text("workflow.solver.levelIn");
        if (Boolean.FALSE.equals(out)) return m.text("workflow.solver.levelOut");
        return m.text("workflow.solver.notWorkedOut");
    }

    /** A place's name: the first places of a table, or its zone in the set's words ("round of 16 or better" said as such). */
    private static String placeName(Messages m, Adjudication now, String name) {
        if (!m.spanish()) return name;
        if (name.equals("first place")) return m.text("status.firstPlace");
        if (name.matches("first [0-9]+")) return m.text("status.firstK", name.substring(6));
        boolean better = name.endsWith(" or better");
        String zone = WorkflowWords.zone(m, now, better ? name.substring(0, name.length() - " or better".length()) : name);
        return better ? m.text("status.orBetter", zone) : zone;
    }

    private static List<Place> places(Clinch.Setup s, String target) {
        if (target == null || target.isBlank()) return s.places();
        String t = target.strip();
        if (t.matches("\\d+")) {
            int k = Integer.parseInt(t);
            if (k < 1 || k > s.race().teams().size()) {
                throw UserError.at(null, "--target", "error.needs.noPosition", k, s.table(), s.race().teams().size(), UserError.Phrase.both("", ""));
            }
            return List.of(new Place(k == 1 ? "first place" : "first " + k, 1, k));
        }
        for (Place p : s.places()) if (p.named(t)) return List.of(p);
        throw UserError.at(null, "--target", "error.needs.notAZone", target, s.table(),
                String.join(", ", s.places().stream().map(Place::name).toList()), s.race().teams().size());
    }

    /**
     * An outcome the solver found for one side, in words, with the rules' verdict on its scores. It
     * is said to get the team there (or to miss) only when the rules' verdict bears that out; an
     * outcome where the team is level on points with others at the boundary may be decided the
     * other way by goal difference, and is then said to be only level on points.
     */
    private static List<String> witness(Clinch.Setup s, Witness w, String team, int t, Place place, boolean in, Messages m, Adjudication now) {
        List<String> words = w.inWords(s.remaining(), s.race(), team, t);
        int others = s.remaining().size() - words.size();
        Witness.Verdict v = s.verdict(w);
        int[] range = v.positions().get(team);
        boolean inside = range != null && range[0] >= place.first() && range[1] <= place.last();
        boolean outside = range != null && !place.meets(range[0], range[1]);
        String side = in ? (inside ? "workflow.solver.getsThere" : "workflow.solver.getsThereLevel")
                : (outside ? "workflow.solver.misses" : "workflow.solver.missesLevel");
        return List.of("  " + m.text(side, String.join(", ", words), others),
                "    " + m.text("workflow.solver.verdict", team, verdictWords(v, team, m, now)));
    }

    /** The rules' verdict on a team, in a language (in English, {@link Clinch#verdictWords}). */
    private static String verdictWords(Witness.Verdict v, String team, Messages m, Adjudication now) {
        if (!m.spanish()) return Clinch.verdictWords(v, team);
        int[] range = v.positions().get(team);
        if (range == null) return m.text("workflow.cause.notInTable");
        String zone = v.zones().get(team);
        String by = v.settledBy().get(team);
        List<String> parts = new ArrayList<>();
        if (zone != null) parts.add(WorkflowWords.zone(m, now, zone));
        if (by != null && !by.isEmpty()) parts.add(m.text("workflow.solver.decidedBy", m.wording(now.rules(), by, by).toLowerCase(Locale.ROOT)));
        return Needs.position(m, range[0], range[1]) + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")");
    }

    /**
     * The team's own results, each combination asked with the other matches free: those that
     * guarantee the place, and those that rule it out, reduced to the fewest conditions.
     */
    private List<String> ownResults(Clinch.Setup s, String team, Place place, List<Match> own, long budgetMillis, Messages m) {
        if (own.size() > 4) return List.of();
        List<int[]> guarantee = new ArrayList<>();
        List<int[]> ruleOut = new ArrayList<>();
        int combinations = (int) Math.pow(3, own.size());
        for (int code = 0; code < combinations; code++) {
            int[] fixed = new int[s.remaining().size()];
            java.util.Arrays.fill(fixed, -1);
            int[] bits = new int[own.size()];
            int c = code;
            for (int i = 0; i < own.size(); i++) {
                int result = c % 3;
                c /= 3;
                fixed[s.remaining().indexOf(own.get(i))] = result;
                bits[i] = result == Race.HOME ? Needs.HOME : result == Race.DRAW ? Needs.DRAW : Needs.AWAY;
            }
            TeamStatus st = clinch.status(s, team, place, fixed, budgetMillis);
            if (st.kind() == TeamStatus.Kind.CLINCHED) guarantee.add(bits);
            if (st.kind() == TeamStatus.Kind.ELIMINATED) ruleOut.add(bits);
        }
        List<String> lines = new ArrayList<>();
        if (guarantee.isEmpty()) {
            lines.add("  " + m.text("workflow.solver.noGuarantee"));
        } else {
            lines.add("  " + m.text("workflow.solver.guaranteed"));
            lines.addAll(NeedsReport.conditions(Needs.words(Needs.cover(guarantee), own, team, m), m, "    "));
        }
        if (!ruleOut.isEmpty()) {
            lines.add("  " + m.text("workflow.solver.outOfReach"));
            lines.addAll(NeedsReport.conditions(Needs.words(Needs.cover(ruleOut), own, team, m), m, "    "));
        }
        return lines;
    }

    private static String title(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
