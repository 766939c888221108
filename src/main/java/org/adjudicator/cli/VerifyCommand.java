package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.adjudicator.UserError;
import org.adjudicator.report.Messages;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Check every scenario found against its expect block (positions, zones, champion, promotions, tie "
                + "winners, the criterion that decides a pair, fixture violations): one line each, PASS or FAIL with "
                + "the differences. A scenario without expectations is listed as SKIP.",
            "",
            "Exit 0 when all pass, 1 when any fails or cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  verify                 (every scenario under scenarios/)", "  verify scenarios/copa-peru-2017/final-group.yaml"})
public class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario files or folders (searched for .yaml, .yml and .json); default: scenarios")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "SET", description = "Apply this regulation set instead of each scenario's.")
    String rules;

    @Spec
    CommandSpec spec;

    @Inject
    Scenarios scenarios;

    @Inject
    Verifier verifier;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths.isEmpty() ? List.of(Path.of("scenarios")) : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw UserError.at(path.toString(), null, "error.verify.noSuchPath");
            }
        }
        if (files.isEmpty()) throw UserError.said("error.verify.noScenario", paths);
        Messages m = Language.of(spec);
        List<String> lines = new ArrayList<>();
        int failed = 0;
        int skipped = 0;
        for (Path file : files) {
            try {
                Tournament tournament = scenarios.read(file);
                if (tournament.expect() == null) {
                    lines.add(m.text("workflow.verify.skip", file));
                    skipped++;
                    continue;
                }
                Verifier.Verdict verdict = verifier.verify(tournament, rules, m);
                if (verdict.passed()) {
                    lines.add(m.text("workflow.verify.pass", file, verdict.checked()));
                } else {
                    failed++;
                    lines.add(m.text("workflow.verify.fail", file, String.join("; ", verdict.differences())));
                }
            } catch (UserError e) {
                failed++;
                lines.add(m.text("workflow.verify.cannot", file, e.oneLine(m)));
            }
        }
        lines.add(m.text("workflow.verify.summary", files.size() - failed - skipped, failed, skipped));
        Output.lines(spec, lines);
        return failed == 0 ? 0 : 1;
    }
}
