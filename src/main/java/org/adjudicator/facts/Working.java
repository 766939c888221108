package org.adjudicator.facts;

import java.util.List;

/**
 * How a figure was worked out, as data: the English sentence the rule wrote (for the explanation's
 * own sentence), and the message key and values the report fills in the language it prints
 * ({@code workings.relativePoints}, {@code workings.recordedPlace}). A value may itself be a working
 * (one term of a sum) or a list of them (the terms, joined with " + "); {@link #ordinal} is a place
 * said as an ordinal ("5th", "5.º").
 *
 * @param english the working in English, as the rule wrote it
 * @param key     the message key of its template in the bundles
 * @param args    the values the template quotes, in its order
 */
public record Working(String english, String key, List<Object> args) {
    /** The message key a report says as an ordinal of its one value. */
    public static final String ORDINAL = "ordinal";

    public Working {
        args = List.copyOf(args);
    }

    public static Working of(String english, String key, Object... args) {
        return new Working(english, key, List.of(args));
    }

    /** A place said as an ordinal in the report's language. */
    public static Working ordinal(int position) {
        return new Working(String.valueOf(position), ORDINAL, List.of(position));
    }

    @Override
    public String toString() { return english; }
}
