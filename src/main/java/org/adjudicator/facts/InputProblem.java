package org.adjudicator.facts;

import java.util.Arrays;
import java.util.List;

/**
 * Input the rules found impossible to adjudicate as given (a shoot-out on a tie the aggregate
 * already decided, a drawing of lots that leaves out a level team). The host stops with a bad-input
 * error naming the scenario's line ({@code line} 0 when unknown) and field.
 *
 * @param args the values the message quotes, for the rule's wording in another language
 *             ({@code @sentenceEs("... {0} ...")}); empty when the rule gives none
 */
public record InputProblem(int line, String field, String rule, String message, List<Object> args) {
    public InputProblem(int line, String field, String rule, String message) {
        this(line, field, rule, message, List.of());
    }

    /** The same problem with the values its message quotes, in the order of the rule's {@code @sentenceEs}. */
    public InputProblem with(Object... values) {
        return new InputProblem(line, field, rule, message, List.copyOf(Arrays.asList(values)));
    }
}
