package org.adjudicator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Sanction;
import org.adjudicator.facts.Withdrawal;
import org.adjudicator.scenario.TeamNames;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Outcome;
import org.adjudicator.workflow.WhatIf;
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
            "The scenario file is never modified; --out writes the changed scenario to a new file.",
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

    @Override
    public Integer call() throws IOException {
        if (out != null) ScenarioOutput.checkTarget(out, scenario);
        Tournament tournament = scenarios.read(scenario);
        WhatIf.Applied applied = whatIf.apply(tournament, sets, sanctions, awards, withdrawals, reason);
        Adjudication before = scenarios.adjudicate(tournament, null, false);
        Adjudication after = scenarios.adjudicate(applied.tournament(), rules, false);
        List<Outcome.Change> changes = Outcome.of(before).changesTo(Outcome.of(after));
        // Written before anything is printed: a refused file prints nothing.
        if (out != null) scenarios.prepare(out, changedScenario(applied), header(), after.rules()).write(scenario);

        Output.whole(spec, print -> {
            print.println("What if, on " + tournament.name() + ":");
            for (WhatIf.SetResult r : applied.results()) print.println("  " + r.describe());
            for (WhatIf.Award a : applied.awards()) print.println("  " + a.describe());
            for (Sanction s : applied.sanctions()) {
                print.println("  " + s.team() + ": " + s.points() + " point(s)" + (s.stage().isEmpty() ? "" : " (" + s.stage() + ")"));
            }
            for (Withdrawal w : applied.withdrawals()) print.println("  " + w.team() + " withdrawn");
            if (rules != null) print.println("  rules: " + after.rules().name() + " instead of " + before.rules().name());
            if (applied.isEmpty() && rules == null) print.println("  (nothing changed: give --set, --sanction, --award, --withdraw or --rules)");
            if (changes.isEmpty()) {
                print.println("No change to positions, zones, pairings, winners or promotions.");
            } else {
                print.println("Changes");
                for (Outcome.Change c : changes) print.println("  " + c.sentence());
            }
            if (out != null) print.println("The changed scenario is written to " + out + ".");
        });
        return 0;
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

    private String header() {
        List<String> asked = new ArrayList<>(sets);
        if (!awards.isEmpty()) asked.add("awarded " + String.join(", ", awards));
        if (!sanctions.isEmpty()) asked.add("sanctions " + String.join(", ", sanctions));
        if (!withdrawals.isEmpty()) asked.add("withdrawn " + String.join(", ", withdrawals));
        if (rules != null) asked.add("rules " + rules);
        return "What-if of " + scenario.getFileName() + ": " + String.join("; ", asked);
    }

    private static boolean is(JsonNode node, Match m) {
        return TeamNames.normal(node.path("home").asText().strip()).equals(m.getHome())
                && TeamNames.normal(node.path("away").asText().strip()).equals(m.getAway())
                && node.path("stage").asText("").strip().equals(m.getStage())
                && Objects.equals(node.hasNonNull("round") ? node.get("round").asInt() : null, m.getRound())
                && Objects.equals(node.hasNonNull("leg") ? node.get("leg").asInt() : null, m.getLeg());
    }
}
