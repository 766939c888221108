package org.adjudicator.facts;

/** A parameter of a regulation set, declared in DRL (e.g. how many nearest departments are rivals). */
public final class Setting {
    private final String name;
    private final int value;
    private final String text;

    public Setting(String name, int value) {
        this.name = name;
        this.value = value;
        this.text = String.valueOf(value);
    }

    /** A parameter whose value is a word, e.g. the stage of the matches a fixture is made of. */
    public Setting(String name, String text) {
        this.name = name;
        this.value = 0;
        this.text = text;
    }

    public String getName() { return name; }

    public int getValue() { return value; }

    public String getText() { return text; }

    @Override
    public String toString() { return name + " = " + text; }
}
