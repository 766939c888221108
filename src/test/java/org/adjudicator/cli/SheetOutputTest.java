package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.adjudicator.Cli;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables out as sheets: run, rank and simulate with --format xlsx or csv. */
class SheetOutputTest {
    static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";
    static final String FINAL_GROUP = "scenarios/copa-peru-2017/final-group.yaml";

    @TempDir
    Path dir;

    @Test
    void runWritesASheetPerStageTheDecisionsWhatEachStageWaitsForAndTheMatches() throws Exception {
        Path xlsx = dir.resolve("tables.xlsx");
        Cli.Result result = Cli.run("run", NATIONAL, "--format", "xlsx", "--out", xlsx.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Written to " + xlsx + ": 8 sheet(s): General table, Repechage, Round of 16, "
                + "Quarter-finals, Final group, Decisions, Waiting, Matches.\n");
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> table = workbook.findSheet("General table").orElseThrow().read();
            assertThat(table.get(0).getCellText(0)).isEqualTo("Pos");
            assertThat(table.get(0).getCellText(9)).isEqualTo("Pts");
            assertThat(table.get(1).getCellText(1)).isEqualTo("Atlético Grau");
            // Numbers as numbers, not text.
            assertThat(table.get(1).getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(table.get(1).getCell(9).getType()).isEqualTo(CellType.NUMBER);
            assertThat(table.get(1).getCellAsNumber(9).orElseThrow().intValue()).isEqualTo(15);
            assertThat(table.get(1).getCellText(14)).isEqualTo("round of 16");
            assertThat(table.get(1).getCellText(15)).isEqualTo("Goal difference");
            List<Row> ties = workbook.findSheet("Repechage").orElseThrow().read();
            assertThat(ties.get(6).getCellText(0)).isEqualTo("Tie R6");
            // Since the 2017 rules gave a level tie to the better placed (no extra time, no penalties), R6's second
            // leg is 1-1, not 1-0 and a shoot-out; the level tie of this stage is Q1, decided by the general table.
            assertThat(ties.get(6).getCellText(4)).isEqualTo("Deportivo Maldonado 1-1 ADT (repechage, leg 2)");
            assertThat(ties.get(6).getCellText(5)).isEqualTo("ADT");
            assertThat(ties.get(6).getCellText(6)).isEqualTo("Aggregate score");
            assertThat(ties.get(6).getCellText(7)).isEqualTo("2-1");
            List<Row> quarterFinals = workbook.findSheet("Quarter-finals").orElseThrow().read();
            assertThat(quarterFinals.get(1).getCellText(0)).isEqualTo("Tie Q1");
            assertThat(quarterFinals.get(1).getCellText(4)).isEqualTo("Atlético Grau 4-0 José María Arguedas (quarter-finals, leg 2)");
            assertThat(quarterFinals.get(1).getCellText(5)).isEqualTo("Atlético Grau");
            assertThat(quarterFinals.get(1).getCellText(6)).isEqualTo("Better position in the general table");
            assertThat(quarterFinals.get(1).getCellText(7)).isEqualTo("1-12");
            List<Row> decisions = workbook.findSheet("Decisions").orElseThrow().read();
            assertThat(decisions).anyMatch(r -> r.getCellText(2).startsWith("José Carlos Mariátegui ranks above Estudiantil CNI")
                    && r.getCellText(3).equals("Number of goals scored") && r.getCellText(4).equals("Goals scored")
                    && r.getCellText(5).equals("rules/copa-peru-2017/criteria.drl"));
            assertThat(decisions).anyMatch(r -> r.getCellText(1).equals("Binacional") && r.getCellText(3).equals("2018 Torneo Descentralizado"));
            assertThat(workbook.findSheet("Waiting").orElseThrow().read().get(1).getCellText(1)).isEqualTo("complete");
        }
        // The headings are frozen on every sheet.
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (int i = 1; i <= 8; i++) {
                String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + i + ".xml")).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(sheet).as("sheet " + i).contains("state=\"frozen\"").contains("ySplit=\"1\"");
            }
        }
        Path again = dir.resolve("again.xlsx");
        Cli.run("run", NATIONAL, "--format", "xlsx", "--out", again.toString());
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(xlsx));
    }

    @Test
    void aTableWaitingForMatchesSaysSoInTheWaitingSheet() throws Exception {
        Cli.Result result = Cli.run("run", "scenarios/copa-peru-2017/general-table-after-round-4.yaml", "--format", "csv", "--sheet", "waiting");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Stage,Status,Waits for\n").contains("\nGeneral table,waits,");
    }

    @Test
    void rankWritesTheTableAndItsDecisions() {
        Cli.Result table = Cli.run("rank", FINAL_GROUP, "--format", "csv");
        Cli.Result decisions = Cli.run("rank", FINAL_GROUP, "--format", "csv", "--sheet", "decisions", "--headings", "es");

        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).isEqualTo("""
                Pos,Team,P,W,D,L,GF,GA,GD,Pts,Decided by
                1,Binacional,3,2,1,0,6,1,5,7,Goal difference
                2,Atlético Grau,3,2,1,0,5,2,3,7,Goal difference
                3,Estudiantil CNI,3,1,0,2,2,5,-3,3,Number of points
                4,José Carlos Mariátegui,3,0,0,3,4,9,-5,0,Number of points
                """);
        assertThat(decisions.out()).startsWith("Etapa,Sobre,Decisión,Definido por,Regla,Archivo\n")
                .contains(",Final group: Binacional / Atlético Grau,\"Binacional ranks above Atlético Grau");
    }

    /** Without --headings, the sheets' headings follow the language of the texts (--lang). */
    @Test
    void theHeadingsFollowTheLanguageUnlessChosen() {
        Cli.Result spanish = Cli.run("rank", FINAL_GROUP, "--format", "csv", "--sheet", "decisions", "--lang", "es");
        Cli.Result chosen = Cli.run("rank", FINAL_GROUP, "--format", "csv", "--sheet", "decisions", "--lang", "es", "--headings", "en");

        assertThat(spanish.exit()).as(spanish.err()).isZero();
        assertThat(spanish.out()).startsWith("Etapa,Sobre,Decisión,Definido por,Regla,Archivo\n");
        assertThat(chosen.out()).startsWith("Stage,");
    }

    @Test
    void simulateWritesItsProbabilitiesAsNumbers() throws Exception {
        Path xlsx = dir.resolve("sim.xlsx");
        Cli.Result result = Cli.run("simulate", "scenarios/copa-peru-2017/general-table-after-round-4.yaml", "--runs", "10", "--seed", "1",
                "--format", "xlsx", "--out", xlsx.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("team");
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("(undecided)");
        }
    }

    @Test
    void mistakesAreOneLine() {
        Cli.Result noSheet = Cli.run("run", NATIONAL, "--format", "csv");
        Cli.Result noOut = Cli.run("run", NATIONAL, "--format", "xlsx");
        Cli.Result wrongExtension = Cli.run("run", NATIONAL, "--format", "xlsx", "--out", dir.resolve("t.csv").toString());
        Cli.Result unknown = Cli.run("run", NATIONAL, "--format", "csv", "--sheet", "Final grup");
        Cli.Result overInput = Cli.run("run", NATIONAL, "--format", "csv", "--sheet", "matches", "--out", NATIONAL);

        assertThat(List.of(noSheet, noOut, wrongExtension, unknown, overInput)).allSatisfy(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().lines()).hasSize(1);
        });
        assertThat(noSheet.err()).contains("a CSV file holds one sheet: name it with --sheet");
        assertThat(noOut.err()).contains("an XLSX workbook is written to a file: add --out FILE.xlsx");
        assertThat(wrongExtension.err()).contains("name the file .xlsx for --format xlsx");
        assertThat(unknown.err()).contains("\"Final grup\": no such sheet; did you mean \"Final group\"?");
        assertThat(overInput.err()).contains("refusing to overwrite an input file");
    }
}
