package org.adjudicator;

import java.util.Locale;

/**
 * Characters that change what a terminal or a report shows rather than being shown: C0 and C1
 * controls (a newline splits a table row, ESC starts a terminal sequence), the Unicode line and
 * paragraph separators, and the bidirectional embeddings, overrides and isolates (they reorder
 * the text around them). Input may not contain them; messages that quote input escape them.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    public static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The index of the first control character in the text, or -1. */
    public static int indexOfFirst(String text) {
        for (int i = 0; i < text.length(); i++) if (isControl(text.charAt(i))) return i;
        return -1;
    }

    /** "U+001B", as a message names a character. */
    public static String name(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    /** The text with each control character written as {@code \\u001B}: one line, nothing a terminal acts on. */
    public static String escape(String text) {
        if (text == null || indexOfFirst(text) < 0) return text;
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            else escaped.append(c);
        }
        return escaped.toString();
    }
}
