package org.adjudicator.facts;

/** A parameter of a regulation set, declared in DRL (e.g. how many nearest departments are rivals). */
public final class Setting {
    /** The kind of a setting given as a number, {@code new Setting("points for a win", 3)}. */
    public static final String WHOLE_NUMBER = "whole number";
    /** The kind of a setting given as words, {@code new Setting("fixture stage", "first-round")}. */
    public static final String TEXT = "text";

    private final String name;
    private final int value;
    private final String text;
    private final boolean number;

    public Setting(String name, int value) {
        this.name = name;
        this.value = value;
        this.text = String.valueOf(value);
        this.number = true;
    }

    /** A parameter whose value is a word, e.g. the stage of the matches a fixture is made of. */
    public Setting(String name, String text) {
        this.name = name;
        this.value = 0;
        this.text = text;
        this.number = false;
    }

    public String getName() { return name; }

    public int getValue() { return value; }

    public String getText() { return text; }

    /** How it is given: {@link #WHOLE_NUMBER} or {@link #TEXT} (a number written in quotes is text). */
    public String getKind() { return number ? WHOLE_NUMBER : TEXT; }

    @Override
    public String toString() { return name + " = " + text; }
}
