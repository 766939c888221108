package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.sheet.ReadSheet;
import org.adjudicator.sheet.SheetFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet written out and read back in holds every match it held: every shipped scenario's matches
 * through XLSX (Spanish headings) and CSV (English), and a workbook opened by a real spreadsheet
 * program (LibreOffice, headless) reads back as the tool wrote it.
 */
class SheetRoundTripTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyShippedScenariosMatchesSurviveXlsxAndCsv() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            scenarios = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return scenarios.stream().filter(s -> !ImportCommandTest.matches(s).isEmpty()).flatMap(scenario -> Stream.of("xlsx", "csv")
                .map(format -> DynamicTest.dynamicTest(scenario + " through " + format, () -> {
                    String name = scenario.toString().replaceAll("[/\\\\]", "_");
                    Path sheet = dir.resolve(name + "." + format);
                    Cli.Result out = Cli.run("run", scenario.toString(), "--format", format, "--sheet", "matches",
                            "--headings", format.equals("xlsx") ? "es" : "en", "--out", sheet.toString());
                    assertThat(out.exit()).as(out.err()).isZero();
                    Path back = dir.resolve(name + "." + format + ".yaml");
                    Cli.Result in = Cli.run("import", sheet.toString(), "--teams", scenario.toString(), "--out", back.toString());
                    assertThat(in.exit()).as(in.err()).isZero();
                    assertThat(ImportCommandTest.matches(back)).isEqualTo(ImportCommandTest.matches(scenario));
                })));
    }

    @Test
    void aWorkbookOpenedByLibreOfficeReadsBackAsWritten() throws Exception {
        String soffice = Stream.of("soffice", "libreoffice").filter(SheetRoundTripTest::onPath).findFirst().orElse(null);
        if (soffice == null) System.out.println("SheetRoundTripTest: skipped: no soffice on the PATH (.ci/run installs libreoffice-calc)");
        Assumptions.assumeTrue(soffice != null, "no soffice on the PATH (.ci/run installs libreoffice-calc)");
        Path workbook = dir.resolve("tables.xlsx");
        Cli.Result run = Cli.run("run", ImportCommandTest.NATIONAL, "--format", "xlsx", "--headings", "es", "--out", workbook.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        // Every sheet to its own CSV file (the last filter option, -1), UTF-8 (76), comma-separated (44), quoted by '"' (34).
        Path converted = Files.createDirectories(dir.resolve("converted"));
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", converted.toString(), workbook.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
        assertThat(p.exitValue()).as(log).isZero();

        List<ReadSheet> written = SheetFiles.read(workbook);
        assertThat(written).hasSize(8);
        for (ReadSheet sheet : written) {
            Path csv = converted.resolve("tables-" + sheet.name() + ".csv");
            assertThat(csv).as(log).exists();
            List<List<String>> opened = cells(SheetFiles.read(csv).get(0));
            assertThat(opened).as(sheet.name()).isEqualTo(cells(sheet));
        }
        // And the matches LibreOffice wrote import as the scenario's.
        Path back = dir.resolve("back.yaml");
        Cli.Result in = Cli.run("import", converted.resolve("tables-Partidos.csv").toString(), "--teams", ImportCommandTest.TEAMS,
                "--out", back.toString());
        assertThat(in.exit()).as(in.err()).isZero();
        assertThat(ImportCommandTest.matches(back)).isEqualTo(ImportCommandTest.matches(Path.of(ImportCommandTest.NATIONAL)));
    }

    private static List<List<String>> cells(ReadSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (ReadSheet.Row row : sheet.rows()) {
            List<String> cells = new ArrayList<>(row.cells());
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            rows.add(cells);
        }
        return rows;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
