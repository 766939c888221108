package org.adjudicator.facts;

import java.util.List;

/**
 * The stages of a competition in the order they are adjudicated. Each stage is an agenda group of
 * the regulation set's rules; the host gives each the focus in this order.
 */
public final class Stages {
    private final List<String> names;

    public Stages(String... names) {
        this.names = List.of(names);
    }

    public List<String> getNames() { return names; }

    @Override
    public String toString() { return String.join(" > ", names); }
}
