package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.List;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.report.WorkbookReport;
import org.adjudicator.sheet.Sheet;
import org.adjudicator.report.JsonReport;
import org.adjudicator.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rank", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Rank the teams of a scenario by its regulation set, and explain every tie-break.",
            "",
            "Prints the table (Pos, Team, P, W, D, L, GF, GA, GD, Pts, a column for each further criterion that "
                + "was needed, and what decided each position), then, for every two neighbours that the first "
                + "criterion left level, the criterion that separated them, both values and the rule (file and line).",
            "",
            "Teams that no criterion separates share a position (shown as 3=) and the output says why: a drawing "
                + "of lots is used only when the scenario records its result (lots:), and a criterion that needs "
                + "data the scenario lacks (a half-time score) names the match. The tool never invents an order."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  rank scenarios/copa-peru-2017/final-group.yaml",
            "  rank scenarios/copa-peru-2017/final-group.yaml --format json",
            "  rank my-table.yaml --rules rules/my-proposal --trace",
            "  rank scenarios/copa-peru-2017/final-group.yaml --format xlsx --out final-group.xlsx"})
public class RankCommand implements Callable<Integer> {
    enum Format { text, json, xlsx, csv }

    @Mixin
    ScenarioCommand input;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json (one document with ranking, decisions and pairs), xlsx (the table and its "
                    + "decisions, with --out) or csv (the table, or --sheet Decisions).")
    Format format;

    @Mixin
    SheetOutput sheets;

    @Mixin
    TableChoice choice;

    @Option(names = "--trace", description = "Also print every rule firing, with the rule's file and line and what it matched.")
    boolean trace;

    @Spec
    CommandSpec spec;

    @Inject
    TextReport text;

    @Inject
    JsonReport json;

    @Override
    public Integer call() {
        boolean sheet = format == Format.xlsx || format == Format.csv;
        if (sheet) sheets.check(spec, format == Format.xlsx, "table", input.scenario);
        else if (sheets.out != null || sheets.sheet != null) {
            throw UserError.at(null, sheets.out != null ? "--out" : "--sheet", "error.option.sheetOnly");
        }
        Adjudication adjudication = input.adjudicate(input.read(), trace);
        if (sheet) {
            Ranking table = choice.select(adjudication);
            List<Sheet> workbook = WorkbookReport.rank(adjudication, table, sheets.language(spec));
            sheets.write(spec, workbook, format == Format.xlsx, sheets.sheet == null ? table.name() : null, input.scenario);
            return 0;
        }
        Output.whole(spec, out -> {
            if (format == Format.json) json.rank(adjudication, choice.select(adjudication), out);
            else text.rank(adjudication, choice.select(adjudication), Language.of(spec), out);
        });
        return 0;
    }
}
