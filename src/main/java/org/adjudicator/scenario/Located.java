package org.adjudicator.scenario;

/** A part of a scenario file that remembers the line it starts on, so errors can point at it. */
public abstract class Located {
    private int line;

    public int line() { return line; }

    void at(int line) { this.line = line; }
}
