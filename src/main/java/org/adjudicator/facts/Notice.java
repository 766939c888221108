package org.adjudicator.facts;

import java.util.Arrays;
import java.util.List;

/**
 * Something an official should know about a stage that is not a decision: it waits for matches, its
 * entrants are not yet known, a tie's legs disagree with the pairing.
 *
 * @param waitsFor the stage before it that this stage waits for, because that stage is not decided
 *                 ("" for any other notice): while a stage waits for another, its rules decide nothing
 * @param args     the values the sentence quotes, for the rule's wording in another language
 *                 ({@code @sentenceEs("... {0} ...")}); empty when the rule gives none
 */
public record Notice(String stage, String rule, String description, boolean waiting, String waitsFor, List<Object> args) {
    public Notice(String stage, String rule, String description, boolean waiting, String waitsFor) {
        this(stage, rule, description, waiting, waitsFor, List.of());
    }

    /** A notice that the stage waits for something (it is not complete). */
    public Notice(String stage, String rule, String description) {
        this(stage, rule, description, true);
    }

    public Notice(String stage, String rule, String description, boolean waiting) {
        this(stage, rule, description, waiting, "");
    }

    /** A notice that the stage waits for an earlier stage that is not decided. */
    public static Notice waitsFor(String stage, String earlier, String rule, String description) {
        return new Notice(stage, rule, description, true, earlier);
    }

    /** The same notice with the values its sentence quotes, in the order of the rule's {@code @sentenceEs}. */
    public Notice with(Object... values) {
        return new Notice(stage, rule, description, waiting, waitsFor, List.copyOf(Arrays.asList(values)));
    }
}
