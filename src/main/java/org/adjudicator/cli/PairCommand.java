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
import java.util.concurrent.Callable;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.facts.Violation;
import org.adjudicator.fixture.FixturePlanner;
import org.adjudicator.fixture.FixtureProposal;
import org.adjudicator.report.Messages;
import org.adjudicator.scenario.ScenarioText;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Verifier;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pair", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Propose the first-round fixture: every team meets its number of geographical rivals (as the rules "
                + "define them) once at home and once away, with the least total travel.",
            "",
            "Writes a copy of the scenario with the proposed matches of the rules' fixture stage (two rounds per opponent) "
                + "to a new file that names the regulation set used, "
                + "checked against every pairing restriction, and prints each pairing with its distance and where "
                + "the opponent ranks among each team's rivals. The same input always gives the same fixture."},
        footerHeading = "%nExample:%n",
        footer = "  pair scenarios/copa-peru-2017/teams.yaml --out my-fixture.yaml")
public class PairCommand implements Callable<Integer> {
    @Mixin
    ScenarioCommand input;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The new scenario file to write: .yaml or .yml for YAML, .json for JSON.")
    Path out;

    @Spec
    CommandSpec spec;

    @Inject
    FixturePlanner planner;

    @Inject
    Verifier verifier;

    @Override
    public Integer call() throws IOException {
        input.checkOut(out);
        Tournament tournament = input.read();
        Adjudication adjudication = input.adjudicate(tournament);
        Integer opponents = adjudication.setting("opponents per team");
        String stage = adjudication.settingText("fixture stage");
        if (opponents == null || stage == null) {
            throw UserError.at(adjudication.rules().shownFolder(), null, "error.pair.settings");
        }
        fixtureStage = stage;
        FixtureProposal proposal = planner.propose(tournament.teams(), adjudication.rivals(), opponents);

        // The proposal is read back as the new file, under the set it was made with, and must pass the
        // regulation's own restrictions before it is written.
        ScenarioOutput.Prepared prepared = ScenarioOutput.inPlace(input.scenario, out)
                ? input.scenarios.prepareText(out, textWith(proposal, adjudication), adjudication.rules())
                : input.prepare(out, scenarioWith(proposal), header(adjudication), adjudication.rules());
        Adjudication checked = input.adjudicate(prepared.tournament(), adjudication.rules());
        if (!checked.violations().isEmpty()) {
            Violation first = checked.violations().get(0);
            throw new IllegalStateException("the proposed fixture breaks restriction (" + first.restriction() + "): "
                    + first.description());
        }
        prepared.write(input.scenario);

        Messages m = Language.of(spec);
        Output.whole(spec, print -> {
            print.println(m.text("workflow.pair.heading", tournament.name(), proposal.pairs().size(), proposal.legs().size(),
                    proposal.legs().stream().mapToInt(FixtureProposal.Leg::round).max().orElse(0), proposal.totalKm()));
            for (FixtureProposal.Pair pair : proposal.pairs()) {
                print.println("  " + m.text("workflow.pair.line", pair.a(), pair.b(), pair.distanceKm(), m.spanish() ? m.ordinal(pair.rankForA())
                        : FixtureProposal.ordinal(pair.rankForA()), pair.rivalsOfA(), m.spanish() ? m.ordinal(pair.rankForB())
                        : FixtureProposal.ordinal(pair.rankForB()), pair.rivalsOfB()));
            }
            print.println(m.text("workflow.pair.written", out));
        });
        return 0;
    }

    private String fixtureStage;

    /**
     * The scenario's text as written (its comments, its teams as they are), with the matches of the
     * fixture stage replaced by the proposal's, a comment on top saying where they come from, and
     * {@code rules:} naming the set from the new file's folder.
     */
    private String textWith(FixtureProposal proposal, Adjudication adjudication) throws IOException {
        ScenarioText text = ScenarioText.of(Files.readString(input.scenario, StandardCharsets.UTF_8));
        List<String> legs = new ArrayList<>();
        for (FixtureProposal.Leg leg : proposal.legs()) {
            legs.add("{stage: " + ScenarioText.yaml(fixtureStage) + ", round: " + leg.round() + ", home: " + ScenarioText.yaml(leg.home())
                    + ", away: " + ScenarioText.yaml(leg.away()) + "}");
        }
        // As the tree's copy does: the matches of the fixture stage, and those of no stage, give way to the proposal.
        text.replaceEntries("matches", node -> {
            String stage = node instanceof MappingNode m ? ScenarioText.scalar(m, "stage") : null;
            return stage == null || stage.isBlank() || stage.strip().equals(fixtureStage);
        }, legs, "expect");
        Node rulesNode = ScenarioText.value(text.root(), "rules");
        String asWritten = ScenarioText.scalar(text.root(), "rules");
        String reference = input.scenarios.rulesReference(asWritten == null ? "" : asWritten, adjudication.rules(), out);
        if (rulesNode != null && !reference.equals(asWritten)) text.replace(rulesNode, ScenarioText.yaml(reference));
        text.commentOnTop(header(adjudication).lines().toList());
        String written = text.result();
        return WrittenExpectations.brought(written, out, input.adjudicate(input.scenarios.reader.read(out, written), adjudication.rules()),
                input.scenarios, verifier, "pair", Language.of(spec));
    }

    /** The scenario as written, with the matches of the fixture stage replaced by the proposal. */
    private ObjectNode scenarioWith(FixtureProposal proposal) throws IOException {
        ObjectNode tree = input.tree();
        ArrayNode matches = tree.arrayNode();
        for (FixtureProposal.Leg leg : proposal.legs()) {
            ObjectNode match = matches.addObject();
            match.put("stage", fixtureStage);
            match.put("round", leg.round());
            match.put("home", leg.home());
            match.put("away", leg.away());
        }
        JsonNode old = tree.get("matches");
        if (old != null) {
            for (JsonNode m : old) {
                String stage = m.path("stage").asText("");
                if (!stage.isEmpty() && !stage.equals(fixtureStage)) matches.add(m);
            }
        }
        tree.set("matches", matches);
        return tree;
    }

    private String header(Adjudication adjudication) {
        return Language.of(spec).text("workflow.pair.header", input.scenario.getFileName(), adjudication.rules().name());
    }
}
