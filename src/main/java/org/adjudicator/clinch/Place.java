package org.adjudicator.clinch;

import java.util.Locale;

/**
 * A place a team can finish in: a zone the rules give to a range of positions ("round of 16",
 * places 1 to 8), or the first {@code last} positions of a table without zones ("first 2").
 */
public record Place(String name, int first, int last) {
    public boolean contains(int position) {
        return position >= first && position <= last;
    }

    /** Whether a range of positions (a shared place) has any position inside. */
    public boolean meets(int from, int to) {
        return to >= first && from <= last;
    }

    public String positions() {
        return first == last ? ordinal(first) + " place" : "places " + first + "-" + last;
    }

    public boolean named(String text) {
        return name.equalsIgnoreCase(text.strip()) || name.toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT));
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) return n + "th";
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
