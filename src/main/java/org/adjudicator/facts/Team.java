package org.adjudicator.facts;

import java.util.Map;

/** A team of the scenario, as the rules see it. Attributes are free key/values a rule may read. */
public final class Team {
    private final String name;
    private final String department;
    private final String entry;
    private final String location;
    private final Map<String, Object> attributes;
    private final String group;
    private String sourcePlace = "";

    public Team(String name, String department, String entry, String location, Map<String, Object> attributes) {
        this(name, department, entry, location, attributes, "");
    }

    public Team(String name, String department, String entry, String location, Map<String, Object> attributes, String group) {
        this.group = group == null ? "" : group;
        this.name = name;
        this.department = department;
        this.entry = entry;
        this.location = location;
        this.attributes = Map.copyOf(attributes);
    }

    public String getName() { return name; }

    public String getDepartment() { return department; }

    /** "winner" or "runner-up" of its department, or null when the scenario does not say. */
    public String getEntry() { return entry; }

    public String getLocation() { return location; }

    /** The team's group ("" when the scenario gives none). */
    public String getGroup() { return group; }

    public Map<String, Object> getAttributes() { return attributes; }

    public Object attribute(String key) { return attributes.get(key); }

    /** Where the team is written in its scenario ("12: teams[3]"), for errors about its fields; "" when unknown. */
    public String sourcePlace() { return sourcePlace; }

    /** The same team, knowing where it is written. */
    public Team writtenAt(String place) {
        this.sourcePlace = place == null ? "" : place;
        return this;
    }

    @Override
    public String toString() { return name; }
}
