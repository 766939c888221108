package org.adjudicator.facts;

import java.util.List;

/**
 * The regulation's criteria in the order they are applied, each named exactly as the rule that
 * applies it. Declared by a rule of the regulation set, so reordering is an edit of DRL.
 */
public final class Precedence {
    private final String kind;
    private final List<String> criteria;

    /** The criteria that rank every table of a kind ("general table", "two-legged tie"...). */
    public Precedence(String kind, String... criteria) {
        this.kind = kind;
        this.criteria = List.of(criteria);
    }

    public String getKind() { return kind; }

    public List<String> getCriteria() { return criteria; }

    public int size() { return criteria.size(); }

    /** The criterion at a step (0 = first), or null after the last. */
    public String at(int step) { return step < criteria.size() ? criteria.get(step) : null; }

    @Override
    public String toString() { return kind + ": " + String.join(" > ", criteria); }
}
