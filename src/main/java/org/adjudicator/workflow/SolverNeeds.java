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
        Adjudication now = adjudicator.adjudicate(tournament, rulesOverride, false);
        Ranking table = Clinch.openTables(now).stream().filter(r -> r.hasTeam(team)).findFirst()
                .orElseThrow(() -> UserError.at(tournament.source().toString(), null, "error.needs.nothingLeft", team));
        Clinch.Setup s = clinch.setup(now, table);
        List<Place> places = places(s, target);
        TableStatus status = clinch.analyse(s, team, places, budgetMillis, done -> progress.places(done, 2 * places.size()));
        List<Match> own = s.remaining().stream().filter(m -> m.involves(team)).toList();
        List<String> lines = new ArrayList<>();
        lines.add("What " + team + " needs in the " + table.name() + ": " + s.remaining().size() + " match(es) left in the table, "
                + own.size() + " of them its own. Answered by the constraint solver (3^" + s.remaining().size()
                + " outcomes: too many to enumerate); " + status.award() + ", as the rules award them.");
        if (!own.isEmpty()) lines.add("  " + String.join("; ", own.stream().map(Match::label).toList()));
        int t = s.indexOf(team);
        int teams = s.race().teams().size();
        for (TeamStatus st : status.statuses()) {
            Place place = st.place();
            lines.add("");
            lines.add(title(place.name()) + " (" + place.positions() + "): " + st.label(teams)
                    + (st.kind() == TeamStatus.Kind.CLINCHED ? ": " + team + " finishes there whatever the results and the tie-breakers"
                    : st.kind() == TeamStatus.Kind.ELIMINATED ? ": " + team + " cannot finish there, whatever the results and the tie-breakers"
                    : " - " + st.detail()));
            if (st.in() != null && st.kind() == TeamStatus.Kind.OPEN) lines.addAll(witness(s, st.in(), team, t, place, true));
            if (st.out() != null && st.kind() == TeamStatus.Kind.OPEN) lines.addAll(witness(s, st.out(), team, t, place, false));
            if (st.kind() == TeamStatus.Kind.OPEN && !own.isEmpty()) lines.addAll(ownResults(s, team, place, own, budgetMillis));
            progress.places(places.size() + places.indexOf(place) + 1, 2 * places.size());
        }
        lines.addAll(status.bugs());
        lines.add("");
        lines.add("(" + status.solves() + " solve(s)" + (status.timedOut() > 0 ? ", " + status.timedOut() + " out of time" : "")
                + ", " + status.witnesses() + " outcome(s) adjudicated by the rules.)");
        return lines;
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
    private static List<String> witness(Clinch.Setup s, Witness w, String team, int t, Place place, boolean in) {
        List<String> words = w.inWords(s.remaining(), s.race(), team, t);
        int others = s.remaining().size() - words.size();
        Witness.Verdict v = s.verdict(w);
        int[] range = v.positions().get(team);
        boolean inside = range != null && range[0] >= place.first() && range[1] <= place.last();
        boolean outside = range != null && !place.meets(range[0], range[1]);
        String side = in ? (inside ? "For example, it gets there with: " : "It can get there only level on points with others, for example with: ")
                : (outside ? "For example, it misses with: " : "It can miss only level on points with others, for example with: ");
        return List.of("  " + side + String.join(", ", words)
                        + (others > 0 ? " (the other " + others + " match(es) do not matter here)" : ""),
                "    the rules, on these scores: " + team + " " + Clinch.verdictWords(v, team));
    }

    /**
     * The team's own results, each combination asked with the other matches free: those that
     * guarantee the place, and those that rule it out, reduced to the fewest conditions.
     */
    private List<String> ownResults(Clinch.Setup s, String team, Place place, List<Match> own, long budgetMillis) {
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
            lines.add("  No result of its own guarantees it: it depends on other matches too.");
        } else {
            lines.add("  Guaranteed, whatever the other results and the tie-breakers, if:");
            lines.addAll(conditions(Needs.words(Needs.cover(guarantee), own, team)));
        }
        if (!ruleOut.isEmpty()) {
            lines.add("  Out of reach, whatever the other results, if:");
            lines.addAll(conditions(Needs.words(Needs.cover(ruleOut), own, team)));
        }
        return lines;
    }

    private static List<String> conditions(List<List<String>> words) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) lines.add("    " + (i == 0 ? "  " : "or") + " " + String.join(" and ", words.get(i)));
        return lines;
    }

    private static String title(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
