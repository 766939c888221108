package org.adjudicator.report;

/**
 * How many columns a text takes on a terminal, so that tables stay aligned whatever the names: an
 * East Asian wide or full-width character or an emoji takes two, a combining accent or a joiner
 * none, any other character one. A small table of Unicode ranges (after Markus Kuhn's wcwidth),
 * enough for team names; no library on the classpath does it.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Code point ranges, first and last, that take two columns. */
    private static final int[][] WIDE = {
        {0x1100, 0x115F},   // Hangul Jamo initial consonants
        {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
        {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
        {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
        {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
        {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
        {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}, // emoji shown wide by default (a football: 0x26BD)
        {0x2E80, 0x303E},   // CJK radicals, punctuation
        {0x3041, 0x33FF},   // Hiragana, Katakana, CJK symbols
        {0x3400, 0x4DBF},   // CJK extension A
        {0x4E00, 0x9FFF},   // CJK unified ideographs
        {0xA000, 0xA4CF},   // Yi
        {0xA960, 0xA97F},   // Hangul Jamo extended A
        {0xAC00, 0xD7A3},   // Hangul syllables
        {0xF900, 0xFAFF},   // CJK compatibility ideographs
        {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, // vertical and small forms
        {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, // full-width forms
        {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
        {0x1F200, 0x1F2FF}, // enclosed ideographic supplement
        {0x1F300, 0x1F64F}, // pictographs, emoticons
        {0x1F680, 0x1F6FF}, // transport and map symbols
        {0x1F7E0, 0x1F7EB},
        {0x1F90C, 0x1F9FF}, // supplemental symbols and pictographs
        {0x1FA70, 0x1FAFF}, // symbols and pictographs extended A
        {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}, // CJK extensions B and later
    };

    static int of(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            columns += of(c);
            i += Character.charCount(c);
        }
        return columns;
    }

    static int of(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1160 && c <= 0x11FF)) {
            return 0; // combining accents, zero-width joiners, variation selectors, Hangul medial vowels
        }
        for (int[] range : WIDE) {
            if (c < range[0]) return 1;
            if (c <= range[1]) return 2;
        }
        return 1;
    }
}
