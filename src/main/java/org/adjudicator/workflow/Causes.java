package org.adjudicator.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Placement;
import org.adjudicator.report.Messages;

/**
 * Which of several changes moved a team: the changes without which the move does not happen. A
 * change (an edit of a what-if, a difference between two regulation sets) is tried by adjudicating
 * everything else without it; the move "happens" when the team ends where it ends with every change.
 * With one change there is nothing to try: that change is the cause. The adjudications without each
 * change are made once, when a move first asks for them.
 */
public final class Causes {
    /**
     * One change, in the words an official reads ("the sanction Binacional -3"), and the
     * adjudication with every other change and not this one (null when it cannot be made);
     * {@code spanish}, the same words in Spanish.
     */
    public record Change(String words, Supplier<Adjudication> without, String spanish) {
        public Change(String words, Supplier<Adjudication> without) {
            this(words, without, words);
        }

        /** The words in a language. */
        public String words(Messages m) {
            return m.spanish() ? spanish : words;
        }
    }

    /** Why a team moved: the changes it takes (one, or several together), or that any one of them could go. */
    public record Cause(List<Change> needed, Map<Change, String> elsewhere, boolean overdetermined) {
        /** The one change without which the move does not happen, or null when it takes more than one or none. */
        public Change single() {
            return needed.size() == 1 ? needed.get(0) : null;
        }

        /**
         * "the sanction Binacional -3"; "it takes both changes: A (without it: 3) and B (without it: 5)";
         * or, when the team moves without any one of them, "any one of these changes alone: A; B".
         */
        public String words() {
            return words(Messages.ENGLISH);
        }

        /** The same in a language. */
        public String words(Messages m) {
            if (needed.size() == 1) return needed.get(0).words(m);
            List<String> parts = new ArrayList<>();
            for (Change c : needed) {
                parts.add(elsewhere.containsKey(c) ? m.text("workflow.cause.without", c.words(m), place(m, elsewhere.get(c))) : c.words(m));
            }
            if (overdetermined) return m.text("workflow.cause.any", String.join("; ", parts));
            if (needed.size() == 2) return m.text("workflow.cause.both", parts.get(0), parts.get(1));
            return m.text("workflow.cause.all", String.valueOf(needed.size()), String.join("; ", parts));
        }
    }

    /** "place 7", "place 7=", or "not in the table". */
    private static String place(Messages m, String label) {
        return label.equals("-") ? m.text("workflow.cause.notInTable") : m.text("workflow.cause.place", label);
    }

    private final List<Change> changes;
    private final Map<Change, Adjudication> without = new HashMap<>();

    public Causes(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** True when there is a change to name. */
    public boolean any() {
        return !changes.isEmpty();
    }

    public List<Change> changes() {
        return changes;
    }

    /**
     * The cause of a team's new place {@code now} ("2", "3=", "-" for out of the table) in a table,
     * or null when an adjudication without a change cannot be made.
     */
    public Cause of(String table, String team, String now) {
        if (changes.isEmpty()) return null;
        if (changes.size() == 1) return new Cause(changes, Map.of(), false);
        List<Change> needed = new ArrayList<>();
        Map<Change, String> elsewhere = new HashMap<>();
        for (Change c : changes) {
            Adjudication a = without(c);
            if (a == null) return null;
            String there = label(a.ranking(table), team);
            if (!there.equals(now)) {
                needed.add(c);
                elsewhere.put(c, there);
            }
        }
        if (needed.isEmpty()) return new Cause(changes, Map.of(), true);
        return new Cause(needed, elsewhere, false);
    }

    /** The adjudication without a change, made once (null when it cannot be made). */
    public Adjudication without(Change c) {
        if (!without.containsKey(c)) without.put(c, c.without() == null ? null : c.without().get());
        return without.get(c);
    }

    private static String label(Ranking ranking, String team) {
        if (ranking == null || !ranking.hasTeam(team)) return "-";
        Placement p = ranking.placementOf(team);
        return p.getPosition() + (p.isShared() ? "=" : "");
    }
}
