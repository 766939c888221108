package org.adjudicator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.adjudicator.SafeFiles;
import org.adjudicator.UserError;
import org.adjudicator.scenario.Suggest;
import org.adjudicator.sheet.MatchSheet;
import org.adjudicator.sheet.Sheet;
import org.adjudicator.sheet.SheetFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of a command that writes sheets ({@code --format xlsx|csv}): the file, the one
 * sheet a CSV file holds, and the language of the headings. An XLSX workbook holds every sheet;
 * a CSV file holds one, chosen with {@code --sheet}.
 */
final class SheetOutput {
    @Option(names = "--out", paramLabel = "FILE",
            description = "With --format xlsx (required) or csv: the file to write, whole or not at all; never an input. "
                    + "Without it, csv is printed.")
    Path out;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "The one sheet to write (required with --format csv), by its name in the workbook: a stage's, "
                    + "\"Decisions\", \"Waiting\", \"Matches\" (case aside; \"Partidos\" too). The matches sheet is the one import reads back.")
    String sheet;

    @Option(names = "--headings", paramLabel = "LANG",
            description = "The language of the sheets' headings: en or es (Etapa, Fecha, Local, Visitante, Resultado...); "
                    + "default: the language of the texts (--lang, else the environment's locale).")
    String headings;

    /** The sheets every workbook has, by their names in either language: --sheet finds them whatever the headings. */
    private static final List<List<String>> BOTH_LANGUAGES = List.of(
            List.of(MatchSheet.name("en").toLowerCase(Locale.ROOT), MatchSheet.name("es").toLowerCase(Locale.ROOT)),
            List.of("decisions", "decisiones"), List.of("waiting", "pendiente"));

    /** "es" or "en" (--headings, else the command's language); any other is a mistake. */
    String language(CommandSpec spec) {
        if (headings == null) return Language.of(spec).spanish() ? "es" : "en";
        String l = headings.toLowerCase(Locale.ROOT);
        if (!l.equals("es") && !l.equals("en")) throw UserError.at(null, "--headings", "error.sheet.headingsLanguage", headings);
        return l;
    }

    /** Refuses, before any work, an --out that is an input, or whose extension is not the format's. */
    void check(CommandSpec spec, boolean xlsx, String defaultSheet, Path... inputs) {
        language(spec);
        if (out == null) {
            if (xlsx) throw UserError.at(null, "--out", "error.sheet.xlsxNeedsOut");
        } else {
            SafeFiles.checkTarget(out, inputs);
            SheetFiles.Kind kind = SheetFiles.kind(out, "--out");
            if ((kind == SheetFiles.Kind.XLSX) != xlsx) {
                throw UserError.at(out.toString(), "--out", "error.sheet.outExtension", xlsx ? "xlsx" : "csv");
            }
        }
        if (sheet == null && !xlsx && defaultSheet == null) {
            throw UserError.at(null, "--sheet", "error.sheet.csvOneSheet");
        }
    }

    /** Writes the workbook, or the one sheet chosen as CSV (printed when there is no --out). */
    void write(CommandSpec spec, List<Sheet> sheets, boolean xlsx, String defaultSheet, Path... inputs) {
        if (xlsx) {
            List<Sheet> written = sheet == null ? sheets : List.of(chosen(sheets, sheet));
            SafeFiles.write(out, SheetFiles.xlsx(written), inputs);
            Output.whole(spec, print -> print.println("Written to " + out + ": " + written.size() + " sheet(s): "
                    + String.join(", ", written.stream().map(Sheet::name).toList()) + "."));
            return;
        }
        Sheet chosen = chosen(sheets, sheet != null ? sheet : defaultSheet);
        String csv = SheetFiles.csv(chosen);
        if (out == null) Output.whole(spec, print -> print.print(csv));
        else {
            SafeFiles.write(out, csv, inputs);
            Output.whole(spec, print -> print.println("Written to " + out + ": the sheet \"" + chosen.name() + "\", " + chosen.rows().size() + " row(s)."));
        }
    }

    /** The sheet --sheet names (case aside; "matches" or "partidos" is the matches sheet in either language). */
    private static Sheet chosen(List<Sheet> sheets, String wanted) {
        Sheet chosen = sheets.stream().filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst().orElse(null);
        for (List<String> names : BOTH_LANGUAGES) {
            if (chosen == null && names.contains(wanted.toLowerCase(Locale.ROOT))) {
                chosen = sheets.stream().filter(s -> names.contains(s.name().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
            }
        }
        if (chosen == null) {
            List<String> names = sheets.stream().map(Sheet::name).toList();
            throw UserError.at(null, "--sheet", "error.sheet.noSuchSheet", wanted, Suggest.phrase(wanted, names), String.join(", ", names));
        }
        return chosen;
    }
}
