package org.adjudicator.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * The generic step behind every criterion rule: order a group of level teams by one figure and
 * split it into the runs of equal value. Which figure, in which direction and in which order of
 * criteria is decided by the calling rule; the wording comes from the rule's metadata
 * ({@code @regulation}, {@code @wording}, {@code @whenMissing}). Returns the facts to insert.
 */
public final class Tiebreak {
    /** More is better: points, goals. */
    public static final boolean HIGHER_FIRST = true;
    /** Less is better: a rank in a drawing of lots, disciplinary points. */
    public static final boolean LOWER_FIRST = false;

    /**
     * The session setting (an entry of the session's environment) that says whether the rules'
     * decisions are explained: {@code Boolean.FALSE} for a session whose explanations nothing will
     * read (a simulated season after the first). Absent: explained. The same rules serve both.
     */
    public static final String EXPLANATIONS = "org.adjudicator.explanations";

    private Tiebreak() {
    }

    /** Whether the session the rule runs in wants its decisions explained (see {@link #EXPLANATIONS}). */
    public static boolean explains(RuleContext drools) {
        return !Boolean.FALSE.equals(drools.getKieRuntime().getEnvironment().get(EXPLANATIONS));
    }

    /**
     * Called from a criterion rule's consequence ({@code drools}): replaces the group by the groups
     * the figure splits it into, places each team it leaves alone (the criterion's rule is the rule
     * of that placement), and inserts the explanation of that decision.
     */
    public static void split(RuleContext drools, TiedGroup group, String figure, boolean higherFirst) {
        replace(drools, group, split(drools.getRule(), group, figure, higherFirst));
    }

    /**
     * Splits by several figures at once, in order (a block, as head-to-head criteria are applied
     * together). With {@code reapply}, a run that the block separated from the others but that is
     * still level is given the same criterion again, so the block is re-applied to those teams only.
     */
    public static void splitBlock(RuleContext drools, TiedGroup group, List<String> figures, boolean higherFirst, boolean reapply) {
        replace(drools, group, splitBlock(drools.getRule(), group, figures, higherFirst, reapply));
    }

    public static List<Object> splitBlock(Rule rule, TiedGroup group, List<String> figures, boolean higherFirst, boolean reapply) {
        Criterion criterion = Criterion.of(rule);
        List<Standing> members = group.getMembers();
        for (String figure : figures) {
            for (Standing s : members) {
                if (!s.isKnown(figure)) {
                    return blocked(criterion, group, figure, members.stream().filter(m -> !m.isKnown(figure)).toList(),
                            values(members, figures));
                }
            }
        }
        // The figures as they are now: a record's head-to-head figures are computed again for a smaller group later.
        int[][] taken = new int[members.size()][figures.size()];
        Map<Standing, int[]> valuesOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (int f = 0; f < figures.size(); f++) taken[i][f] = members.get(i).get(figures.get(f));
            valuesOf.put(members.get(i), taken[i]);
        }
        int sign = higherFirst ? -1 : 1;
        Comparator<Standing> order = (a, b) -> {
            int[] x = valuesOf.get(a);
            int[] y = valuesOf.get(b);
            for (int f = 0; f < x.length; f++) {
                if (x[f] != y[f]) return sign * Integer.compare(x[f], y[f]);
            }
            return a.getTeam().compareTo(b.getTeam());
        };
        List<Standing> sorted = new ArrayList<>(members);
        sorted.sort(order);
        List<List<Standing>> runs = new ArrayList<>();
        for (Standing s : sorted) {
            List<Standing> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && java.util.Arrays.equals(valuesOf.get(last.get(0)), valuesOf.get(s))) last.add(s);
            else runs.add(new ArrayList<>(List.of(s)));
        }
        List<Object> facts = new ArrayList<>();
        boolean separates = runs.size() > 1;
        int position = group.getFirstPosition();
        for (List<Standing> run : runs) {
            if (separates && run.size() == 1) {
                // A team this criterion separated from every other: the criterion places it.
                facts.add(new Placement(group.getTable(), run.get(0).getTeam(), position, false, rule.getName(), rule.getName()));
            } else {
                String settledBy = separates ? rule.getName() : group.getSettledBy();
                int step = separates && reapply ? group.getStep() : group.getStep() + 1;
                facts.add(new TiedGroup(group.getTable(), run, position, group.getPrecedence(), step, settledBy, null));
            }
            position += run.size();
        }
        List<List<String>> outcome = runs.stream().map(Tiebreak::names).toList();
        String range = positions(group);
        Map<String, List<Working>> workings = new LinkedHashMap<>();   // how a figure was worked out, taken as it is now
        for (Standing s : sorted) {
            for (String f : figures) if (s.workingOf(f) != null) workings.computeIfAbsent(s.getTeam(), t -> new ArrayList<>()).add(s.workingOf(f));
        }
        workings.replaceAll((team, list) -> List.copyOf(list));
        java.util.function.Supplier<Explanation.Text> text = () -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (Standing s : members) {
                int[] v = valuesOf.get(s);
                StringBuilder shown = new StringBuilder();
                for (int f = 0; f < v.length; f++) {
                    if (f > 0) shown.append(", ");
                    shown.append(Standing.display(figures.get(f), v[f]));
                }
                values.put(s.getTeam(), shown.toString());
            }
            String description = separates
                    ? criterion.title() + " decides " + range + ": " + runs.stream()
                            .map(run -> describeRun(run, values)).collect(Collectors.joining(" ahead of ")) + "."
                    : criterion.title() + " does not separate " + and(names(members)) + " (" + values.get(members.get(0).getTeam()) + " each).";
            if (!workings.isEmpty()) {
                description += " " + workings.values().stream().flatMap(List::stream).map(Working::english).collect(Collectors.joining("; ")) + ".";
            }
            return new Explanation.Text(java.util.Collections.unmodifiableMap(values), description,
                    java.util.Collections.unmodifiableMap(workings));
        };
        facts.add(new Explanation(group.getTable(), separates ? Explanation.SEPARATED : Explanation.LEVEL, rule.getName(),
                criterion.regulation(), criterion.wording(), String.join(",", figures), criterion.column(),
                group.getFirstPosition(), group.getStep(), names(sorted), outcome, text));
        return facts;
    }

    /** Each team's values of the figures, as printed. */
    private static Map<String, String> values(List<Standing> members, List<String> figures) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Standing s : members) values.put(s.getTeam(), figures.stream().map(s::display).collect(Collectors.joining(", ")));
        return values;
    }

    /** Called from the rule that gives teams no criterion can separate a shared position. */
    public static void share(RuleContext drools, TiedGroup group) {
        replace(drools, group, share(drools.getRule(), group));
    }

    private static void replace(RuleContext drools, TiedGroup group, List<Object> facts) {
        RuleRuntime session = drools.getKieRuntime();
        session.delete(session.getFactHandle(group));
        boolean explained = explains(drools);
        for (Object fact : facts) {
            if (explained || !(fact instanceof Explanation)) session.insert(fact);
        }
    }

    /** Orders the group by one figure and splits it into the runs of equal value. */
    public static List<Object> split(Rule rule, TiedGroup group, String figure, boolean higherFirst) {
        return splitBlock(rule, group, List.of(figure), higherFirst, false);
    }

    /** Teams that no criterion is left to separate share the group's first position. */
    public static List<Object> share(Rule rule, TiedGroup group) {
        List<Object> facts = new ArrayList<>();
        for (Standing s : group.getMembers()) {
            String note = group.isBlocked() ? group.getBlockedBy() : "level on every criterion";
            facts.add(new Placement(group.getTable(), s.getTeam(), group.getFirstPosition(),
                    group.getFirstPosition() + group.getSize() - 1, true, group.getSettledBy(), rule.getName(), note));
        }
        if (!group.isBlocked()) {
            // Blocked groups were explained by the criterion that could not be applied.
            facts.add(new Explanation(group.getTable(), Explanation.UNRESOLVED, rule.getName(), "", "", "", "", group.getFirstPosition(),
                    group.getStep(), group.teamNames(), Map.of(), List.of(group.teamNames()),
                    and(group.teamNames()) + " are level on every criterion of the regulation and share position "
                            + group.getFirstPosition() + "."));
        }
        return facts;
    }

    private static List<Object> blocked(Criterion criterion, TiedGroup group, String figure,
                                        List<Standing> lacking, Map<String, String> values) {
        String reasons = lacking.stream().map(s -> s.whyUnknown(figure)).filter(r -> r != null)
                .distinct().collect(Collectors.joining("; "));
        if (reasons.isEmpty()) reasons = "no rule computed \"" + figure + "\" for " + and(names(lacking));
        String why = criterion.whenMissing().isEmpty() ? "data is missing" : criterion.whenMissing();
        String description = and(group.teamNames()) + " share position " + group.getFirstPosition() + ": "
                + criterion.title() + " cannot be applied, " + why + " (" + reasons + ").";
        TiedGroup stuck = new TiedGroup(group.getTable(), group.getMembers(), group.getFirstPosition(), group.getPrecedence(),
                group.getStep() + 1, criterion.rule(), why);
        Explanation explanation = new Explanation(group.getTable(), Explanation.UNRESOLVED, criterion.rule(), criterion.regulation(),
                criterion.wording(), figure, criterion.column(), group.getFirstPosition(), group.getStep(), group.teamNames(), values,
                List.of(group.teamNames()), description,
                lacking.stream().flatMap(s -> s.reasonsUnknown(figure).stream()).distinct().toList());
        return List.of(stuck, explanation);
    }

    private static String describeRun(List<Standing> run, Map<String, String> values) {
        String value = values.get(run.get(0).getTeam());
        if (run.size() == 1) return run.get(0).getTeam() + " (" + value + ")";
        return and(names(run)) + " (" + value + " each, still level)";
    }

    private static String positions(TiedGroup group) {
        int last = group.getFirstPosition() + group.getSize() - 1;
        return "positions " + group.getFirstPosition() + "-" + last;
    }

    private static List<String> names(List<Standing> standings) {
        return standings.stream().map(Standing::getTeam).toList();
    }

    /** "A", "A and B", "A, B and C". */
    public static String and(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A criterion rule's metadata, as the regulation states it. */
    record Criterion(String rule, String regulation, String wording, String column, String whenMissing) {
        static Criterion of(Rule rule) {
            Map<String, Object> meta = rule.getMetaData();
            return new Criterion(rule.getName(), text(meta.get("regulation")),
                    text(meta.getOrDefault("wording", rule.getName())), text(meta.getOrDefault("column", rule.getName())),
                    text(meta.get("whenMissing")));
        }

        String title() {
            return wording + (regulation.isEmpty() ? "" : " (criterion " + regulation + ")");
        }

        private static String text(Object value) {
            if (value == null) return "";
            String s = value.toString();
            return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
        }
    }
}
