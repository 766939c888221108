package org.adjudicator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.SafeFiles;
import org.adjudicator.UserError;
import org.adjudicator.report.Messages;
import org.adjudicator.engine.Declarations;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.KnockoutRound;
import org.adjudicator.facts.Setting;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.sheet.MatchColumns;
import org.adjudicator.sheet.MatchImport;
import org.adjudicator.sheet.ReadSheet;
import org.adjudicator.sheet.ScenarioText;
import org.adjudicator.sheet.SheetFiles;
import org.adjudicator.sheet.StageNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {
            "Read a league's sheet of matches (.xlsx or .csv) into a new scenario, with the teams and rules of a teams file.",
            "",
            "One row a match; the columns are found by their headings, in Spanish or English: Etapa/Stage, Grupo/Group, "
                + "Fecha/Round (\"Fecha 3\" or 3), Día/Date, Llave/Tie, Partido/Leg (Ida, Vuelta, 1, 2), Local/Home, "
                + "Visitante/Away, Resultado/Score (or Goles local and Goles visitante), Medio tiempo/Half-time, "
                + "Tiempo extra/Extra time, Penales/Penalties, Adjudicado/Awarded, Observación/Note. A heading row may have "
                + "rows above it; other columns are named and left out. In a workbook, every sheet with Local and "
                + "Visitante headings is read.",
            "",
            "Stage names as a league writes them (Primera fase, Repechaje, Octavos de final, Cuartos de final, "
                + "Finalísima, or in English) are read as the set's stages. An empty score is a match not played yet. "
                + "A walkover (\"3-0 W.O.\", \"W.O.\", \"no se presentó\") is an awarded match, the note its reason.",
            "",
            "Every row that cannot be read is reported, all at once, with the file, sheet, row and column, and "
                + "nothing is written (exit 2). The sheet and the teams file are never written to; an existing --out "
                + "is replaced only with --force."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  import scenarios/copa-peru-2017/national-stage-results.xlsx --teams scenarios/copa-peru-2017/teams.yaml --out season.yaml",
            "  import resultados.csv --teams teams.yaml --columns \"Equipo local=home\" --columns \"Equipo visitante=away\" --out season.yaml",
            "",
            "--columns fields: stage, group, round, date, tie, leg, home, away, score, homeGoals, awayGoals, halfTime, extraTime, "
                + "penalties, awarded, note."})
public class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SHEET", description = "The sheet of matches: .xlsx, or .csv (comma, semicolon or tab separated).")
    Path sheet;

    @Option(names = "--teams", required = true, paramLabel = "TEAMS",
            description = "A scenario whose teams (and rules) the new one takes, such as scenarios/copa-peru-2017/teams.yaml; its matches are not copied.")
    Path teams;

    @Option(names = "--rules", paramLabel = "SET",
            description = "The regulation set (a name under rules/ or a folder); by default the teams file's.")
    String rules;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The new scenario: .yaml or .yml for YAML, .json for JSON.")
    Path out;

    @Option(names = "--force", description = "Replace --out if it exists (never the sheet or the teams file).")
    boolean force;

    @Option(names = "--columns", paramLabel = "HEADING=FIELD", split = ",",
            description = "A heading of the sheet and the field it holds, e.g. \"Equipo local=home\". Repeatable.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--name", paramLabel = "TEXT", description = "The new scenario's name (default: the teams file's).")
    String name;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Inject
    Scenarios scenarios;

    @Inject
    RulesLoader loader;

    @Inject
    ScenarioReader reader;

    @Override
    public Integer call() throws IOException {
        Map<String, MatchColumns> mapped = mapping();
        SafeFiles.checkTarget(out, sheet, teams);
        boolean json = ScenarioOutput.isJson(out);
        if (!force && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.at(out.toString(), "--out", "error.file.exists");
        }
        SheetFiles.kind(sheet, null);
        Tournament teamsFile = scenarios.read(teams);
        RuleSet ruleSet = scenarios.ruleSet(teamsFile, rules);
        StageNames stages = new StageNames(ruleSet.name(), matchStages(ruleSet, teamsFile));
        List<ReadSheet> read = SheetFiles.read(sheet);

        MatchImport.Result result = new MatchImport(sheet.toString(), teamsFile.teamNames(), stages, mapped).read(read);
        if (!result.problems().isEmpty()) return refuse(result.problems());

        ObjectNode tree = ScenarioOutput.readTree(teams);
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", name != null ? name : tree.path("name").asText(""));
        scenario.put("rules", ScenarioOutput.rulesReference(rules != null ? "" : tree.path("rules").asText(""), ruleSet.folder(), out, loader));
        ObjectMapper plain = new ObjectMapper();
        for (String field : List.of("teams", "lots", "sanctions", "withdrawals")) {
            if (tree.hasNonNull(field)) scenario.put(field, plain.convertValue(tree.get(field), Object.class));
        }
        List<Map<String, Object>> matches = result.matches().stream().map(MatchImport.Imported::fields).toList();
        scenario.put("matches", matches);
        List<String> origins = result.matches().stream().map(m -> sheet.getFileName() + ":" + m.place()).toList();
        Messages words = Language.of(spec);
        String text = json ? plain.writerWithDefaultPrettyPrinter().writeValueAsString(scenario) + "\n"
                : ScenarioText.of(header(result, ruleSet, words), scenario, origins);

        // Read back as the tool reads a scenario before it is written; what the checker refuses is the row's problem.
        try {
            reader.read(out, text);
        } catch (UserError e) {
            return refuse(List.of(rowProblem(e, result)));
        }
        if (force) SafeFiles.write(out, text, sheet, teams);
        else writeNew(text);

        long played = matches.stream().filter(m -> m.containsKey("score")).count();
        long awarded = matches.stream().filter(m -> m.containsKey("awarded")).count();
        long notPlayed = matches.stream().filter(m -> !m.containsKey("score") && !m.containsKey("awarded")).count();
        Output.whole(spec, print -> {
            print.println(words.text("workflow.import.read", matches.size(), sheet, sheetsRead(result, words), played, awarded, notPlayed));
            for (String note : result.notes(words)) print.println("  " + note);
            print.println(words.text("workflow.import.written", out, ruleSet.name()));
        });
        return 0;
    }

    /** --columns as heading to column; a field that is none is a command-line mistake. */
    private Map<String, MatchColumns> mapping() {
        Map<String, MatchColumns> mapped = new LinkedHashMap<>();
        for (String entry : columns) {
            int eq = entry.lastIndexOf('=');
            MatchColumns column = eq < 0 ? null : MatchColumns.field(entry.substring(eq + 1));
            if (eq <= 0 || column == null) {
                throw UserError.at(null, "--columns", "error.import.columns", entry, String.join(", ", MatchColumns.fields()),
                        org.adjudicator.scenario.Suggest.phrase(eq < 0 ? entry : entry.substring(eq + 1), MatchColumns.fields()));
            }
            mapped.put(entry.substring(0, eq).strip(), column);
        }
        return mapped;
    }

    /** The stages a match of this set may belong to: the stages of its order, its knockout rounds, its fixture stage, the teams file's matches' stages. */
    static List<String> matchStages(RuleSet ruleSet, Tournament teamsFile) {
        Set<String> stages = new LinkedHashSet<>();
        Declarations declarations = Declarations.read(ruleSet);
        if (declarations != null) {
            for (Setting s : declarations.settings()) {
                if (s.getName().equals("fixture stage") && s.getText() != null) stages.add(s.getText());
            }
            stages.addAll(declarations.stageNames());
            for (KnockoutRound r : declarations.rounds()) stages.add(r.stage());
        }
        teamsFile.matches().stream().map(m -> m.getStage()).filter(s -> !s.isEmpty()).forEach(stages::add);
        return List.copyOf(stages);
    }

    /** Every problem on standard error, one line each; nothing written; exit 2. */
    private int refuse(List<UserError> problems) {
        StringBuilder lines = new StringBuilder();
        Messages words = Language.of(spec);
        for (UserError problem : problems) lines.append(problem.oneLine(words)).append('\n');
        lines.append(problems.size() > 1 ? words.text("error.import.problems", problems.size()) : words.text("error.import.nothingWritten")).append('\n');
        spec.commandLine().getErr().print(lines);
        spec.commandLine().getErr().flush();
        return Main.BAD_INPUT;
    }

    private static final Pattern MATCH_FIELD = Pattern.compile("matches\\[(\\d+)]\\.?(\\w*)");

    /** A problem the scenario checker found in the text made from the sheet, said at the sheet's row and column. */
    private UserError rowProblem(UserError e, MatchImport.Result result) {
        Matcher m = MATCH_FIELD.matcher(e.place() == null ? "" : e.place());
        if (!m.find() || Integer.parseInt(m.group(1)) >= result.matches().size()) {
            return e.at(sheet.toString(), null);
        }
        MatchImport.Imported match = result.matches().get(Integer.parseInt(m.group(1)));
        MatchColumns column = m.group(2).isEmpty() ? null : MatchColumns.field(m.group(2));
        return e.at(sheet.toString(), match.place() + (column == null ? "" : ": " + column.heading("es") + "/" + column.heading("en")));
    }

    /** The comment at the top of the written scenario, in the run's language. */
    private List<String> header(MatchImport.Result result, RuleSet ruleSet, Messages words) {
        List<String> header = new ArrayList<>();
        header.add(words.text("workflow.import.header", sheet.getFileName(), sheetsRead(result, words), teams.getFileName(), ruleSet.name()));
        header.add(words.text("workflow.import.headerEdit"));
        return header;
    }

    private static String sheetsRead(MatchImport.Result result, Messages words) {
        List<String> named = result.sheetsRead().stream().filter(s -> !s.isEmpty()).toList();
        if (named.isEmpty()) return "";
        return words.text("workflow.import.sheets", named.size(), String.join(", ", named.stream().map(s -> "\"" + s + "\"").toList()));
    }

    /** Writes a new file: one that appeared meanwhile is not replaced. */
    private void writeNew(String text) {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw UserError.at(out.toString(), "--out", "error.file.exists");
        }
        SafeFiles.write(out, text, sheet, teams);
    }
}
