package org.adjudicator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.adjudicator.UserError;
import org.adjudicator.facts.KnockoutRound;
import org.adjudicator.facts.Precedence;
import org.adjudicator.facts.Stages;
import org.adjudicator.facts.ZonePlaces;
import org.adjudicator.scenario.Suggest;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What the host checks in a regulation set as it loads it, before any scenario is read: that the
 * order of the stages and the rules' stages agree (a stage of the order that no rule belongs to, or
 * a rule in a stage that is not in the order, would leave a stage out without a word), and that the
 * structure the rules declare can work: the zones of a table neither overlap nor leave a place out,
 * and each knockout round's entrants make its size; each criterion an order of the criteria names
 * is a rule of the set, and cites the regulation ({@code @regulation}: its number, or {@code ""}
 * where the regulation numbers none). The rules declare the structure; the host only checks that
 * what they declare holds together, and names the rule that declares the fault. Every command runs
 * it as it loads a set; {@code rules check} lists every problem it finds.
 */
public final class StructureCheck {
    /** The agenda group of a rule in no ruleflow group. */
    private static final String NO_STAGE = "MAIN";

    private final RuleSet rules;
    private final List<UserError> problems = new ArrayList<>();

    private StructureCheck(RuleSet rules) {
        this.rules = rules;
    }

    /** The set, once checked; the first problem found (and how many more) as a {@link UserError}. */
    static RuleSet checked(RuleSet rules) {
        List<UserError> problems = problems(rules);
        if (problems.isEmpty()) return rules;
        UserError first = problems.get(0);
        int more = problems.size() - 1;
        throw UserError.at(first.file(), first.place(), "error.structure.first", first.phrase(), more == 0 ? UserError.Phrase.both("", "")
                : UserError.Phrase.of(more > 1 ? "error.structure.andMore" : "error.structure.andOneMore", more));
    }

    /** Every problem of the set's structure, citations and settings (see {@link SettingsCheck}), in the order they are checked (none: the set holds together). */
    public static List<UserError> problems(RuleSet rules) {
        StructureCheck check = new StructureCheck(rules);
        Declarations declared = Declarations.read(rules);
        if (declared == null) return List.of(); // the declarations do not come to rest or fail: a run names the rule
        check.stages(declared);
        check.zones(declared.zones());
        check.rounds(declared);
        check.criteria(declared);
        check.problems.addAll(SettingsCheck.problems(rules, declared));
        return List.copyOf(check.problems);
    }

    /** Every stage of the order has rules; every rule's stage is in the order. */
    private void stages(Declarations declared) {
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
                problem(rule, "error.structure.noOrder", stage);
            }
            return;
        }
        if (declared.stages().size() > 1) {
            Stages second = declared.stages().get(1);
            problem(declared.ruleOf(second), "error.structure.secondOrder", second, declared.stages().get(0));
        }
        Stages order = declared.stages().get(0);
        String orderRule = declared.ruleOf(order);
        List<String> names = order.getNames();
        Set<String> unordered = new TreeSet<>(byStage.keySet());
        unordered.removeAll(names);
        Set<String> seen = new HashSet<>();
        for (String stage : names) {
            if (!seen.add(stage)) {
                problem(orderRule, "error.structure.stageTwice", stage);
            } else if (!byStage.containsKey(stage)) {
                boolean close = Suggest.closest(stage, unordered).isPresent();
                problem(orderRule, "error.structure.stageWithoutRules", stage, !close && !unordered.isEmpty()
                        ? UserError.Phrase.of("error.structure.notInOrder", String.join(", ", unordered)) : Suggest.phrase(stage, unordered));
            }
        }
        for (String rule : staged) {
            String stage = stageOf(byStage, rule);
            if (names.contains(stage)) continue;
            List<String> empty = names.stream().filter(n -> !byStage.containsKey(n)).toList();
            UserError.Phrase hint = Suggest.closest(stage, empty).isPresent() ? Suggest.phrase(stage, empty) : Suggest.phrase(stage, names);
            problem(rule, "error.structure.notAStage", stage, rules.citation(orderRule), String.join(", ", names), hint);
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
                    problem(z.rule(), "error.structure.zoneTwice", table, z.zone());
                } else if (z.first() < 1 || z.last() < z.first()) {
                    problem(z.rule(), "error.structure.zonePlaces", z.zone(), table, z.first() + "-" + z.last());
                } else if (previous == null && z.first() > 1) {
                    problem(z.rule(), "error.structure.firstZone", inNoZone(1, z.first() - 1, table), z.zone(), z.first());
                } else if (previous != null && z.first() <= previous.last()) {
                    problem(z.rule(), "error.structure.overlap", z.zone(), z.first() + "-" + z.last(), previous.zone(),
                            previous.first() + "-" + previous.last(), rules.citation(previous.rule()),
                            places(z.first(), Math.min(z.last(), previous.last())), table);
                } else if (previous != null && z.first() > previous.last() + 1) {
                    problem(z.rule(), "error.structure.gap", inNoZone(previous.last() + 1, z.first() - 1, table), previous.zone(), previous.last(),
                            rules.citation(previous.rule()), z.zone(), z.first());
                }
                if (z.first() >= 1 && z.last() >= z.first() && (previous == null || z.last() > previous.last())) previous = z;
            }
        });
    }

    private static UserError.Phrase inNoZone(int from, int to, String table) {
        return from == to ? UserError.Phrase.of("error.structure.placeInNoZone", from, table)
                : UserError.Phrase.of("error.structure.placesInNoZone", from + "-" + to, table);
    }

    private static UserError.Phrase places(int from, int to) {
        return from == to ? UserError.Phrase.of("error.structure.place", from) : UserError.Phrase.of("error.structure.places", from + "-" + to);
    }

    /** Each knockout round is a stage of the order, and its entrants (a zone's places, an earlier round's winners) make its size. */
    private void rounds(Declarations declared) {
        Map<String, ZonePlaces> zones = new LinkedHashMap<>();
        for (ZonePlaces z : declared.zones()) zones.putIfAbsent(z.zone(), z);
        Map<String, KnockoutRound> rounds = new LinkedHashMap<>();
        for (KnockoutRound r : declared.rounds()) {
            if (rounds.putIfAbsent(r.stage(), r) != null) problem(r.rule(), "error.structure.roundTwice", r.stage());
        }
        List<String> order = declared.stages().isEmpty() ? null : declared.stages().get(0).getNames();
        for (KnockoutRound r : rounds.values()) {
            if (order != null && !order.contains(r.stage())) {
                problem(r.rule(), "error.structure.roundNotAStage", r.stage(), String.join(", ", order), Suggest.phrase(r.stage(), order));
                continue;
            }
            ZonePlaces zone = r.zone().isEmpty() ? null : zones.get(r.zone());
            KnockoutRound earlier = r.winnersOf().isEmpty() ? null : rounds.get(r.winnersOf());
            if (r.zone().isEmpty() && r.winnersOf().isEmpty()) {
                problem(r.rule(), "error.structure.noEntrants", r.stage());
            } else if (!r.zone().isEmpty() && zone == null) {
                problem(r.rule(), "error.structure.noZone", r.stage(), r.zone(), Suggest.phrase(r.zone(), zones.keySet()));
            } else if (!r.winnersOf().isEmpty() && earlier == null) {
                problem(r.rule(), "error.structure.noRound", r.stage(), r.winnersOf(), Suggest.phrase(r.winnersOf(), rounds.keySet()));
            } else if (r.size() < 2 || r.size() % 2 != 0) {
                problem(r.rule(), "error.structure.oddRound", r.stage(), r.size());
            } else {
                int direct = zone == null ? 0 : zone.size();
                int winners = earlier == null ? 0 : earlier.size() / 2;
                if (direct + winners != r.size()) {
                    List<UserError.Phrase> parts = new ArrayList<>();
                    if (zone != null) parts.add(UserError.Phrase.of("error.structure.fromZone", direct, zone.zone(), zone.first() + "-" + zone.last(),
                            rules.citation(zone.rule())));
                    if (earlier != null) parts.add(UserError.Phrase.of("error.structure.fromRound", winners, earlier.stage(), earlier.size()));
                    problem(r.rule(), "error.structure.entrants", r.stage(), r.size(), direct + winners,
                            UserError.Phrase.joined(UserError.Phrase.of("error.and"), parts));
                }
            }
        }
    }

    /**
     * Each order of the criteria names rules of the set, each once, and each cites the regulation:
     * a misspelt name would leave teams unplaced only when a tie reaches it, perhaps in the last
     * round; a criterion without {@code @regulation} cannot be cited to an official.
     */
    private void criteria(Declarations declared) {
        Map<String, Rule> byName = new TreeMap<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) for (Rule rule : pkg.getRules()) byName.put(rule.getName(), rule);
        Map<String, Precedence> kinds = new HashMap<>();
        Set<String> cited = new HashSet<>();
        for (Precedence order : declared.precedences()) {
            String orderRule = declared.ruleOf(order);
            UserError.Phrase table = UserError.Phrase.of("error.structure.criteriaOrder", order.getKind());
            if (kinds.putIfAbsent(order.getKind(), order) != null) {
                problem(orderRule, "error.structure.secondCriteriaOrder", order.getKind(), rules.citation(declared.ruleOf(kinds.get(order.getKind()))));
            }
            Set<String> seen = new HashSet<>();
            for (String criterion : order.getCriteria()) {
                Rule rule = byName.get(criterion);
                if (!seen.add(criterion)) {
                    problem(orderRule, "error.structure.criterionTwice", table, criterion);
                } else if (rule == null) {
                    problem(orderRule, "error.structure.noCriterion", table, criterion, Suggest.phrase(criterion, byName.keySet()));
                } else if (!rule.getMetaData().containsKey("regulation") && cited.add(criterion)) {
                    problem(criterion, "error.structure.noRegulation", criterion, table);
                }
            }
        }
    }

    private int lineOf(String rule) {
        RuleSet.RuleSource source = rules.sources().get(rule);
        return source == null ? 0 : source.line();
    }

    private void problem(String rule, String key, Object... args) {
        problems.add(rule == null ? UserError.at(rules.shownFolder(), null, key, args)
                : UserError.at(rules.fileOf(rule), rules.placeOf(rule), key, args));
    }
}
