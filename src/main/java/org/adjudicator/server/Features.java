package org.adjudicator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.report.HtmlReport;
import org.adjudicator.report.Messages;
import org.adjudicator.report.StageView;
import org.adjudicator.workflow.Outcome;

/**
 * The workspace's endpoints for a hearing: two regulation sets side by side (the page form of
 * {@code impact}) and the record of a hearing (its edits, the reasons given, what they changed),
 * as one HTML document to print or keep. Each request is adjudicated whole, as {@link Api}'s are.
 */
@Singleton
public class Features {
    @Inject
    Api api;

    @Inject
    Adjudicator adjudicator;

    @Inject
    RulesLoader loader;

    @Inject
    HtmlReport html;

    /**
     * POST /api/compare: the scenario (with the page's edits) under the set it names and under
     * {@code other}, each as the report's body with what differs from the other marked, and the
     * differences in the words of {@code impact}.
     */
    public Map<String, Object> compare(Workspace workspace, JsonNode body) {
        Api.Context c = api.context(workspace, only(body, Set.of("scenario", "edits", "other", "lang"), "scenario", "edits"),
                Set.of("scenario", "edits"));
        String otherName = text(body, "other", true);
        RuleSet other = loader.load(workspace.set(otherName));
        Adjudication left = adjudicator.adjudicate(c.edited(), c.ownRules(), false);
        Adjudication right = adjudicator.adjudicate(c.edited(), other, false);
        Outcome l = Outcome.of(left);
        Outcome r = Outcome.of(right);
        List<Outcome.Change> changes = l.changesTo(r, null, c.messages());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", c.name());
        json.put("differences", changes.size());
        json.put("changes", changes.stream().map(ch -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", ch.kind());
            x.put("subject", ch.subject());
            x.put("sentence", ch.sentence());
            return x;
        }).toList());
        json.put("left", side(left, html.body(left, Api.marks(r, l, m -> null), c.messages())));
        json.put("right", side(right, html.body(right, Api.marks(l, r, m -> null), c.messages())));
        return json;
    }

    private static Map<String, Object> side(Adjudication a, String body) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("rules", a.rules().name());
        x.put("champion", Outcome.of(a).champion());
        x.put("html", body);
        return x;
    }

    /**
     * POST /api/hearing: the record of a hearing as an HTML document with its print style: the
     * scenario and set, each edit with the reason entered for it ({@code reasons}, one an edit in the
     * order matches, sanctions, withdrawals; else the reason the edit itself carries), what the edits changed (as the
     * page lists it), the champion, then the whole report of the competition as edited, the
     * changes marked.
     */
    public String hearing(Workspace workspace, JsonNode body) {
        Messages m = Messages.of(text(body, "lang", false));
        ObjectNode request = only(body, Set.of("scenario", "rules", "edits", "reasons", "lang"), "scenario", "rules", "edits");
        JsonNode reasons = body.path("reasons");
        if (!reasons.isMissingNode() && !reasons.isNull() && !reasons.isArray()) {
            throw new ApiError(400, "features.error.reasons");
        }
        for (JsonNode r : reasons) if (!r.isNull() && !r.isTextual()) throw new ApiError(400, "features.error.reasons");
        Api.Context c = api.context(workspace, request, Set.of("scenario", "rules", "edits"));
        Map<String, Object> whatIf = api.whatIf(workspace, request);
        RuleSet rules = c.rules();
        StringBuilder out = new StringBuilder();
        String name = c.edited().name().replaceAll(" \\(as edited\\)$", "");
        out.append("<!DOCTYPE html>\n<html lang=\"").append(m.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(m.text("features.hearing.title", name))).append("</title>\n<style>\n").append(HtmlReport.css())
                .append("</style>\n</head>\n<body class=\"report hearing\">\n<header class=\"competition\"><h1>")
                .append(esc(m.text("features.hearing.title", name))).append("</h1>\n<p class=\"rules\">")
                .append(esc(m.text("features.hearing.scenario", c.name(), rules.name()))).append("</p>\n");
        if (rules != c.ownRules()) {
            out.append("<p class=\"rules\">").append(esc(m.text("features.hearing.rulesChanged", rules.name(), c.ownRules().name()))).append("</p>\n");
        }
        out.append("</header>\n<section class=\"hearing-record\" data-hearing>\n<h2>").append(esc(m.text("features.hearing.edits"))).append("</h2>\n");
        List<String[]> edits = edits(c, request.get("edits"), m);
        for (int i = 0; i < edits.size(); i++) {
            String given = reasons.path(i).asText("").strip();
            if (!given.isEmpty()) edits.get(i)[1] = given;
        }
        if (edits.isEmpty()) {
            out.append("<p>").append(esc(m.text("features.hearing.noEdits"))).append("</p>\n");
        } else {
            out.append("<ol class=\"hearing-edits\">\n");
            for (String[] e : edits) {
                out.append("<li>").append(esc(e[0])).append("<br><span class=\"reason\">")
                        .append(esc(e[1] == null ? m.text("features.hearing.noReason") : m.text("features.hearing.reason", e[1])))
                        .append("</span></li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("<h2>").append(esc(m.text("features.hearing.changes"))).append("</h2>\n");
        List<?> changes = (List<?>) whatIf.get("changes");
        if (changes.isEmpty()) {
            out.append("<p>").append(esc(m.text("features.hearing.noChanges"))).append("</p>\n");
        } else {
            out.append("<ul class=\"decisions hearing-changes\">\n");
            for (Object ch : changes) out.append("<li>").append(esc(String.valueOf(((Map<?, ?>) ch).get("sentence")))).append("</li>\n");
            out.append("</ul>\n");
        }
        Object champion = whatIf.get("champion");
        out.append("<p class=\"champion\"><strong>").append(esc(champion == null ? m.text("features.hearing.noChampion")
                : m.text("features.hearing.champion", champion))).append("</strong></p>\n");
        out.append("<p class=\"signature\"><span>").append(esc(m.text("features.hearing.signed"))).append("</span><span>")
                .append(esc(m.text("features.hearing.date"))).append("</span></p>\n</section>\n");
        out.append("<section class=\"stage hearing-outcome\"><h2>").append(esc(m.text("features.hearing.outcome"))).append("</h2></section>\n");
        out.append(whatIf.get("html"));
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** Each edit of the request in words, with the reason entered for it (null: none). */
    private List<String[]> edits(Api.Context c, JsonNode edits, Messages m) {
        List<String[]> list = new ArrayList<>();
        if (edits == null || edits.isNull()) return list;
        for (JsonNode e : edits.path("matches")) {
            Match match = api.editedMatch(c, e.path("match").asInt());
            String words = match == null ? m.text("features.hearing.edit.unknownMatch", e.path("match").asInt())
                    : match.isAwarded() ? m.text("features.hearing.edit.award", match.getHome(), match.getAway(), match.getAwardedScore())
                    : match.isPlayed() ? m.text("features.hearing.edit.result", StageView.label(m, c.rules(), match))
                    : m.text("features.hearing.edit.cleared", match.getHome(), match.getAway());
            list.add(new String[] {words, reason(e)});
        }
        for (JsonNode s : edits.path("sanctions")) {
            int points = s.path("points").asInt();
            String stage = s.path("stage").asText("").strip();
            list.add(new String[] {stage.isEmpty()
                    ? m.text("features.hearing.edit.sanction", (points > 0 ? "+" : "") + points, s.path("team").asText().strip())
                    : m.text("features.hearing.edit.sanctionIn", (points > 0 ? "+" : "") + points, s.path("team").asText().strip(),
                            m.stage(c.rules(), stage, StageView.title(stage))),
                    reason(s)});
        }
        for (JsonNode w : edits.path("withdrawals")) {
            list.add(new String[] {m.text("features.hearing.edit.withdrawal", w.path("team").asText().strip()), reason(w)});
        }
        return list;
    }

    private static String reason(JsonNode edit) {
        String r = edit.path("reason").asText("").strip();
        return r.isEmpty() ? null : r;
    }

    /**
     * The request's fields checked against {@code allowed} (an unknown one is a 400, as every
     * endpoint answers it), and a copy holding only {@code kept}: what {@link Api#context} reads.
     */
    private static ObjectNode only(JsonNode body, Set<String> allowed, String... kept) {
        if (body == null || !body.isObject()) throw new ApiError(400, "api.error.notObject");
        body.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new ApiError(400, "api.error.unknownField", f, String.join(", ", allowed.stream().sorted().toList()));
            }
        });
        ObjectNode copy = ((ObjectNode) body).objectNode();
        for (String k : kept) if (body.has(k)) copy.set(k, body.get(k));
        return copy;
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) throw new ApiError(400, "api.error.required", field);
            return null;
        }
        if (!value.isTextual()) throw new ApiError(400, "api.error.expectedText", field);
        return value.asText();
    }

    private static String esc(String s) {
        return HtmlReport.esc(s);
    }
}
