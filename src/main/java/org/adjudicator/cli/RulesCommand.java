package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.adjudicator.UserError;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.regulation.NewSet;
import org.adjudicator.regulation.Regulation;
import org.adjudicator.regulation.RegulationDiff;
import org.adjudicator.regulation.RegulationReport;
import org.adjudicator.regulation.WordingCheck;
import org.adjudicator.report.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Commands that read, compare, check and start a regulation set, without a scenario. */
@Command(name = "rules", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Read, compare, check or start a regulation set (a rules folder), without a scenario.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  rules describe copa-peru-2017 --format markdown > regulation.md",
            "  rules diff copa-peru-2017 copa-peru-2017-proposal",
            "  rules check copa-peru-2017",
            "  rules new copa-peru-2025 --from copa-peru-2017"})
public class RulesCommand implements Callable<Integer> {
    enum Format { text, markdown, json }

    @Spec
    CommandSpec spec;

    @Inject
    RulesLoader loader;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a command: describe, diff, check or new");
    }

    @Command(name = "describe", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "The regulation as an official reads it, from the set and the sets it builds on: the stages in order "
                + "and their rules, each table's criteria in order (number and wording), the zones, the knockout rounds (size, "
                + "entrants, pairing, tie criteria), the settings.",
            footerHeading = "%nExample:%n", footer = "  rules describe copa-peru-2017 --format markdown > regulation.md")
    int describe(@Parameters(paramLabel = "SET", description = "A regulation set: a name under rules/ or a path to a folder.") String set,
                 @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                         description = "text (default), markdown (a page to publish) or json.") Format format,
                 @Option(names = "--debug", description = "On an error, also print the stack trace.") boolean debug) {
        Regulation regulation = regulation(loader.load(loader.locateFromCommandLine(set)));
        Messages m = Language.of(spec);
        Output.whole(spec, out -> {
            switch (format) {
                case markdown -> RegulationReport.markdown(regulation, m, out);
                case json -> RegulationReport.json(regulation, out);
                default -> RegulationReport.text(regulation, m, out);
            }
        });
        return 0;
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "What differs between two regulation sets: the sets built on, stages, criteria added, removed or moved, "
                + "zones, rounds and settings changed, rules added, replaced or removed (file and line on both sides). "
                + "'impact' says what the difference does to a scenario's results.",
            footerHeading = "%nExample:%n", footer = "  rules diff copa-peru-2017 copa-peru-2017-proposal")
    int diff(@Parameters(index = "0", paramLabel = "A", description = "The set compared from.") String a,
             @Parameters(index = "1", paramLabel = "B", description = "The set compared to.") String b,
             @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                     description = "text (default), markdown or json.") Format format,
             @Option(names = "--debug", description = "On an error, also print the stack trace.") boolean debug) {
        RegulationDiff diff = RegulationDiff.between(regulation(loader.load(loader.locateFromCommandLine(a))),
                regulation(loader.load(loader.locateFromCommandLine(b))), Language.of(spec));
        Output.whole(spec, out -> {
            switch (format) {
                case markdown -> diff.markdown(out);
                case json -> diff.json(out);
                default -> diff.text(out);
            }
        });
        return 0;
    }

    @Command(name = "check", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = {"Compiles the set and the sets it builds on and reports every problem: stages of the order with no rule "
                + "and rules in no stage of the order, zones that overlap or leave a place out, knockout rounds whose entrants do "
                + "not make their size, criteria named in an order of the criteria that no rule applies, criteria with no "
                + "@regulation citation. Every other command makes the same checks when it loads a set, and stops at the first.",
                "", "Exit 0 with a one-line summary, or 2 with one line per problem (file, place, message)."},
            footerHeading = "%nExample:%n", footer = "  rules check copa-peru-2017")
    int check(@Parameters(paramLabel = "SET", description = "A regulation set: a name under rules/ or a path to a folder.") String set,
              @Option(names = "--debug", description = "On an error, also print the stack trace.") boolean debug) {
        RulesLoader.Inspection inspection = loader.inspect(loader.locateFromCommandLine(set));
        if (!inspection.problems().isEmpty()) {
            StringBuilder lines = new StringBuilder();
            for (UserError problem : inspection.problems()) lines.append(problem.oneLine(Language.of(spec))).append('\n');
            spec.commandLine().getErr().print(lines);
            spec.commandLine().getErr().flush();
            return Main.BAD_INPUT;
        }
        Regulation regulation = regulation(inspection.rules());
        Messages m = Language.of(spec);
        // Words given in one language where the base gives both: warnings (the set works; its other language falls back).
        RuleSet rules = inspection.rules();
        RuleSet base = rules.layers().size() < 2 ? null : loader.load(Path.of(rules.layers().get(rules.layers().size() - 2).folder()));
        List<String> warnings = WordingCheck.warnings(rules, base, m);
        if (!warnings.isEmpty()) {
            spec.commandLine().getErr().print(String.join("\n", warnings) + "\n");
            spec.commandLine().getErr().flush();
        }
        Output.whole(spec, out -> out.println(m.text("rules.check.ok", regulation.folder(), String.valueOf(regulation.ruleCount()),
                regulation.ruleCount(), String.valueOf(regulation.stages().size()), regulation.stages().size(),
                String.valueOf(regulation.zones().size()), regulation.zones().size(), String.valueOf(regulation.rounds().size()),
                regulation.rounds().size(), warnings.size(), String.valueOf(warnings.size()))));
        return 0;
    }

    @Command(name = "new", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
            description = "Creates rules/NAME/ (beside the set it builds on): a set.yaml naming that set and a commented "
                + "starting file that shows, with real rules of that set, how to replace a rule and change a setting. "
                + "Until it is edited, the new set decides as its base does.",
            footerHeading = "%nExample:%n", footer = "  rules new copa-peru-2025 --from copa-peru-2017")
    int create(@Parameters(paramLabel = "NAME", description = "The new set's name (its folder's).") String name,
               @Option(names = "--from", required = true, paramLabel = "SET", description = "The set it builds on.") String from,
               @Option(names = "--debug", description = "On an error, also print the stack trace.") boolean debug) {
        RuleSet base = loader.load(loader.locateFromCommandLine(from));
        Path created = NewSet.create(name, base);
        RuleSet made;
        try {
            made = loader.load(created);
        } catch (UserError e) {
            NewSet.remove(created); // what was written must load: a set that does not is a bug, not left behind
            throw new IllegalStateException("the new set does not load: " + e.oneLine(), e);
        }
        Output.whole(spec, out -> out.println(Language.of(spec).text("rules.new.created", made.shownFolder(), base.name(), NewSet.FILE)));
        return 0;
    }

    private static Regulation regulation(RuleSet rules) {
        return Regulation.of(rules);
    }

}
