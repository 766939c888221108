package org.adjudicator.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.adjudicator.UserError;

/** "Did you mean" for misspelt team names and fields. */
public final class Suggest {
    private Suggest() {
    }

    /** The closest candidate within a few edits, as {@code ; did you mean "X"?}, or an empty string. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(best -> "; did you mean \"" + best + "\"?").orElse("");
    }

    /** The same suggestion as words of an error, in the official's language ({@code ; ¿quiso decir "X"?}), or none. */
    public static UserError.Phrase phrase(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(best -> UserError.Phrase.of("error.didYouMean", best))
                .orElse(UserError.Phrase.both("", ""));
    }

    /** The closest candidate within a few edits. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.<String>comparingInt(c -> distance(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(best -> distance(lower, best.toLowerCase(Locale.ROOT)) <= Math.max(2, wrong.length() / 3));
    }

    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
