package org.adjudicator.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.adjudicator.report.Messages;

/**
 * The page's own words, for GET /api/words?lang=es: every key of the bundle's workspace sections
 * (the headings that start "# ===== workspace") with its template as written, for the page's
 * {@code t(key, ...args)} (web/i18n.js) to fill. One bundle for the page and the server, so that
 * MessagesTest checks the page's keys in both languages too.
 */
final class PageWords {
    private static final String SECTION = "# ===== ";
    private static final String WORKSPACE = "# ===== workspace";
    private static final Map<String, Map<String, Object>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private PageWords() {
    }

    /** {"lang": "es", "words": {"page.scenario": "Escenario", ...}}: the same keys in both languages. */
    static Map<String, Object> of(Messages m) {
        return BY_LANGUAGE.computeIfAbsent(m.language(), PageWords::read);
    }

    private static Map<String, Object> read(String language) {
        String text;
        try (InputStream in = PageWords.class.getResourceAsStream("/messages_" + language + ".properties")) {
            if (in == null) throw new IllegalStateException("missing resource messages_" + language + ".properties");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties all = new Properties();
        try {
            all.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> words = new LinkedHashMap<>();
        for (String key : workspaceKeys(text)) words.put(key, all.getProperty(key));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lang", language);
        json.put("words", words);
        return json;
    }

    /** The keys written under the workspace headings, in their order (a continued line is not a key). */
    static List<String> workspaceKeys(String text) {
        List<String> keys = new ArrayList<>();
        boolean inside = false;
        boolean continued = false;
        for (String line : text.lines().toList()) {
            String s = line.strip();
            boolean wasContinued = continued;
            continued = !s.startsWith("#") && s.endsWith("\\");
            if (wasContinued) continue;
            if (s.startsWith(SECTION)) {
                inside = s.startsWith(WORKSPACE);
                continue;
            }
            if (!inside || s.isEmpty() || s.startsWith("#") || s.startsWith("!")) continue;
            int eq = s.indexOf('=');
            if (eq > 0) keys.add(s.substring(0, eq).strip());
        }
        return keys;
    }
}
