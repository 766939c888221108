package org.adjudicator.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.adjudicator.UserError;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Lot;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Precedence;
import org.adjudicator.facts.Standing;
import org.adjudicator.facts.Team;
import org.adjudicator.facts.TiedGroup;
import org.adjudicator.scenario.Tournament;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs a regulation set over a tournament: inserts the teams, matches and lots, fires the rules,
 * and collects what they decided. It decides nothing itself; it only checks that the rules gave
 * every team exactly one position, and says which rule is at fault when they did not.
 */
@ApplicationScoped
public class Adjudicator {
    /** Firings allowed per fact before the rules are taken to loop forever. */
    static final int FIRINGS_PER_FACT = 200;

    @Inject
    RulesLoader loader;

    /** Applies the scenario's regulation set, or {@code rulesOverride} (a name or a folder) when given. */
    public Adjudication adjudicate(Tournament tournament, String rulesOverride, boolean trace) {
        java.nio.file.Path folder = rulesOverride == null
                ? loader.locate(tournament.rulesName(), tournament.source())
                : loader.locateFromCommandLine(rulesOverride);
        return adjudicate(tournament, loader.load(folder), trace);
    }

    public Adjudication adjudicate(Tournament tournament, RuleSet rules, boolean trace) {
        KieSession session = rules.kieBase().newKieSession();
        TraceListener listener = new TraceListener(rules);
        if (trace) session.addEventListener(listener);
        try {
            for (Team team : tournament.teams()) session.insert(team);
            for (Match match : tournament.matches()) session.insert(match);
            for (Lot lot : tournament.lots()) session.insert(lot);
            int facts = tournament.teams().size() + tournament.matches().size() + tournament.lots().size();
            int limit = 10_000 + FIRINGS_PER_FACT * facts;
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                throw new UserError(RulesLoader.shown(rules.folder()), null, "the rules did not come to rest after "
                        + fired + " firings; check the rules that insert or modify facts without a condition that stops them");
            }
            return collect(tournament, rules, session, trace ? List.copyOf(listener.lines()) : List.of());
        } catch (ConsequenceException e) {
            String rule = e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UserError(rules.fileOf(rule), "rule \"" + rule + "\"", "the rule failed while running: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } finally {
            session.dispose();
        }
    }

    private static Adjudication collect(Tournament tournament, RuleSet rules, KieSession session, List<String> trace) {
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (Standing s : sorted(objects(session, Standing.class), Comparator.comparing(Standing::getTeam))) {
            if (standings.putIfAbsent(s.getTeam(), s) != null) {
                throw rulesError(rules, "two records were computed for \"" + s.getTeam() + "\"; one rule should make each team's record");
            }
        }
        List<Placement> placements = sorted(objects(session, Placement.class),
                Comparator.comparingInt(Placement::getPosition).thenComparing(Placement::getTeam));
        List<Explanation> explanations = sorted(objects(session, Explanation.class),
                Comparator.comparingInt(Explanation::firstPosition).thenComparingInt(Explanation::step)
                        .thenComparing(Explanation::rule));
        Precedence precedence = objects(session, Precedence.class).stream().findFirst().orElse(null);
        checkEveryTeamPlacedOnce(tournament, rules, session, placements, precedence, standings);
        return new Adjudication(tournament, rules, precedence, standings, placements, explanations, trace);
    }

    private static void checkEveryTeamPlacedOnce(Tournament tournament, RuleSet rules, KieSession session,
                                                 List<Placement> placements, Precedence precedence,
                                                 Map<String, Standing> standings) {
        Map<String, List<Placement>> byTeam = placements.stream().collect(Collectors.groupingBy(Placement::getTeam,
                HashMap::new, Collectors.toList()));
        for (String team : tournament.teamNames()) {
            List<Placement> placed = byTeam.getOrDefault(team, List.of());
            if (placed.size() > 1) {
                throw rulesError(rules, "the rules placed \"" + team + "\" more than once: " + placed.stream()
                        .map(p -> "position " + p.getPosition() + " by " + rules.cite(p.getRule()))
                        .collect(Collectors.joining(" and ")) + "; two rules contradict each other");
            }
            if (placed.isEmpty()) throw rulesError(rules, "the rules gave \"" + team + "\" no position: "
                    + whyUnplaced(session, precedence, standings, team));
        }
    }

    private static String whyUnplaced(KieSession session, Precedence precedence, Map<String, Standing> standings, String team) {
        if (precedence == null) return "no rule declares the order of the criteria (insert a Precedence)";
        if (!standings.containsKey(team)) return "no rule computed its record (a Standing)";
        for (TiedGroup group : objects(session, TiedGroup.class)) {
            if (group.teamNames().contains(team) && group.getNextCriterion() != null) {
                return "no rule applies the criterion \"" + group.getNextCriterion()
                        + "\" named in the order of the criteria (a rule of that exact name must match TiedGroup( nextCriterion == \""
                        + group.getNextCriterion() + "\" ))";
            }
        }
        return "no rule placed it (a Placement)";
    }

    private static UserError rulesError(RuleSet rules, String message) {
        return new UserError(RulesLoader.shown(rules.folder()), null, message);
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object o : session.getObjects(type::isInstance)) found.add(type.cast(o));
        return found;
    }

    private static <T> List<T> sorted(Collection<T> items, Comparator<T> order) {
        List<T> list = new ArrayList<>(items);
        list.sort(order);
        return List.copyOf(list);
    }
}
