package org.adjudicator.clinch;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.IntVar;

/**
 * The four questions asked of a team and a place, in terms of how many teams finish with more
 * points than it ({@code above}) and with at least as many ({@code atLeast}, itself not counted):
 * by points its position can be anything from {@code above + 1} to {@code atLeast + 1}, the
 * tie-breakers deciding where in between.
 */
public enum Question {
    /** It finishes inside on points alone: every team level with it is inside too, or there is none. */
    IN_ON_POINTS,
    /** It can finish inside if the tie-breakers all go its way (its range of positions meets the place). */
    IN_IF_LEVEL,
    /** It finishes outside on points alone. */
    OUT_ON_POINTS,
    /** It can finish outside if the tie-breakers all go against it. */
    OUT_IF_LEVEL;

    public boolean holds(int above, int atLeast, Place place) {
        int first = place.first();
        int last = place.last();
        return switch (this) {
            case IN_ON_POINTS -> above >= first - 1 && atLeast <= last - 1;
            case IN_IF_LEVEL -> above <= last - 1 && atLeast >= first - 1;
            case OUT_ON_POINTS -> (first > 1 && atLeast <= first - 2) || above >= last;
            case OUT_IF_LEVEL -> (first > 1 && above <= first - 2) || atLeast >= last;
        };
    }

    /** The question as a constraint of the model, or null when it cannot hold in a table of {@code teams}. */
    Constraint constraint(Model model, IntVar above, IntVar atLeast, Place place, int teams) {
        int first = place.first();
        int last = place.last();
        return switch (this) {
            case IN_ON_POINTS -> model.and(model.arithm(above, ">=", first - 1), model.arithm(atLeast, "<=", last - 1));
            case IN_IF_LEVEL -> model.and(model.arithm(above, "<=", last - 1), model.arithm(atLeast, ">=", first - 1));
            case OUT_ON_POINTS -> either(model, first > 1 ? model.arithm(atLeast, "<=", first - 2) : null,
                    last < teams ? model.arithm(above, ">=", last) : null);
            case OUT_IF_LEVEL -> either(model, first > 1 ? model.arithm(above, "<=", first - 2) : null,
                    last < teams ? model.arithm(atLeast, ">=", last) : null);
        };
    }

    private static Constraint either(Model model, Constraint a, Constraint b) {
        if (a == null) return b;
        if (b == null) return a;
        return model.or(a, b);
    }
}
