package org.adjudicator.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One decision a rule made, in the words and figures an official needs to check it: which rule,
 * which criterion of the regulation (its number and wording), which teams, the value of each, the
 * outcome (groups best first; teams in one inner list are still level) and a sentence that says it.
 *
 * <p>The values and the sentence are written when first read, from figures taken when the decision
 * was made: a table of 50 teams makes dozens of decisions, and most runs (a simulation, a benchmark,
 * an impact count) never print them.
 *
 * <ul>
 * <li>{@code table}: the table the decision belongs to;</li>
 * <li>{@code kind}: "separated" (the criterion ordered some of the teams), "level" (it did not),
 *     or "unresolved" (no criterion left, or one that lacks data: the teams share a position);</li>
 * <li>{@code rule}: the name of the rule that made the decision;</li>
 * <li>{@code regulation}: the criterion's number in the regulation's text, e.g. "3" or "5.1";</li>
 * <li>{@code wording}: the criterion in the regulation's words;</li>
 * <li>{@code figure}: the figure of the teams' records that the criterion compares (empty if none);</li>
 * <li>{@code column}: the heading under which the table shows that figure;</li>
 * <li>{@code step}: how many criteria had been tried on these teams before this one.</li>
 * </ul>
 */
public final class Explanation {
    public static final String SEPARATED = "separated";
    public static final String LEVEL = "level";
    public static final String UNRESOLVED = "unresolved";

    /** The values of the teams and the sentence, written together when first read. */
    public record Text(Map<String, String> values, String description, Map<String, List<Working>> workings, List<Working> missing) {
        public Text(Map<String, String> values, String description, Map<String, List<Working>> workings) {
            this(values, description, workings, List.of());
        }

        public Text(Map<String, String> values, String description) {
            this(values, description, Map.of());
        }
    }

    private final String table;
    private final String kind;
    private final String rule;
    private final String regulation;
    private final String wording;
    private final String figure;
    private final String column;
    private final int firstPosition;
    private final int step;
    private final List<String> teams;
    private final List<List<String>> outcome;
    private Supplier<Text> writer;
    private Text text;

    /** A decision whose values and sentence are already written. */
    public Explanation(String table, String kind, String rule, String regulation, String wording, String figure, String column,
                       int firstPosition, int step, List<String> teams, Map<String, String> values,
                       List<List<String>> outcome, String description) {
        this(table, kind, rule, regulation, wording, figure, column, firstPosition, step, teams, values, outcome, description, List.of());
    }

    /** An unresolved decision whose criterion lacks data, with why each figure is unknown ({@link #missing()}). */
    public Explanation(String table, String kind, String rule, String regulation, String wording, String figure, String column,
                       int firstPosition, int step, List<String> teams, Map<String, String> values,
                       List<List<String>> outcome, String description, List<Working> missing) {
        this(table, kind, rule, regulation, wording, figure, column, firstPosition, step, teams, outcome, null);
        this.text = new Text(values, description, Map.of(), List.copyOf(missing));
    }

    /** A decision whose values and sentence {@code writer} writes when they are first read. */
    public Explanation(String table, String kind, String rule, String regulation, String wording, String figure, String column,
                       int firstPosition, int step, List<String> teams, List<List<String>> outcome, Supplier<Text> writer) {
        this.table = table;
        this.kind = kind;
        this.rule = rule;
        this.regulation = regulation;
        this.wording = wording;
        this.figure = figure;
        this.column = column;
        this.firstPosition = firstPosition;
        this.step = step;
        this.teams = teams;
        this.outcome = outcome;
        this.writer = writer;
    }

    public String table() { return table; }

    public String kind() { return kind; }

    public String rule() { return rule; }

    public String regulation() { return regulation; }

    public String wording() { return wording; }

    public String figure() { return figure; }

    public String column() { return column; }

    public int firstPosition() { return firstPosition; }

    public int step() { return step; }

    public List<String> teams() { return teams; }

    public List<List<String>> outcome() { return outcome; }

    /** Each team's value of the figure(s) compared, as printed ("+5", "?"). */
    public Map<String, String> values() { return text().values(); }

    /**
     * How the figures compared were worked out, where a rule says it ("Unión Santo Domingo 45 relative
     * points (3 from Saposoa x 9 + ...)", "a place recorded in the scenario"); also at the end of the sentence.
     */
    public Map<String, List<Working>> workings() { return text().workings(); }

    /** The workings of these teams' figures, in this order (a team's figures in theirs): for a sentence about them. */
    public List<Working> workingsOf(List<String> teams) {
        return teams.stream().map(t -> workings().get(t)).filter(Objects::nonNull).flatMap(List::stream).toList();
    }

    /** Why the figure a criterion needs is unknown, each reason as data (an unresolved decision; else empty). */
    public List<Working> missing() { return text().missing(); }

    /** The decision in one sentence, for an official to read aloud. */
    public String description() { return text().description(); }

    private synchronized Text text() {
        if (text == null) {
            text = writer.get();
            writer = null;
        }
        return text;
    }

    public boolean involves(String team) { return teams.contains(team); }

    /** True when this decision put {@code a} and {@code b} in different groups. */
    public boolean separates(String a, String b) {
        if (!involves(a) || !involves(b)) return false;
        for (List<String> group : outcome) {
            if (group.contains(a)) return !group.contains(b);
        }
        return false;
    }

    /**
     * Two explanations are equal when they record the same decision: the same fields, values and
     * sentence, whether the text was written when the decision was made or is written now. A
     * decision is a value, as it was when this was a record; the same table ranked twice gives
     * equal explanations.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Explanation other)) return false;
        return firstPosition == other.firstPosition && step == other.step && table.equals(other.table)
                && kind.equals(other.kind) && rule.equals(other.rule) && Objects.equals(regulation, other.regulation)
                && Objects.equals(wording, other.wording) && Objects.equals(figure, other.figure)
                && Objects.equals(column, other.column) && teams.equals(other.teams) && outcome.equals(other.outcome)
                && text().equals(other.text());
    }

    /** From the fields known when the decision was made, so that hashing never writes the text. */
    @Override
    public int hashCode() {
        return Objects.hash(table, kind, rule, regulation, wording, figure, column, firstPosition, step, teams, outcome);
    }

    @Override
    public String toString() {
        return "Explanation[" + table + ", " + rule + ", position " + firstPosition + ": " + description() + "]";
    }
}
