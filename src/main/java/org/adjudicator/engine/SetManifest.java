package org.adjudicator.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.adjudicator.scenario.Suggest;

/**
 * A regulation set's {@code set.yaml}: the set it builds on, and the base rules it leaves out.
 * A folder without one is a set of its own. Why a manifest and not a DRL declaration: DRL has no
 * way to say "leave out the rule named X", and the host must know the base before it can parse
 * anything; rules that replace a base's rule say so themselves, with {@code @replaces}.
 *
 * @param file     the manifest, as the user sees it
 * @param buildsOn the base's name or path; null for a set of its own
 * @param removes  names of the base's rules this set leaves out, in the file's order
 * @param lines    the line of each entry of {@code removes}, for error lines
 */
public record SetManifest(String file, String buildsOn, List<String> removes, List<Integer> lines) {
    public static final String FILE_NAME = "set.yaml";
    private static final List<String> FIELDS = List.of("builds-on", "removes");

    /** The manifest of a folder, or null when it has none. */
    static SetManifest of(Path folder) {
        Path path = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(path)) return null;
        String shown = RulesLoader.shown(path);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.at(shown, null, "error.manifest.cannotRead", e.getMessage());
        }
        JsonNode tree;
        try {
            tree = new YAMLMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw yamlProblem(shown, e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) return new SetManifest(shown, null, List.of(), List.of());
        if (!tree.isObject()) throw UserError.at(shown, null, "error.manifest.notAMap");
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw UserError.at(shown, lineOf(text, name + ":") + ": " + name, "error.manifest.unknownField", Suggest.phrase(name, FIELDS));
            }
        }
        String buildsOn = null;
        JsonNode base = tree.get("builds-on");
        if (base != null && !base.isNull()) {
            if (!base.isTextual() || base.asText().isBlank()) {
                throw UserError.at(shown, lineOf(text, "builds-on:") + ": builds-on", "error.manifest.buildsOn");
            }
            buildsOn = base.asText().strip();
        }
        List<String> removes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        JsonNode removed = tree.get("removes");
        if (removed != null && !removed.isNull()) {
            if (!removed.isArray()) throw UserError.at(shown, lineOf(text, "removes:") + ": removes", "error.manifest.removesList");
            for (JsonNode rule : removed) {
                if (!rule.isTextual() || rule.asText().isBlank()) {
                    throw UserError.at(shown, lineOf(text, "removes:") + ": removes", "error.manifest.removesEntry");
                }
                removes.add(rule.asText());
                lines.add(lineOf(text, rule.asText()));
            }
        }
        if (!removes.isEmpty() && buildsOn == null) {
            throw UserError.at(shown, lineOf(text, "removes:") + ": removes", "error.manifest.removesWithoutBase");
        }
        return new SetManifest(shown, buildsOn, List.copyOf(removes), List.copyOf(lines));
    }

    /**
     * The YAML parser's problem as one line at its line: its message runs over several lines, the
     * context first ("while parsing a block mapping ... line 1"), then the problem and where it is.
     */
    private static UserError yamlProblem(String shown, JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String problem = null;
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        for (String text : message.split("\n")) {
            Matcher at = YAML_PLACE.matcher(text);
            if (at.find()) line = Integer.parseInt(at.group(1));
            else if (!text.isBlank() && !Character.isWhitespace(text.charAt(0)) && !text.startsWith("while ")) problem = text.strip();
        }
        if (problem == null) problem = message.strip().lines().findFirst().orElse("unreadable");
        return UserError.at(shown, line > 0 ? String.valueOf(line) : null, "error.scenario.notValid", "YAML", problem);
    }

    private static final Pattern YAML_PLACE = Pattern.compile("line (\\d+), column \\d+");

    /** The place of an entry of {@code removes}: {@code 4: removes "Away points"}. */
    String placeOfRemoval(int index) {
        return lines.get(index) + ": removes \"" + removes.get(index) + "\"";
    }

    String placeOfBase() {
        return "builds-on";
    }

    /** The first line holding a text (1 when not found: the file is still named). */
    private static int lineOf(String text, String wanted) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(wanted)) return i + 1;
        return 1;
    }
}
