package org.adjudicator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.adjudicator.UserError;
import org.adjudicator.facts.KnockoutRound;
import org.adjudicator.facts.Stages;
import org.adjudicator.facts.ZonePlaces;
import org.adjudicator.scenario.Suggest;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * What the host checks in a regulation set as it loads it, before any scenario is read: that the
 * order of the stages and the rules' stages agree (a stage of the order that no rule belongs to, or
 * a rule in a stage that is not in the order, would leave a stage out without a word), and that the
 * structure the rules declare can work: the zones of a table neither overlap nor leave a place out,
 * and each knockout round's entrants make its size. The rules declare the structure; the host only
 * checks that what they declare holds together, and names the rule that declares the fault.
 */
final class StructureCheck {
    /** The agenda group of a rule in no ruleflow group. */
    private static final String NO_STAGE = "MAIN";
    /** Firings allowed while the declarations are read (rules with no condition fire once each). */
    private static final int DECLARATION_FIRINGS = 10_000;

    private final RuleSet rules;
    private final List<UserError> problems = new ArrayList<>();

    private StructureCheck(RuleSet rules) {
        this.rules = rules;
    }

    /** The set, once checked; the first problem found (and how many more) as a {@link UserError}. */
    static RuleSet checked(RuleSet rules) {
        StructureCheck check = new StructureCheck(rules);
        Declared declared = Declared.by(rules);
        if (declared == null) return rules; // the declarations do not come to rest or fail: a run names the rule
        check.stages(declared);
        check.zones(declared.zones());
        check.rounds(declared);
        if (check.problems.isEmpty()) return rules;
        UserError first = check.problems.get(0);
        int more = check.problems.size() - 1;
        throw new UserError(first.file(), first.place(), first.getMessage()
                + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + " in the rules' structure)" : ""));
    }

    /** What the rules of no stage declare with no input at all: the order of the stages, the zones, the rounds. */
    private record Declared(List<Stages> stages, Map<Stages, String> stagesRule, List<ZonePlaces> zones,
                            List<KnockoutRound> rounds) {
        static Declared by(RuleSet rules) {
            KieSession session = rules.kieBase().newKieSession();
            Map<Object, String> insertedBy = new IdentityHashMap<>();
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) insertedBy.put(event.getObject(), event.getRule().getName());
                }
            });
            try {
                // Within the time budget: a rule of no stage that never ends is named, as in a run.
                int fired = RunawayGuard.run(session, rules, () -> session.fireAllRules(DECLARATION_FIRINGS));
                if (fired >= DECLARATION_FIRINGS) return null;
                List<Stages> stages = new ArrayList<>();
                Map<Stages, String> stagesRule = new IdentityHashMap<>();
                List<ZonePlaces> zones = new ArrayList<>();
                List<KnockoutRound> rounds = new ArrayList<>();
                for (Object o : session.getObjects()) {
                    if (o instanceof Stages s) {
                        stages.add(s);
                        stagesRule.put(s, insertedBy.get(s));
                    } else if (o instanceof ZonePlaces z) {
                        zones.add(z);
                    } else if (o instanceof KnockoutRound r) {
                        rounds.add(r);
                    }
                }
                stages.sort(Comparator.comparing(s -> String.valueOf(stagesRule.get(s))));
                zones.sort(Comparator.comparing(ZonePlaces::table).thenComparingInt(ZonePlaces::first)
                        .thenComparingInt(ZonePlaces::last).thenComparing(ZonePlaces::zone));
                rounds.sort(Comparator.comparing(KnockoutRound::stage));
                return new Declared(stages, stagesRule, zones, rounds);
            } catch (UserError e) {
                throw e;
            } catch (RuntimeException e) {
                return null; // a rule that throws: a run names it, with its file and line
            } finally {
                session.dispose();
            }
        }
    }

    /** Every stage of the order has rules; every rule's stage is in the order. */
    private void stages(Declared declared) {
        // Each stage's rules, in the order they are written (file, then line).
        Map<String, List<String>> byStage = new TreeMap<>();
        List<String> staged = new ArrayList<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String stage = ((RuleImpl) rule).getAgendaGroup();
                if (stage == null || NO_STAGE.equals(stage)) continue;
                byStage.computeIfAbsent(stage, k -> new ArrayList<>()).add(rule.getName());
                staged.add(rule.getName());
            }
        }
        staged.sort(Comparator.comparing(rules::fileOf).thenComparingInt(this::lineOf).thenComparing(Comparator.naturalOrder()));
        if (declared.stages().isEmpty()) {
            if (!staged.isEmpty()) {
                String rule = staged.get(0);
                String stage = stageOf(byStage, rule);
                problem(rule, "its ruleflow-group \"" + stage + "\" is a stage, but no rule declares the order of the stages"
                        + " (insert a Stages fact naming \"" + stage + "\"): its rules would never run");
            }
            return;
        }
        if (declared.stages().size() > 1) {
            Stages second = declared.stages().get(1);
            problem(declared.stagesRule().get(second), "a second order of the stages is declared ("
                    + second + "), besides " + declared.stages().get(0) + ": declare the order once");
        }
        Stages order = declared.stages().get(0);
        String orderRule = declared.stagesRule().get(order);
        List<String> names = order.getNames();
        Set<String> unordered = new TreeSet<>(byStage.keySet());
        unordered.removeAll(names);
        Set<String> seen = new HashSet<>();
        for (String stage : names) {
            if (!seen.add(stage)) {
                problem(orderRule, "the stage \"" + stage + "\" is named twice in the order of the stages");
            } else if (!byStage.containsKey(stage)) {
                String hint = Suggest.didYouMean(stage, unordered);
                problem(orderRule, "the stage \"" + stage + "\" of the order has no rule (no rule has ruleflow-group \""
                        + stage + "\")" + (hint.isEmpty() && !unordered.isEmpty()
                        ? "; the rules' stages not in the order: " + String.join(", ", unordered) : hint));
            }
        }
        for (String rule : staged) {
            String stage = stageOf(byStage, rule);
            if (names.contains(stage)) continue;
            String hint = Suggest.didYouMean(stage, names.stream().filter(n -> !byStage.containsKey(n)).toList());
            if (hint.isEmpty()) hint = Suggest.didYouMean(stage, names);
            problem(rule, "its ruleflow-group \"" + stage + "\" is not a stage of the order (" + rules.cite(orderRule)
                    + ": " + String.join(", ", names) + "): it would never run" + hint);
        }
    }

    private static String stageOf(Map<String, List<String>> byStage, String rule) {
        return byStage.entrySet().stream().filter(e -> e.getValue().contains(rule)).map(Map.Entry::getKey).findFirst().orElse("?");
    }

    /** The zones of each table, in order of their places: no place in two zones, none in no zone. */
    private void zones(List<ZonePlaces> zones) {
        Map<String, List<ZonePlaces>> byTable = new LinkedHashMap<>();
        for (ZonePlaces z : zones) byTable.computeIfAbsent(z.table(), k -> new ArrayList<>()).add(z);
        byTable.forEach((table, inTable) -> {
            Set<String> names = new HashSet<>();
            ZonePlaces previous = null;
            for (ZonePlaces z : inTable) {
                if (!names.add(z.zone())) {
                    problem(z.rule(), "the " + table + " declares the zone \"" + z.zone() + "\" twice");
                } else if (z.first() < 1 || z.last() < z.first()) {
                    problem(z.rule(), "the zone \"" + z.zone() + "\" of the " + table + " has places " + z.first() + "-" + z.last()
                            + ": its first place must be 1 or more and its last place not before its first");
                } else if (previous == null && z.first() > 1) {
                    problem(z.rule(), inNoZone(1, z.first() - 1, table) + ": its first zone, \""
                            + z.zone() + "\", starts at " + z.first());
                } else if (previous != null && z.first() <= previous.last()) {
                    problem(z.rule(), "the zone \"" + z.zone() + "\" (places " + z.first() + "-" + z.last() + ") overlaps the zone \""
                            + previous.zone() + "\" (places " + previous.first() + "-" + previous.last() + ", " + rules.cite(previous.rule())
                            + ") at " + places(z.first(), Math.min(z.last(), previous.last())) + " of the " + table
                            + ": a place must be in one zone");
                } else if (previous != null && z.first() > previous.last() + 1) {
                    problem(z.rule(), inNoZone(previous.last() + 1, z.first() - 1, table) + ": the zone \""
                            + previous.zone() + "\" ends at " + previous.last() + " (" + rules.cite(previous.rule())
                            + ") and the zone \"" + z.zone() + "\" starts at " + z.first());
                }
                if (z.first() >= 1 && z.last() >= z.first() && (previous == null || z.last() > previous.last())) previous = z;
            }
        });
    }

    private static String inNoZone(int from, int to, String table) {
        return places(from, to) + " of the " + table + (from == to ? " is" : " are") + " in no zone";
    }

    private static String places(int from, int to) {
        return from == to ? "place " + from : "places " + from + "-" + to;
    }

    /** Each knockout round is a stage of the order, and its entrants (a zone's places, an earlier round's winners) make its size. */
    private void rounds(Declared declared) {
        Map<String, ZonePlaces> zones = new LinkedHashMap<>();
        for (ZonePlaces z : declared.zones()) zones.putIfAbsent(z.zone(), z);
        Map<String, KnockoutRound> rounds = new LinkedHashMap<>();
        for (KnockoutRound r : declared.rounds()) {
            if (rounds.putIfAbsent(r.stage(), r) != null) problem(r.rule(), "the round \"" + r.stage() + "\" is declared twice");
        }
        List<String> order = declared.stages().isEmpty() ? null : declared.stages().get(0).getNames();
        for (KnockoutRound r : rounds.values()) {
            String round = "the round \"" + r.stage() + "\"";
            if (order != null && !order.contains(r.stage())) {
                problem(r.rule(), round + " is not a stage of the order (" + String.join(", ", order) + ")"
                        + Suggest.didYouMean(r.stage(), order));
                continue;
            }
            ZonePlaces zone = r.zone().isEmpty() ? null : zones.get(r.zone());
            KnockoutRound earlier = r.winnersOf().isEmpty() ? null : rounds.get(r.winnersOf());
            if (r.zone().isEmpty() && r.winnersOf().isEmpty()) {
                problem(r.rule(), round + " names no entrants (neither a zone nor a round whose winners enter it)");
            } else if (!r.zone().isEmpty() && zone == null) {
                problem(r.rule(), round + " takes the zone \"" + r.zone() + "\", which no rule declares"
                        + Suggest.didYouMean(r.zone(), zones.keySet()));
            } else if (!r.winnersOf().isEmpty() && earlier == null) {
                problem(r.rule(), round + " takes the winners of \"" + r.winnersOf() + "\", which is not a declared round"
                        + Suggest.didYouMean(r.winnersOf(), rounds.keySet()));
            } else if (r.size() < 2 || r.size() % 2 != 0) {
                problem(r.rule(), round + " takes " + r.size() + " teams: a knockout round takes an even number of teams, 2 or more");
            } else {
                int direct = zone == null ? 0 : zone.size();
                int winners = earlier == null ? 0 : earlier.size() / 2;
                if (direct + winners != r.size()) {
                    List<String> parts = new ArrayList<>();
                    if (zone != null) parts.add(direct + " from the zone \"" + zone.zone() + "\" (places " + zone.first() + "-" + zone.last()
                            + ", " + rules.cite(zone.rule()) + ")");
                    if (earlier != null) parts.add(winners + " winners of the round \"" + earlier.stage() + "\" (" + earlier.size() + " teams)");
                    problem(r.rule(), round + " takes " + r.size() + " teams, but its entrants make " + (direct + winners) + ": "
                            + String.join(" and ", parts));
                }
            }
        }
    }

    private int lineOf(String rule) {
        RuleSet.RuleSource source = rules.sources().get(rule);
        return source == null ? 0 : source.line();
    }

    private void problem(String rule, String message) {
        problems.add(rule == null ? new UserError(rules.shownFolder(), null, message)
                : new UserError(rules.fileOf(rule), rules.placeOf(rule), message));
    }
}
