package org.adjudicator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Sanction;
import org.adjudicator.facts.Withdrawal;
import org.adjudicator.report.Messages;
import org.adjudicator.scenario.ScenarioText;
import org.adjudicator.scenario.TeamNames;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Causes;
import org.adjudicator.workflow.Outcome;
import org.adjudicator.workflow.Verifier;
import org.adjudicator.workflow.WhatIf;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "whatif", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Re-adjudicate a scenario with changed results, sanctions, awarded matches, withdrawals or another "
                + "regulation set, and print only "
                + "what changes: positions, zones, pairings, knockout winners, stages, champion and promotions, each before "
                + "and after, with the figures behind it (or, for one left undecided, what it waits for).",
            "",
            "Each changed position names its cause: the edit without which the move does not happen (with several edits, "
                + "each is tried left out), then the criterion that places the team now.",
            "",
            "The scenario file is never modified; --out writes the changed scenario to a new file: a YAML scenario as it "
                + "was written, comments and layout kept, with only the changed values edited, and its expect: brought to the "
                + "new outcome (a comment above it says what changed and why), so that verify passes on it.",
            "",
            "A sanction, award or withdrawal that no table of the scenario applies is an error (exit 2) that lists "
                + "the tables and their stages; one for a stage that has no table yet (it waits) is noted."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  whatif scenarios/copa-peru-2017/final-group.yaml --set \"Binacional 0-1 Atlético Grau\"",
            "  whatif scenarios/copa-peru-2017/national-stage.yaml --sanction \"Binacional:-3\" --out appeal.yaml",
            "  whatif scenarios/copa-peru-2017/final-group.yaml --sanction \"Binacional:-3@final-group\"",
            "  whatif scenarios/copa-peru-2017/final-group.yaml --award \"Binacional 0-3 Atlético Grau\" --reason \"ineligible player\"",
            "  whatif scenarios/copa-peru-2017/final-group.yaml --withdraw \"Estudiantil CNI\"",
            "  whatif scenarios/copa-peru-2017/national-stage.yaml --rules copa-peru-2017-proposal"})
public class WhatIfCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML or JSON).")
    Path scenario;

    @Option(names = "--set", paramLabel = "RESULT",
            description = "A result to set: \"HOME GOALS-GOALS AWAY\", e.g. \"Binacional 0-1 Atlético Grau\"; prefix the stage "
                    + "(\"final-group: ...\") when the same teams meet in several stages. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--sanction", paramLabel = "TEAM:POINTS[@STAGE]",
            description = "A points deduction (or, positive, an award), e.g. \"Binacional:-3\"; add the match stage whose table "
                    + "it counts in, as a scenario's sanction has stage:, e.g. \"Binacional:-3@final-group\" (without one, "
                    + "the rules decide: in copa-peru-2017, the general table). Repeatable.")
    List<String> sanctions = new ArrayList<>();

    @Option(names = "--award", paramLabel = "RESULT",
            description = "A match awarded with a score (a walkover, a forfeit), written and found as --set's result: "
                    + "\"HOME GOALS-GOALS AWAY\", e.g. \"Binacional 0-3 Atlético Grau\". Repeatable.")
    List<String> awards = new ArrayList<>();

    @Option(names = "--withdraw", paramLabel = "TEAM", description = "A team withdrawn or excluded, e.g. \"Estudiantil CNI\". Repeatable.")
    List<String> withdrawals = new ArrayList<>();

    @Option(names = "--reason", paramLabel = "TEXT", description = "The reason recorded with each --sanction, --award and "
            + "--withdraw (default: " + WhatIf.REASON + ").")
    String reason = WhatIf.REASON;

    @Option(names = "--rules", paramLabel = "SET", description = "Re-adjudicate under another regulation set (a name under rules/ or a folder).")
    String rules;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the changed scenario to this new file: .yaml or .yml for YAML, "
            + ".json for JSON. Its rules: names the set the what-if was made with, as found from the new file's folder.")
    Path out;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Inject
    Scenarios scenarios;

    @Inject
    WhatIf whatIf;

    @Inject
    Verifier verifier;

    @Override
    public Integer call() throws IOException {
        if (out != null) ScenarioOutput.checkTarget(out, scenario);
        Tournament tournament = scenarios.read(scenario);
        WhatIf.Applied applied = whatIf.apply(tournament, sets, sanctions, awards, withdrawals, reason);
        Adjudication before = scenarios.adjudicate(tournament, null, false);
        Adjudication after = scenarios.adjudicate(applied.tournament(), rules, false);
        // A move is blamed on the edits without which it does not happen; with --rules alone, the set's differences are found from the two sets.
        Messages m = Language.of(spec);
        Causes causes = applied.isEmpty() ? null : whatIf.causes(tournament, applied, sets, sanctions, awards, withdrawals, reason,
                t -> scenarios.adjudicate(t, rules, false), after.rules(), new String[] {after.rules().name(), before.rules().name()},
                rules == null ? null : () -> scenarios.adjudicate(applied.tournament(), null, false));
        List<Outcome.Change> changes = Outcome.of(before).changesTo(Outcome.of(after), causes, m);
        // Written before anything is printed: a refused file prints nothing.
        if (out != null) {
            ScenarioOutput.Prepared prepared = ScenarioOutput.inPlace(scenario, out)
                    ? scenarios.prepareText(out, WrittenExpectations.brought(changedText(applied, after), out, after, scenarios, verifier, "whatif", m),
                            after.rules())
                    : scenarios.prepare(out, changedScenario(applied), header(), after.rules());
            prepared.write(scenario);
        }

        Output.whole(spec, print -> {
            print.println(m.text("workflow.whatif.heading", tournament.name()));
            for (WhatIf.SetResult r : applied.results()) print.println("  " + r.describe(m, before.rules()));
            for (WhatIf.Award a : applied.awards()) print.println("  " + a.describe(m, before.rules()));
            for (Sanction s : applied.sanctions()) {
                String stage = s.stage().isEmpty() ? "" : " (" + (m.spanish() ? m.stage(before.rules(), s.stage(), s.stage()) : s.stage()) + ")";
                print.println("  " + m.text("workflow.whatif.sanction", s.team(), String.valueOf(s.points()), stage, Math.abs(s.points())));
            }
            for (Withdrawal w : applied.withdrawals()) print.println("  " + m.text("workflow.whatif.withdrawn", w.team()));
            if (rules != null) print.println("  " + m.text("workflow.whatif.rules", after.rules().name(), before.rules().name()));
            if (applied.isEmpty() && rules == null) print.println("  " + m.text("workflow.whatif.nothing"));
            if (changes.isEmpty()) {
                print.println(m.text("workflow.whatif.noChange"));
            } else {
                print.println(m.text("workflow.whatif.changes"));
                for (Outcome.Change c : changes) print.println("  " + c.sentence());
            }
            if (out != null) print.println(m.text("workflow.whatif.written", out));
        });
        return 0;
    }

    /**
     * The scenario's text with the what-if's changes made where they are written (a score, an awarded
     * score, a sanction or withdrawal added to its list, {@code rules:}), a comment on top saying what
     * the what-if was; every other line as the official wrote it.
     */
    private String changedText(WhatIf.Applied applied, Adjudication after) throws IOException {
        ScenarioText text = ScenarioText.of(Files.readString(scenario, StandardCharsets.UTF_8));
        for (WhatIf.SetResult r : applied.results()) {
            MappingNode m = matchNode(text, r.before());
            Match now = r.after();
            text.put(m, "score", now.getHomeGoals() + "-" + now.getAwayGoals());
            if (!now.hasHalfTime()) text.remove(m, "halfTime");
            text.remove(m, "extraTime");
            text.remove(m, "penalties");
        }
        for (WhatIf.Award a : applied.awards()) {
            MappingNode m = matchNode(text, a.before());
            text.put(m, "awarded", a.after().getAwardedScore());
            text.put(m, "reason", ScenarioText.yaml(a.after().getAwardReason()));
        }
        for (Sanction s : applied.sanctions()) {
            text.append("sanctions", "{team: " + ScenarioText.yaml(s.team()) + ", points: " + s.points() + ", reason: "
                    + ScenarioText.yaml(s.reason()) + (s.stage().isEmpty() ? "" : ", stage: " + ScenarioText.yaml(s.stage())) + "}", "expect");
        }
        for (Withdrawal w : applied.withdrawals()) {
            text.append("withdrawals", "{team: " + ScenarioText.yaml(w.team()) + ", reason: " + ScenarioText.yaml(w.reason()) + "}", "expect");
        }
        Node rulesNode = ScenarioText.value(text.root(), "rules");
        String asWritten = ScenarioText.scalar(text.root(), "rules");
        String reference = scenarios.rulesReference(asWritten == null ? "" : asWritten, after.rules(), out);
        if (rulesNode != null && !reference.equals(asWritten)) text.replace(rulesNode, ScenarioText.yaml(reference));
        text.commentOnTop(List.of(header()));
        return text.result();
    }

    /** The node of the match a what-if changed, found as the scenario reader found it. */
    private MappingNode matchNode(ScenarioText text, Match match) {
        if (ScenarioText.value(text.root(), "matches") instanceof SequenceNode matches) {
            for (Node node : matches.getValue()) {
                if (node instanceof MappingNode m && is(m, match)) return m;
            }
        }
        throw new IllegalStateException("the match " + match.label() + " is not found in " + scenario);
    }

    private static boolean is(MappingNode node, Match m) {
        return TeamNames.normal(Objects.toString(ScenarioText.scalar(node, "home"), "").strip()).equals(m.getHome())
                && TeamNames.normal(Objects.toString(ScenarioText.scalar(node, "away"), "").strip()).equals(m.getAway())
                && Objects.toString(ScenarioText.scalar(node, "stage"), "").strip().equals(m.getStage())
                && Objects.equals(number(ScenarioText.scalar(node, "round")), m.getRound())
                && Objects.equals(number(ScenarioText.scalar(node, "leg")), m.getLeg());
    }

    private static Integer number(String text) {
        if (text == null) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The scenario as written, with the results and sanctions of the what-if. */
    private ObjectNode changedScenario(WhatIf.Applied applied) throws IOException {
        ObjectNode tree = ScenarioOutput.readTree(scenario);
        for (WhatIf.SetResult r : applied.results()) {
            for (JsonNode node : tree.path("matches")) {
                if (is(node, r.before())) {
                    ObjectNode m = (ObjectNode) node;
                    Match after = r.after();
                    m.put("score", after.getHomeGoals() + "-" + after.getAwayGoals());
                    if (!after.hasHalfTime()) m.remove("halfTime");
                    m.remove("extraTime");
                    m.remove("penalties");
                }
            }
        }
        for (WhatIf.Award a : applied.awards()) {
            for (JsonNode node : tree.path("matches")) {
                if (is(node, a.before())) {
                    ((ObjectNode) node).put("awarded", a.after().getAwardedScore()).put("reason", a.after().getAwardReason());
                }
            }
        }
        if (!applied.sanctions().isEmpty()) {
            ArrayNode list = tree.has("sanctions") ? (ArrayNode) tree.get("sanctions") : tree.putArray("sanctions");
            for (Sanction s : applied.sanctions()) {
                ObjectNode entry = list.addObject().put("team", s.team()).put("points", s.points()).put("reason", s.reason());
                if (!s.stage().isEmpty()) entry.put("stage", s.stage());
            }
        }
        if (!applied.withdrawals().isEmpty()) {
            ArrayNode list = tree.has("withdrawals") ? (ArrayNode) tree.get("withdrawals") : tree.putArray("withdrawals");
            for (Withdrawal w : applied.withdrawals()) list.addObject().put("team", w.team()).put("reason", w.reason());
        }
        return tree;
    }

    /** The comment on top of the written scenario: what was asked, in the run's language. */
    private String header() {
        Messages m = Language.of(spec);
        List<String> asked = new ArrayList<>(sets);
        if (!awards.isEmpty()) asked.add(m.text("workflow.whatif.header.awarded", String.join(", ", awards)));
        if (!sanctions.isEmpty()) asked.add(m.text("workflow.whatif.header.sanctions", String.join(", ", sanctions)));
        if (!withdrawals.isEmpty()) asked.add(m.text("workflow.whatif.header.withdrawn", String.join(", ", withdrawals)));
        if (rules != null) asked.add(m.text("workflow.whatif.header.rules", rules));
        return m.text("workflow.whatif.header", scenario.getFileName(), String.join("; ", asked));
    }

    private static boolean is(JsonNode node, Match m) {
        return TeamNames.normal(node.path("home").asText().strip()).equals(m.getHome())
                && TeamNames.normal(node.path("away").asText().strip()).equals(m.getAway())
                && node.path("stage").asText("").strip().equals(m.getStage())
                && Objects.equals(node.hasNonNull("round") ? node.get("round").asInt() : null, m.getRound())
                && Objects.equals(node.hasNonNull("leg") ? node.get("leg").asInt() : null, m.getLeg());
    }
}
