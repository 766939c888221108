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
        throw new UserError(first.file(), first.place(), first.getMessage()
                + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + " in the rules' structure)" : ""));
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
                problem(rule, "its ruleflow-group \"" + stage + "\" is a stage, but no rule declares the order of the stages"
                        + " (insert a Stages fact naming \"" + stage + "\"): its rules would never run");
            }
            return;
        }
        if (declared.stages().size() > 1) {
            Stages second = declared.stages().get(1);
            problem(declared.ruleOf(second), "a second order of the stages is declared ("
                    + second + "), besides " + declared.stages().get(0) + ": declare the order once");
        }
        Stages order = declared.stages().get(0);
        String orderRule = declared.ruleOf(order);
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
    private void rounds(Declarations declared) {
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
            String table = "the order of the criteria for tables of kind \"" + order.getKind() + "\"";
            if (kinds.putIfAbsent(order.getKind(), order) != null) {
                problem(orderRule, "a second order of the criteria for tables of kind \"" + order.getKind()
                        + "\" is declared, besides " + rules.cite(declared.ruleOf(kinds.get(order.getKind()))) + ": declare it once");
            }
            Set<String> seen = new HashSet<>();
            for (String criterion : order.getCriteria()) {
                Rule rule = byName.get(criterion);
                if (!seen.add(criterion)) {
                    problem(orderRule, table + " names \"" + criterion + "\" twice");
                } else if (rule == null) {
                    problem(orderRule, table + " names \"" + criterion + "\", but no rule has that name: teams level at that step"
                            + " would be left unplaced" + Suggest.didYouMean(criterion, byName.keySet()));
                } else if (!rule.getMetaData().containsKey("regulation") && cited.add(criterion)) {
                    problem(criterion, "the criterion \"" + criterion + "\" (in " + table + ") cites no regulation: give it"
                            + " @regulation(\"...\") with its number in the regulation, or @regulation(\"\") where the regulation numbers none");
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
