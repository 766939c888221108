package org.adjudicator.facts;

/** A parameter of a regulation set, declared in DRL (e.g. how many nearest departments are rivals). */
public final class Setting {
    private final String name;
    private final int value;

    public Setting(String name, int value) {
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }

    public int getValue() { return value; }

    @Override
    public String toString() { return name + " = " + value; }
}
