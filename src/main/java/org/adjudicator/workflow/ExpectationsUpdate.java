package org.adjudicator.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Promotion;
import org.adjudicator.report.Messages;
import org.adjudicator.report.PairVerdict;
import org.adjudicator.scenario.ScenarioText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A scenario's {@code expect:} block brought to a new outcome (a what-if's) in place: each stated
 * position, zone, tie winner, champion, promotion and count of fixture violations that no longer
 * holds is rewritten with what the rules now decide, where it is written; one with nothing to write
 * (a team no longer in a table, a tie not decided, a criterion that no longer decides between two
 * teams) is removed, and the caller says why in a comment. A {@code status:} is left to the caller.
 */
public final class ExpectationsUpdate {
    private final List<String> changed = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    /** The language the changes are said in (the comment the caller writes above the block). */
    private final Messages words;

    private ExpectationsUpdate(Messages words) {
        this.words = words;
    }

    /**
     * The values of {@code expect:} that no longer hold, rewritten in {@code text} to the outcome of
     * {@code a}, or removed where there is nothing to write (with a map or list left empty by it).
     */
    public static ExpectationsUpdate of(ScenarioText text, Adjudication a) {
        return of(text, a, Messages.ENGLISH);
    }

    /** The same, what changed and what was removed said in the language of {@code m}. */
    public static ExpectationsUpdate of(ScenarioText text, Adjudication a, Messages m) {
        ExpectationsUpdate update = new ExpectationsUpdate(m);
        if (!(ScenarioText.value(text.root(), "expect") instanceof MappingNode expect)) return update;
        Outcome outcome = Outcome.of(a);
        Set<String> emptied = new HashSet<>();
        for (NodeTuple t : expect.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            Node value = t.getValueNode();
            boolean empty = switch (key) {
                case "positions" -> {
                    if (!(value instanceof MappingNode tables)) yield false;
                    Set<String> gone = new HashSet<>();
                    for (NodeTuple table : tables.getValue()) {
                        String name = ((ScalarNode) table.getKeyNode()).getValue();
                        Map<String, Placement> actual = outcome.positions().get(name);
                        boolean none = update.entries(text, table.getValueNode(), team -> m.text("workflow.expect.position", team, name), team -> {
                            Placement p = actual == null ? null : actual.get(team);
                            return p == null ? null : String.valueOf(p.getPosition());
                        }, actual == null ? m.text("workflow.expect.noTable", name) : m.text("workflow.expect.notInTable"));
                        if (none) gone.add(name);
                    }
                    if (gone.size() < tables.getValue().size()) text.removeKeys(tables, gone);
                    yield gone.size() == tables.getValue().size();
                }
                case "zones" -> update.entries(text, value, team -> m.text("workflow.expect.zone", team), team -> outcome.zones().get(team),
                        m.text("workflow.expect.inNoZone"));
                case "winners" -> update.entries(text, value, tie -> m.text("workflow.expect.winner", tie), tie -> {
                    String w = outcome.winners().get(tie);
                    return w == null || w.equals("undecided") ? null : w;
                }, m.text("workflow.expect.notDecided"));
                case "promoted" -> update.entries(text, value, team -> m.text("workflow.expect.promotion", team), team -> a.promotions().stream()
                        .filter(p -> p.team().equals(team)).map(Promotion::to).findFirst().orElse(null), m.text("workflow.expect.notPromoted"));
                case "champion" -> update.single(text, value, m.text("workflow.expect.champion"), outcome.champion(),
                        m.text("workflow.expect.notDecided"));
                case "violations" -> update.single(text, value, m.text("workflow.expect.violations"), String.valueOf(a.violations().size()), "");
                case "decidedBy" -> update.decided(text, value, a);
                default -> false; // status: whether it still holds is for the caller's verification to say
            };
            if (empty) emptied.add(key);
        }
        if (emptied.size() == expect.getValue().size()) update.nothingLeft = true;
        else text.removeKeys(expect, emptied);
        return update;
    }

    private boolean nothingLeft;

    /** True when every expectation was removed: the block is then better removed whole. */
    public boolean nothingLeft() {
        return nothingLeft;
    }

    /** What was rewritten, "position in General table of Binacional: 2 -> 8", in the block's order. */
    public List<String> changed() {
        return changed;
    }

    /** What no longer holds and has no new value to write (a team out of a table, a tie not decided), removed, and why. */
    public List<String> removed() {
        return removed;
    }

    /** Each entry of a map brought to its new value, or removed when it has none; true when none is left. */
    private boolean entries(ScenarioText text, Node map, Function<String, String> what, Function<String, String> now, String whyNone) {
        if (!(map instanceof MappingNode m)) return false;
        Set<String> gone = new HashSet<>();
        for (NodeTuple e : m.getValue()) {
            if (!(e.getKeyNode() instanceof ScalarNode k) || !(e.getValueNode() instanceof ScalarNode v)) continue;
            String value = now.apply(k.getValue());
            if (value == null) {
                gone.add(k.getValue());
                this.removed.add(words.text("workflow.expect.removed", what.apply(k.getValue()), v.getValue(), whyNone));
            } else {
                set(text, v, what.apply(k.getValue()), value);
            }
        }
        if (gone.size() < m.getValue().size()) text.removeKeys(m, gone);
        return gone.size() == m.getValue().size();
    }

    /** A single value brought to its new value; true when it has none (then it is to be removed). */
    private boolean single(ScenarioText text, Node node, String what, String now, String whyNone) {
        if (!(node instanceof ScalarNode s)) return false;
        if (now == null) {
            removed.add(words.text("workflow.expect.removed", what, s.getValue(), whyNone));
            return true;
        }
        set(text, s, what, now);
        return false;
    }

    /** Each {above, below, criterion} that no longer holds removed; true when none is left. */
    private boolean decided(ScenarioText text, Node node, Adjudication a) {
        if (!(node instanceof SequenceNode list)) return false;
        Set<Node> gone = new HashSet<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode m)) continue;
            String table = ScenarioText.scalar(m, "table");
            String above = ScenarioText.scalar(m, "above");
            String below = ScenarioText.scalar(m, "below");
            String criterion = ScenarioText.scalar(m, "criterion");
            if (table == null) table = a.leagueTables().isEmpty() ? "" : a.leagueTables().get(0).name();
            Ranking ranking = a.ranking(table);
            String why = null;
            if (ranking == null || above == null || below == null || !ranking.hasTeam(above) || !ranking.hasTeam(below)) {
                why = words.text("workflow.expect.notBoth", table);
            } else {
                PairVerdict v = PairVerdict.of(ranking, above, below);
                if (v.shared() || !v.upper().equals(above)) why = v.shared() ? words.text("workflow.expect.nowLevel") : words.text("workflow.expect.nowAbove", below);
                else if (v.decisive() == null || criterion == null || !(same(criterion, v.decisive().rule()) || same(criterion, v.decisive().wording()))) {
                    why = v.decisive() == null ? words.text("workflow.expect.nowDecidedByNothing") : words.text("workflow.expect.nowDecidedBy", v.decisive().rule());
                }
            }
            if (why == null) continue;
            gone.add(item);
            this.removed.add(words.text("workflow.expect.decidedRemoved", above, below, criterion, table, why));
        }
        if (gone.size() < list.getValue().size()) text.removeItems(list, gone);
        return gone.size() == list.getValue().size();
    }

    private void set(ScenarioText text, ScalarNode s, String what, String now) {
        if (same(s.getValue(), now)) return;
        text.replace(s, now.matches("\\d+") ? now : ScenarioText.yaml(now));
        changed.add(words.text("workflow.expect.changed", what, s.getValue(), now));
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
