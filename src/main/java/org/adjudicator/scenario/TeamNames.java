package org.adjudicator.scenario;

import java.text.Normalizer;

/**
 * Team names are compared as Unicode text, not as code points: "Atlético" typed with a combining
 * accent (e + U+0301) is the same team as "Atlético" with a precomposed é. Everything read (a
 * scenario's text, a name on the command line) is put in Unicode normal form C first.
 */
public final class TeamNames {
    private TeamNames() {
    }

    /** The text in normal form C (canonically equivalent text compares equal). */
    public static String normal(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
