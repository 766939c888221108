package org.adjudicator;

/**
 * Something the user can fix: a scenario, a rules folder, a command line. Rendered as one line
 * naming the file and the place, and exit code 2. Anything else that goes wrong is a bug.
 */
public final class UserError extends RuntimeException {
    private final String file;
    private final String place;

    public UserError(String file, String place, String message) {
        super(message);
        this.file = file;
        this.place = place;
    }

    public static UserError of(String message) {
        return new UserError(null, null, message);
    }

    /**
     * The one line an official sees: {@code file:place: message}. Control characters quoted from
     * the input (a newline, an ESC sequence) are escaped, so the line stays one line and a terminal
     * shows it as written.
     */
    public String oneLine() {
        StringBuilder line = new StringBuilder();
        if (file != null) line.append(file).append(':');
        if (place != null && !place.isEmpty()) line.append(place).append(':');
        if (line.length() > 0) line.append(' ');
        return ControlCharacters.escape(line.append(getMessage()).toString());
    }

    public String file() { return file; }

    public String place() { return place; }
}
