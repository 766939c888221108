package org.adjudicator.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's record in a table: named figures (points, goal difference, away points...) that the
 * rules compute, and, for a figure the scenario lacks data for, the reason it is unknown. The
 * figure names are the rules' vocabulary; the host only displays them.
 */
public final class Standing {
    private final String table;
    private final String team;
    private final Map<String, Integer> figures = new LinkedHashMap<>();
    private final Map<String, String> unknown = new LinkedHashMap<>();
    private final java.util.List<Match> matches = new java.util.ArrayList<>();
    private final Map<String, Working> workings = new LinkedHashMap<>();
    private final Map<String, List<Working>> reasons = new LinkedHashMap<>();

    public Standing(String table, String team) {
        this.table = table;
        this.team = team;
    }

    /** The table this record belongs to. */
    public String getTable() { return table; }

    public String getTeam() { return team; }

    public Standing set(String figure, int value) {
        figures.put(figure, value);
        unknown.remove(figure);
        reasons.remove(figure);
        workings.remove(figure);
        return this;
    }

    /**
     * A figure with how it was worked out, in words an official can check by hand ("Unión Santo
     * Domingo 45 relative points (3 from Saposoa x 9 + ...)"); the decision it makes shows it.
     */
    public Standing set(String figure, int value, String working) {
        return set(figure, value, new Working(working, null, List.of()));
    }

    /** A figure with how it was worked out, as data a report says in its language ({@link Working}). */
    public Standing set(String figure, int value, Working working) {
        set(figure, value);
        workings.put(figure, working);
        return this;
    }

    /** How the figure was worked out, or null when it needs no words (a count of the record). */
    public Working workingOf(String figure) { return workings.get(figure); }

    /** Marks a figure unknown, with the reason an official will read (several reasons add up). */
    public Standing unknown(String figure, String reason) {
        return unknown(figure, new Working(reason, null, List.of()));
    }

    /** Marks a figure unknown, with the reason as data a report says in its language ({@link Working}). */
    public Standing unknown(String figure, Working reason) {
        figures.remove(figure);
        workings.remove(figure);
        unknown.merge(figure, reason.english(), (a, b) -> a + "; " + b);
        reasons.computeIfAbsent(figure, f -> new java.util.ArrayList<>()).add(reason);
        return this;
    }

    /** Why a figure is unknown, each reason as data (empty when it is known). */
    public List<Working> reasonsUnknown(String figure) {
        return isKnown(figure) ? List.of() : List.copyOf(reasons.getOrDefault(figure, List.of()));
    }

    /** The same figures (and unknowns) as the record of the team in another table, e.g. a ranking across groups. */
    public Standing copyTo(String otherTable) {
        Standing copy = new Standing(otherTable, team);
        copy.figures.putAll(figures);
        copy.unknown.putAll(unknown);
        copy.matches.addAll(matches);
        copy.workings.putAll(workings);
        reasons.forEach((figure, list) -> copy.reasons.put(figure, new java.util.ArrayList<>(list)));
        return copy;
    }

    /** Remembers a match that counts in this record (criteria between level teams read them). */
    public Standing addMatch(Match match) {
        matches.add(match);
        return this;
    }

    /** The matches that count in this record. */
    public java.util.List<Match> getMatches() { return java.util.Collections.unmodifiableList(matches); }

    /** The figure's value, or null when it is unknown or was never computed. */
    public Integer get(String figure) { return figures.get(figure); }

    public boolean isKnown(String figure) { return figures.containsKey(figure); }

    /** Why a figure is unknown, or null. */
    public String whyUnknown(String figure) { return unknown.get(figure); }

    public Map<String, Integer> getFigures() { return Collections.unmodifiableMap(figures); }

    public Map<String, String> getUnknown() { return Collections.unmodifiableMap(unknown); }

    /** A figure as printed: differences carry their sign ("+5"), unknown figures a question mark. */
    public String display(String figure) {
        return display(figure, figures.get(figure));
    }

    /** A value of a figure as printed (null: unknown). */
    public static String display(String figure, Integer value) {
        if (value == null) return "?";
        return isDifference(figure) && value > 0 ? "+" + value : String.valueOf(value);
    }

    static boolean isDifference(String figure) {
        return figure.endsWith("Difference");
    }

    @Override
    public String toString() { return team + " " + figures; }
}
