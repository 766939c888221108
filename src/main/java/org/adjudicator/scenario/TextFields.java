package org.adjudicator.scenario;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.adjudicator.ControlCharacters;
import org.adjudicator.UserError;

/**
 * Checks every text of a scenario as written, in every field, list and map (keys included),
 * before anything else: no control character (a newline in a team name would split a row of a
 * report and forge a line; an ESC sequence would reach the official's terminal), and no text
 * longer than a stated limit (a 15 MB team name took the tool 47 s).
 */
final class TextFields {
    /** The longest name: a team, a stage, a group, a tie, a rules folder, a table, a key. */
    static final int MAX_NAME = 200;
    /** The longest free text: a reason, a scenario's name, a date, an attribute's value. */
    static final int MAX_TEXT = 1_000;

    private final String shown;

    TextFields(String shown) {
        this.shown = shown;
    }

    void check(ScenarioFile scenario) {
        walk(scenario, "", 0, false);
    }

    private void walk(Object value, String field, int line, boolean freeText) {
        if (value == null) return;
        if (value instanceof String text) {
            text(text, field, line, freeText ? MAX_TEXT : MAX_NAME, false);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) walk(list.get(i), field + "[" + i + "]", line, freeText);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey() instanceof String key) text(key, field, line, MAX_NAME, true);
                String at = e.getKey() instanceof String key && ControlCharacters.indexOfFirst(key) < 0 && key.length() <= MAX_NAME
                        ? field + "." + key : field;
                walk(e.getValue(), at, line, freeText || field.endsWith("attributes"));
            }
        } else if (value.getClass().getPackage() == TextFields.class.getPackage()) {
            int here = value instanceof Located located && located.line() > 0 ? located.line() : line;
            for (Field f : value.getClass().getFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                String name = (field.isEmpty() ? "" : field + ".") + f.getName();
                boolean free = f.getName().equals("reason") || f.getName().equals("date") || field.isEmpty() && f.getName().equals("name");
                try {
                    walk(f.get(value), name, here, free);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        // Numbers and booleans hold no text.
    }

    private void text(String text, String field, int line, int limit, boolean key) {
        UserError.Phrase what = key ? UserError.Phrase.of("error.text.aKey") : UserError.Phrase.both("", "");
        if (text.length() > limit) {
            throw error(line, field, limit == MAX_NAME ? "error.text.longName" : "error.text.longText", what,
                    String.format(java.util.Locale.ROOT, "%,d", text.length()), String.format(java.util.Locale.ROOT, "%,d", limit));
        }
        int at = ControlCharacters.indexOfFirst(text);
        if (at >= 0) {
            throw error(line, field, "error.text.control", what, ControlCharacters.name(text.charAt(at)), at + 1);
        }
    }

    private UserError error(int line, String field, String key, Object... args) {
        return UserError.at(shown, line > 0 ? line + ": " + field : field, key, args);
    }
}
