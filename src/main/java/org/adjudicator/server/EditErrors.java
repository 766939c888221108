package org.adjudicator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.adjudicator.report.Messages;
import org.adjudicator.report.StageView;
import org.adjudicator.scenario.ScenarioText;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The errors a page's edit causes, said where the official typed it. An edit refused for its form
 * ({@code edits.matches[0].score}) or by the scenario's checks on the scenario as edited
 * ({@code matches[180].halfTime}, {@code sanctions[3]} of the text with the edits made) names a
 * place the official never saw: a list index of the request, or a line of a text that is no file.
 * Here it becomes the field as an official says it ("score of Binacional v Atlético Grau, final
 * group round 2"), the reason, the form expected, and which edit and field it is, for the page to
 * mark that cell. An error that no edit caused is left as it is.
 */
final class EditErrors {
    /** A place in the request's edits, or in the scenario as edited: list, index, field. */
    private static final Pattern PLACE = Pattern.compile("(edits\\.)?(matches|sanctions|withdrawals)\\[(\\d+)](?:\\.(\\w+))?");
    private static final YAMLMapper YAML = new YAMLMapper();
    /** "14: penalties": a line of the scenario as edited and a match's field. */
    private static final Pattern LINE_FIELD = Pattern.compile("(\\d+): (score|halfTime|extraTime|penalties|awarded|reason)");
    /** The most lines the workspace's comment on top of the scenario as edited takes. */
    private static final int HEADER_LINES = 3;

    private EditErrors() {
    }

    /** Runs a request that carries edits; an error one of them caused is thrown as an {@link EditError} naming it. */
    static <T> T attributed(Workspace workspace, JsonNode body, UnaryOperator<String> stageWords, Supplier<T> work) {
        try {
            return work.get();
        } catch (ApiError | UserError e) {
            EditError named = name(workspace, body, e, stageWords);
            if (named != null) throw named;
            throw e;
        }
    }

    /** The edit an error is about, said as an official says it; null when it is about no edit. */
    static EditError name(Workspace workspace, JsonNode body, RuntimeException e, UnaryOperator<String> stageWords) {
        JsonNode edits = body == null ? null : body.get("edits");
        if (edits == null || !edits.isObject() || !body.path("scenario").isTextual()) return null;
        boolean request = e instanceof ApiError;
        String where = request ? e.getMessage() : ((UserError) e).place();
        if (where == null) return null;
        String text;
        JsonNode file;
        try {
            text = Files.readString(workspace.scenario(body.get("scenario").asText()), StandardCharsets.UTF_8);
            file = YAML.readTree(text);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
        Matcher m = PLACE.matcher(where);
        String list;
        int index;
        String named;
        if (m.find() && (!request || m.start() == 0) && request == (m.group(1) != null)) {
            list = m.group(2);
            index = Integer.parseInt(m.group(3));
            named = m.group(4);
        } else {
            // The engine names a match's field by its line in the scenario as edited ("14: penalties").
            Matcher at = LINE_FIELD.matcher(where);
            if (request || !at.matches()) return null;
            named = at.group(2);
            Integer number = editedMatchAt(text, edits, Integer.parseInt(at.group(1)), named);
            if (number == null) return null;
            list = "matches";
            index = number;
        }
        Messages words = Messages.of(body.path("lang").asText("en"));
        // The reason in the request's language; the place before it is the same in every language.
        String said = request ? ((ApiError) e).message(words) : ((UserError) e).message(words);
        String place = request ? e.getMessage().substring(0, m.end()) : "";
        String reason = request ? (said.startsWith(place) ? said.substring(place.length()) : said).replaceFirst("^:\\s*", "") : said;
        Map<String, Object> edit = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        String subject;
        if (list.equals("matches")) {
            JsonNode change = null;
            if (request) {
                change = edits.path("matches").path(index);
            } else {
                // The scenario as edited keeps the file's matches in its order: the index is the match's number.
                for (JsonNode c : edits.path("matches")) if (c.path("match").asInt(-1) == index) change = c;
            }
            if (change == null || !change.isObject()) return null;
            int number = change.path("match").asInt(-1);
            JsonNode match = file.path("matches").path(number);
            if (!match.isObject()) return null;
            String field = named != null && change.has(named) ? named : firstField(change);
            if (field == null) return null;
            edit.put("kind", "match");
            edit.put("match", number);
            edit.put("field", field);
            subject = words.text("workspace.error.subject.match", words.text("workspace.error.field." + field),
                    match.path("home").asText(), match.path("away").asText(), where(words, match, stageWords));
            details.put("value", change.path(field).asText(""));
            // The form expected, where the value was refused for its form (a value of the right form the scenario refused needs none).
            if (request) details.put("expected", words.text(field.equals("reason") ? "workspace.error.expected.reason" : "workspace.error.expected.score"));
        } else {
            // The page's sanctions and withdrawals come after the file's own in the scenario as edited.
            int page = request ? index : index - file.path(list).size();
            JsonNode change = edits.path(list).path(page);
            if (page < 0 || !change.isObject()) return null;
            String team = change.path("team").asText("").strip();
            if (list.equals("sanctions")) {
                String field = named != null && change.has(named) ? named : change.path("stage").asText("").isBlank() ? "team" : "stage";
                int points = change.path("points").asInt();
                String stage = change.path("stage").asText("").strip();
                edit.put("kind", "sanction");
                edit.put("index", page);
                edit.put("field", field);
                subject = !change.path("points").isIntegralNumber() ? words.text("workspace.error.subject.sanctionOn", team)
                        : stage.isEmpty() ? words.text("workspace.error.subject.sanction", (points > 0 ? "+" : "") + points, team)
                        : words.text("workspace.error.subject.sanctionAtStage", (points > 0 ? "+" : "") + points, team, stage);
                details.put("value", change.path(field).asText(""));
            } else {
                edit.put("kind", "withdrawal");
                edit.put("index", page);
                edit.put("field", "team");
                subject = words.text("workspace.error.subject.withdrawal", team);
                details.put("value", team);
            }
        }
        details.put("edit", edit);
        details.put("subject", subject);
        details.put("reason", reason);
        return new EditError(words.text("workspace.error.atEdit", subject, reason), details);
    }

    /**
     * The number of the edited match at a line of the scenario as edited: the edits keep each
     * match on its line and only add a comment of a few lines on top, so the match is the edited
     * one whose line in the file is at most that many lines above (the one that edits the field
     * named first); null when none is.
     */
    private static Integer editedMatchAt(String text, JsonNode edits, int line, String field) {
        Node matches;
        try {
            matches = ScenarioText.value(ScenarioText.of(text).root(), "matches");
        } catch (RuntimeException unreadable) {
            return null;
        }
        if (!(matches instanceof SequenceNode list)) return null;
        Integer best = null;
        int bestScore = Integer.MAX_VALUE;
        for (JsonNode change : edits.path("matches")) {
            int number = change.path("match").asInt(-1);
            if (number < 0 || number >= list.getValue().size()) continue;
            int offset = line - (list.getValue().get(number).getStartMark().getLine() + 1);
            if (offset < 0 || offset > HEADER_LINES) continue;
            int score = offset + (change.has(field) ? 0 : HEADER_LINES + 1);
            if (score < bestScore) {
                bestScore = score;
                best = number;
            }
        }
        return best;
    }

    /** The first field a match edit sets, as the page's order of cells gives it. */
    private static String firstField(JsonNode change) {
        for (String f : new String[] {"score", "halfTime", "extraTime", "penalties", "awarded", "reason"}) {
            if (change.has(f)) return f;
        }
        return null;
    }

    /** "final group round 2", "repechage, tie R1, leg 2": where a match is in the competition. */
    private static String where(Messages words, JsonNode match, UnaryOperator<String> stageWords) {
        String stage = match.path("stage").asText("").strip();
        String said = stage.isEmpty() ? "" : stageWords.apply(stage).toLowerCase(Locale.ROOT);
        if (!match.path("group").asText("").isBlank()) {
            said = words.text("workspace.error.where.group", said, match.get("group").asText().strip()).strip();
        }
        if (match.hasNonNull("round")) said = words.text("workspace.error.where.round", said, match.get("round").asText()).strip();
        if (!match.path("tie").asText("").isBlank()) said = words.text("workspace.error.where.tie", said, match.get("tie").asText().strip());
        if (match.hasNonNull("leg")) said = words.text("workspace.error.where.leg", said, match.get("leg").asText());
        return said.replaceFirst("^,\\s*", "");
    }
}
