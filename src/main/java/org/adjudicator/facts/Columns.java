package org.adjudicator.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the rules want a kind of table shown: its columns (heading and figure of the record, in
 * order), and which figures are differences, shown with their sign ("+5").
 */
public final class Columns {
    private final String kind;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final Set<String> signed = new java.util.HashSet<>();

    /** Each column as "Heading=figure", e.g. "GD=goalDifference"; a figure written "+goalDifference" is signed. */
    public Columns(String kind, String... columns) {
        this.kind = kind;
        for (String column : columns) {
            String[] parts = column.split("=", 2);
            String figure = parts[1].startsWith("+") ? parts[1].substring(1) : parts[1];
            if (parts[1].startsWith("+")) signed.add(figure);
            figures.put(parts[0], figure);
        }
    }

    public String getKind() { return kind; }

    /** Heading to figure, in order. */
    public Map<String, String> getFigures() { return figures; }

    public boolean isSigned(String figure) { return signed.contains(figure); }
}
