package org.adjudicator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Match;
import org.adjudicator.report.Messages;
import org.adjudicator.report.StageView;
import org.adjudicator.scenario.ScenarioText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The changes an official makes on the page, applied to the scenario as written: match fields
 * (score, half-time, extra time, penalties, an awarded score and its reason) set or cleared, and
 * sanctions and withdrawals added, exactly as the scenario format writes them. The result is the
 * changed scenario's YAML, which the scenario reader then checks as it checks a file, and which
 * the page offers for download (as {@code whatif --out} writes it).
 *
 * <p>A match is named by its place in the file's {@code matches} list.
 */
final class Edits {
    static final Set<String> MATCH_FIELDS = Set.of("score", "halfTime", "extraTime", "penalties", "awarded", "reason");
    private static final Set<String> SCORES = Set.of("score", "halfTime", "extraTime", "penalties", "awarded");
    private static final Pattern SCORE = Pattern.compile("^\\s*\\d{1,3}\\s*-\\s*\\d{1,3}\\s*$");
    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    private final JsonNode edits;

    private Edits(JsonNode edits) {
        this.edits = edits;
    }

    /** The {@code edits} of a request (absent: none), checked for shape: each problem is a 400 with its place. */
    static Edits of(JsonNode node) {
        if (node == null || node.isNull()) return new Edits(null);
        if (!node.isObject()) throw new ApiError(400, "api.error.edits");
        only(node, "edits", Set.of("matches", "sanctions", "withdrawals"));
        int i = 0;
        for (JsonNode m : list(node, "matches")) {
            String at = "edits.matches[" + i++ + "]";
            if (!m.isObject()) throw new ApiError(400, "api.error.expectedObject", at);
            if (!m.path("match").canConvertToInt() || !m.path("match").isIntegralNumber()) {
                throw new ApiError(400, "api.error.edits.match", at + ".match");
            }
            Iterator<String> names = m.fieldNames();
            while (names.hasNext()) {
                String field = names.next();
                if (field.equals("match")) continue;
                if (!MATCH_FIELDS.contains(field)) {
                    throw new ApiError(400, "api.error.unknownFieldAt", at, field, "match, " + String.join(", ", sorted(MATCH_FIELDS)));
                }
                JsonNode value = m.get(field);
                if (!value.isNull() && !value.isTextual()) throw new ApiError(400, "api.error.textOrNull", at + "." + field);
                String text = value.asText("").strip();
                if (SCORES.contains(field) && !text.isEmpty() && !SCORE.matcher(text).matches()) {
                    throw new ApiError(400, "api.error.notScore", at + "." + field, text);
                }
            }
        }
        i = 0;
        for (JsonNode s : list(node, "sanctions")) {
            String at = "edits.sanctions[" + i++ + "]";
            if (!s.isObject()) throw new ApiError(400, "api.error.expectedObject", at);
            only(s, at, Set.of("team", "points", "stage", "reason"));
            if (!s.path("team").isTextual() || s.path("team").asText().isBlank()) throw new ApiError(400, "api.error.edits.team", at + ".team");
            if (!s.path("points").isIntegralNumber() || Math.abs(s.path("points").asLong()) > 99) {
                throw new ApiError(400, "api.error.edits.points", at + ".points");
            }
            text(s, at, "stage");
            text(s, at, "reason");
        }
        i = 0;
        for (JsonNode w : list(node, "withdrawals")) {
            String at = "edits.withdrawals[" + i++ + "]";
            if (!w.isObject()) throw new ApiError(400, "api.error.expectedObject", at);
            only(w, at, Set.of("team", "reason"));
            if (!w.path("team").isTextual() || w.path("team").asText().isBlank()) throw new ApiError(400, "api.error.edits.team", at + ".team");
            text(w, at, "reason");
        }
        return new Edits(node);
    }

    /**
     * Each edit in the words a cause names it ("the sanction of -3 point(s) on Binacional"), in the
     * language of {@code words}, a match's by its result as edited; {@code matchOf} finds the edited
     * match of a number.
     */
    List<String> words(Messages words, RuleSet rules, java.util.function.IntFunction<Match> matchOf) {
        List<String> said = new ArrayList<>();
        if (edits == null) return said;
        for (JsonNode m : list(edits, "matches")) {
            Match match = matchOf.apply(m.get("match").asInt());
            said.add(match == null ? words.text("api.cause.match", String.valueOf(m.get("match").asInt()))
                    : match.isAwarded() ? words.text("api.cause.award", match.getHome(), match.getAway(), match.getAwardedScore())
                    : words.text("api.cause.result", StageView.label(words, rules, match)));
        }
        for (JsonNode s : list(edits, "sanctions")) {
            int points = s.get("points").asInt();
            said.add(words.text("api.cause.sanction", (points > 0 ? "+" : "") + points, s.get("team").asText().strip(), Math.abs(points)));
        }
        for (JsonNode w : list(edits, "withdrawals")) said.add(words.text("api.cause.withdrawal", w.get("team").asText().strip()));
        return said;
    }

    boolean isEmpty() {
        return edits == null || (list(edits, "matches").isEmpty() && list(edits, "sanctions").isEmpty()
                && list(edits, "withdrawals").isEmpty());
    }

    /** The scenario file's text with the edits applied and, when another set is chosen, its name. */
    String apply(String shown, String fileText, String rulesName, String header) {
        return apply(shown, tree(shown, fileText), rulesName, header);
    }

    /** A scenario file's text as the tree that {@link #apply(ObjectNode, String, String)} edits. */
    static ObjectNode tree(String shown, String fileText) {
        try {
            JsonNode read = YAML.readTree(fileText);
            if (read == null || !read.isObject()) throw new UserError(shown, null, "the scenario is not a set of key: value pairs");
            return (ObjectNode) read;
        } catch (JsonProcessingException e) {
            throw new UserError(shown, null, "not valid YAML or JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * The edits applied to a scenario file's tree (see {@link #tree}), which is changed: give a
     * copy when the tree is kept for other requests.
     */
    String apply(String shown, ObjectNode tree, String rulesName, String header) {
        if (edits != null) {
            JsonNode matches = tree.path("matches");
            for (JsonNode m : list(edits, "matches")) {
                int index = m.get("match").asInt();
                if (!matches.isArray() || index < 0 || index >= matches.size() || !matches.get(index).isObject()) {
                    throw new ApiError(400, "api.error.edits.noMatch", String.valueOf(index), shown);
                }
                ObjectNode match = (ObjectNode) matches.get(index);
                Iterator<Map.Entry<String, JsonNode>> fields = m.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    if (f.getKey().equals("match")) continue;
                    String value = f.getValue().asText("").strip();
                    if (SCORES.contains(f.getKey())) value = value.replaceAll("\\s+", "");
                    if (value.isEmpty()) match.remove(f.getKey());
                    else match.put(f.getKey(), value);
                }
            }
            for (JsonNode s : list(edits, "sanctions")) {
                ArrayNode sanctions = tree.has("sanctions") && tree.get("sanctions").isArray() ? (ArrayNode) tree.get("sanctions")
                        : tree.putArray("sanctions");
                ObjectNode entry = sanctions.addObject().put("team", s.get("team").asText().strip()).put("points", s.get("points").asInt());
                if (!s.path("stage").asText("").isBlank()) entry.put("stage", s.get("stage").asText().strip());
                entry.put("reason", s.path("reason").asText("").isBlank() ? "what-if" : s.get("reason").asText().strip());
            }
            for (JsonNode w : list(edits, "withdrawals")) {
                ArrayNode withdrawals = tree.has("withdrawals") && tree.get("withdrawals").isArray() ? (ArrayNode) tree.get("withdrawals")
                        : tree.putArray("withdrawals");
                withdrawals.addObject().put("team", w.get("team").asText().strip())
                        .put("reason", w.path("reason").asText("").isBlank() ? "what-if" : w.get("reason").asText().strip());
            }
        }
        if (rulesName != null) tree.put("rules", rulesName);
        try {
            return header + YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the changed scenario", e);
        }
    }

    /**
     * The edits made to a YAML scenario's text where they are written (see {@link ScenarioText}):
     * the text as the official wrote it, comments, order and layout kept, with only the values
     * edited, the sanctions and withdrawals added to their lists, and {@code rules:} when another
     * set is chosen; the header, a comment, on top. What the page downloads.
     */
    String applyText(String shown, String fileText, String rulesName, String header) {
        ScenarioText text;
        try {
            text = ScenarioText.of(fileText);
        } catch (RuntimeException e) {
            throw new UserError(shown, null, "the scenario is not a set of key: value pairs");
        }
        if (edits != null) {
            Node matches = ScenarioText.value(text.root(), "matches");
            // One change per field of a match, the last asked, as the tree's edits make it (a match may be edited twice).
            Map<MappingNode, Map<String, String>> changes = new LinkedHashMap<>();
            for (JsonNode m : list(edits, "matches")) {
                int index = m.get("match").asInt();
                if (!(matches instanceof SequenceNode seq) || index < 0 || index >= seq.getValue().size()
                        || !(seq.getValue().get(index) instanceof MappingNode match)) {
                    throw new ApiError(400, "api.error.edits.noMatch", String.valueOf(index), shown);
                }
                Iterator<Map.Entry<String, JsonNode>> fields = m.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    if (f.getKey().equals("match")) continue;
                    String value = f.getValue().asText("").strip();
                    if (SCORES.contains(f.getKey())) value = value.replaceAll("\\s+", "");
                    // A score is written plain, as the file writes its own (2-1 is text to the reader, never a number).
                    String written = SCORES.contains(f.getKey()) && SCORE.matcher(value).matches() ? value : ScenarioText.yaml(value);
                    changes.computeIfAbsent(match, k -> new LinkedHashMap<>()).put(f.getKey(), value.isEmpty() ? null : written);
                }
            }
            changes.forEach(text::set);
            for (JsonNode s : list(edits, "sanctions")) {
                String stage = s.path("stage").asText("").strip();
                text.append("sanctions", "{team: " + ScenarioText.yaml(s.get("team").asText().strip()) + ", points: " + s.get("points").asInt()
                        + (stage.isEmpty() ? "" : ", stage: " + ScenarioText.yaml(stage)) + ", reason: " + ScenarioText.yaml(reason(s)) + "}", "expect");
            }
            for (JsonNode w : list(edits, "withdrawals")) {
                text.append("withdrawals", "{team: " + ScenarioText.yaml(w.get("team").asText().strip()) + ", reason: "
                        + ScenarioText.yaml(reason(w)) + "}", "expect");
            }
        }
        if (rulesName != null && ScenarioText.value(text.root(), "rules") != null) {
            text.replace(ScenarioText.value(text.root(), "rules"), ScenarioText.yaml(rulesName));
        }
        text.commentOnTop(header.lines().map(l -> l.startsWith("# ") ? l.substring(2) : l).toList());
        return text.result();
    }

    private static String reason(JsonNode edit) {
        return edit.path("reason").asText("").isBlank() ? "what-if" : edit.get("reason").asText().strip();
    }

    /**
     * The number of each match of the file, found from the matches the reader made of it (which
     * it sorts): a match is its stage, group, round, tie, leg and teams, which no two share.
     */
    static Map<String, Integer> numbers(String fileText) {
        Map<String, Integer> numbers = new HashMap<>();
        try {
            JsonNode matches = YAML.readTree(fileText).path("matches");
            for (int i = 0; i < matches.size(); i++) {
                JsonNode m = matches.get(i);
                numbers.putIfAbsent(key(m.path("stage").asText(""), m.path("group").asText(""),
                        m.hasNonNull("round") ? m.get("round").asText() : "", m.path("tie").asText(""),
                        m.hasNonNull("leg") ? m.get("leg").asText() : "", m.path("home").asText(""), m.path("away").asText("")), i);
            }
        } catch (IOException | RuntimeException e) {
            // The reader has read this text already: nothing to number otherwise.
        }
        return numbers;
    }

    static String key(Match m) {
        return key(m.getStage(), m.getGroup(), Objects.toString(m.getRound(), ""), m.getTie(), Objects.toString(m.getLeg(), ""),
                m.getHome(), m.getAway());
    }

    private static String key(String... parts) {
        List<String> clean = new ArrayList<>();
        for (String p : parts) clean.add(Normalizer.normalize(Objects.toString(p, "").strip(), Normalizer.Form.NFC));
        return String.join("\u0000", clean);
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) return List.of();
        if (!list.isArray()) throw new ApiError(400, "api.error.edits.list", "edits." + field);
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    private static void only(JsonNode node, String at, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ApiError(400, "api.error.unknownFieldAt", at, name, String.join(", ", sorted(allowed)));
            }
        }
    }

    private static void text(JsonNode node, String at, String field) {
        if (node.has(field) && !node.get(field).isNull() && !node.get(field).isTextual()) {
            throw new ApiError(400, "api.error.expectedText", at + "." + field);
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
