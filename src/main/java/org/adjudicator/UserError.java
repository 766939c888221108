package org.adjudicator;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something the user can fix: a scenario, a rules folder, a command line. Rendered as one line
 * naming the file and the place, and exit code 2. Anything else that goes wrong is a bug.
 *
 * <p>Its words are a {@link Phrase}: a template of the message bundles ({@code error.*} keys of
 * {@code messages_LANG.properties}) with its arguments, said in the official's language when the line
 * is printed ({@link #oneLine(Words)}); {@link #getMessage()} is the English. The file and the place
 * never change with the language. An error made from a plain message (the older form) says it in
 * English whatever the language.
 */
public final class UserError extends RuntimeException {
    private final String file;
    private final String place;
    private final Phrase phrase;

    public UserError(String file, String place, String message) {
        this(file, place, Phrase.both(message, null));
    }

    public UserError(String file, String place, Phrase phrase) {
        super(phrase.in(ENGLISH));
        this.file = file;
        this.place = place;
        this.phrase = phrase;
    }

    public static UserError of(String message) {
        return new UserError(null, null, message);
    }

    /** An error whose words are the bundle's template {@code key} filled with {@code args}. */
    public static UserError at(String file, String place, String key, Object... args) {
        return new UserError(file, place, Phrase.of(key, args));
    }

    /** An error with no file or place, said by the bundle's template {@code key}. */
    public static UserError said(String key, Object... args) {
        return new UserError(null, null, Phrase.of(key, args));
    }

    /** The same words, said at another file and place (a problem found in a text made from a sheet, said at the sheet's row). */
    public UserError at(String file, String place) {
        return new UserError(file, place, phrase);
    }

    /** The one line in English (see {@link #oneLine(Words)}). */
    public String oneLine() {
        return oneLine(ENGLISH);
    }

    /**
     * The one line an official sees: {@code file:place: message}, the message in the language of
     * {@code words}. Control characters quoted from the input (a newline, an ESC sequence) are
     * escaped, so the line stays one line and a terminal shows it as written.
     */
    public String oneLine(Words words) {
        StringBuilder line = new StringBuilder();
        if (file != null) line.append(file).append(':');
        if (place != null && !place.isEmpty()) line.append(place).append(':');
        if (line.length() > 0) line.append(' ');
        return ControlCharacters.escape(line.append(message(words)).toString());
    }

    /** The words alone, in the language of {@code words}. */
    public String message(Words words) {
        return phrase.in(words);
    }

    public Phrase phrase() { return phrase; }

    public String file() { return file; }

    public String place() { return place; }

    /** Templates by key in one language: {@code org.adjudicator.report.Messages} is one. */
    public interface Words {
        String text(String key, Object... args);

        /** Whether these are the Spanish words (a phrase given in both wordings picks by it). */
        boolean spanish();
    }

    /**
     * Words of an error: a bundle template and its arguments (an argument that is itself a phrase is
     * said in the same language; a number is written as it is, ASCII and without grouping), or a
     * sentence given in English and, where there is one, Spanish (a rule's {@code @sentenceEs}).
     */
    public record Phrase(String key, List<Object> args, String english, String spanish, Object separator) {
        public static Phrase of(String key, Object... args) {
            return new Phrase(key, List.copyOf(Arrays.stream(args).map(a -> a == null ? "" : a).toList()), null, null, null);
        }

        /** A sentence already worded: {@code english}, and {@code spanish} when not null. */
        public static Phrase both(String english, String spanish) {
            return new Phrase(null, List.of(), english, spanish, null);
        }

        /** Words said one after the other with {@code separator} (text or a phrase) between them: a list. */
        public static Phrase joined(Object separator, List<?> parts) {
            return new Phrase(null, List.copyOf(parts), null, null, separator);
        }

        /** These words in English. */
        public String inEnglish() {
            return in(ENGLISH);
        }

        /** The same words quoting {@code text} as their first value (a cell as written, where the checker had it tidied). */
        public Phrase quoting(String text) {
            if (key == null || args.isEmpty()) return this;
            List<Object> quoted = new java.util.ArrayList<>(args);
            quoted.set(0, text);
            return new Phrase(key, List.copyOf(quoted), null, null, null);
        }

        public String in(Words words) {
            if (separator != null) {
                return String.join(separator instanceof Phrase p ? p.in(words) : String.valueOf(separator),
                        args.stream().map(a -> said(a, words)).toList());
            }
            if (key == null) return words.spanish() && spanish != null ? spanish : english;
            return words.text(key, args.stream().map(a -> said(a, words)).toArray());
        }

        private static String said(Object value, Words words) {
            return value instanceof Phrase p ? p.in(words) : String.valueOf(value);
        }
    }

    /** The English templates, read here so that an error's English needs nothing above this package. */
    private static final Words ENGLISH = new Words() {
        private final ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        @Override
        public String text(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
        }

        @Override
        public boolean spanish() {
            return false;
        }
    };
}
