package org.adjudicator.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario's text with named matches made unplayed: the result lines (score, half-time, extra
 * time, penalties) of each, with the comments written on them, removed from its block entry,
 * found by its teams, not by where its lines are (a shipped scenario's lines may change).
 */
final class Unplayed {
    /** An entry of a block list of matches: its dash line and the lines indented under it. */
    private static final Pattern ENTRY = Pattern.compile("(?m)^  - .*\n(?:    .*\n)*");
    private static final Pattern RESULT = Pattern.compile("(?m)^    (?:score|halfTime|extraTime|penalties):.*\n");

    private Unplayed() {
    }

    /** The text with each match named ({@code "home", "away"} pairs) unplayed; a match not found, or found without a result, is an error. */
    static String matches(String text, String... homeAway) {
        String out = text;
        for (int i = 0; i < homeAway.length; i += 2) {
            Pattern home = Pattern.compile("(?m)^(?:  - |    )home: " + Pattern.quote(homeAway[i]) + "\\s*(?:#.*)?$");
            Pattern away = Pattern.compile("(?m)^(?:  - |    )away: " + Pattern.quote(homeAway[i + 1]) + "\\s*(?:#.*)?$");
            Matcher entry = ENTRY.matcher(out);
            StringBuilder changed = new StringBuilder();
            int found = 0;
            while (entry.find()) {
                String e = entry.group();
                if (home.matcher(e).find() && away.matcher(e).find() && RESULT.matcher(e).find()) {
                    found++;
                    entry.appendReplacement(changed, Matcher.quoteReplacement(RESULT.matcher(e).replaceAll("")));
                }
            }
            entry.appendTail(changed);
            if (found != 1) {
                throw new IllegalArgumentException(found + " played match(es) " + homeAway[i] + " v " + homeAway[i + 1] + " in the text");
            }
            out = changed.toString();
        }
        return out;
    }
}
