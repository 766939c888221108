package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.adjudicator.UserError;
import org.adjudicator.clinch.Clinch;
import org.adjudicator.clinch.TableStatus;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.report.HtmlReport;
import org.adjudicator.report.RunJson;
import org.adjudicator.report.RunReport;
import org.adjudicator.report.StatusReport;
import org.adjudicator.report.WorkbookReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Adjudicate every stage of the competition present in the scenario, in the regulation's order: the "
                + "fixture check, the general table with its zones, the knockout pairings and ties, the final "
                + "group and promotion, each decision with the rule that made it.",
            "",
            "Matches without a score are allowed: each stage says whether it is complete or what it waits for, "
                + "and a stage whose entrants are not yet known says so."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  run scenarios/copa-peru-2017/national-stage.yaml",
            "  run scenarios/copa-peru-2017/national-stage.yaml --format markdown > report.md",
            "  run scenarios/copa-peru-2017/national-stage.yaml --format html > report.html",
            "  run scenarios/copa-peru-2017/national-stage.yaml --format xlsx --out tables.xlsx",
            "  run scenarios/copa-peru-2017/national-stage.yaml --format csv --sheet Matches --headings es --out partidos.csv"})
public class RunCommand implements Callable<Integer> {
    enum Format { text, json, markdown, html, xlsx, csv }

    @Mixin
    ScenarioCommand input;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json (stages, rankings, ties, promotions), markdown (a report to publish), html "
                    + "(one self-contained page to publish: no external reference, a print stylesheet), xlsx (a workbook: a sheet per "
                    + "stage, the decisions, what each stage waits for, the matches; with --out) or csv (one of those sheets, "
                    + "chosen with --sheet; --sheet Matches is the sheet import reads back).")
    Format format;

    @Mixin
    SheetOutput sheets;

    @Option(names = "--status", negatable = true,
            description = "The clinched / eliminated / open status of each team and zone of every table with matches left. "
                + "By default only for tables with at most " + AUTO_STATUS + " matches left: with more it takes seconds "
                + "(the 2017 general table with 50 left: about 2-5 s), so it is asked for with --status.")
    Boolean status;

    /** The most matches left for which `run` works out the status unasked. */
    static final int AUTO_STATUS = 16;

    @Option(names = "--solver-budget", defaultValue = "2000", paramLabel = "MILLIS",
            description = "The most time one solver question may take (default 2000 ms); past it the status is \"open (not proven)\".")
    long budget;

    @Spec
    CommandSpec spec;

    @Inject
    RunReport report;

    @Inject
    RunJson json;

    @Inject
    HtmlReport html;

    @Inject
    Clinch clinch;

    @Override
    public Integer call() {
        boolean sheet = format == Format.xlsx || format == Format.csv;
        if (sheet) sheets.check(spec, format == Format.xlsx, null, input.scenario);
        else if (sheets.out != null || sheets.sheet != null) {
            throw UserError.at(null, sheets.out != null ? "--out" : "--sheet", "error.option.sheetOnly");
        }
        Adjudication adjudication = input.adjudicate(input.read());
        if (sheet) {
            sheets.write(spec, WorkbookReport.run(adjudication, sheets.language(spec)), format == Format.xlsx, null, input.scenario);
            return 0;
        }
        if (budget < 1) throw UserError.at(null, "--solver-budget", "error.option.budget");
        List<TableStatus> statuses = Clinch.openTables(adjudication).stream()
                .filter(t -> status != null ? status : Clinch.remaining(adjudication.tournament(), t).size() <= AUTO_STATUS)
                .map(t -> clinch.analyse(adjudication, t, budget)).toList();
        Output.whole(spec, out -> {
            switch (format) {
                case json -> json.write(adjudication, statuses.isEmpty() ? Map.of() : Map.of("status", StatusReport.json(statuses)), out);
                case markdown -> {
                    report.markdown(adjudication, Language.of(spec), out);
                    StatusReport.markdown(adjudication, statuses, Language.of(spec), out);
                }
                case html -> html.document(adjudication, StatusReport.html(adjudication, statuses, Language.of(spec)), Language.of(spec), out);
                default -> {
                    report.text(adjudication, Language.of(spec), out);
                    StatusReport.text(adjudication, statuses, Language.of(spec), out);
                }
            }
        });
        return 0;
    }
}
