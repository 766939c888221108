package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.Cli;
import org.adjudicator.facts.Match;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.sheet.Sheet;
import org.adjudicator.sheet.SheetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `import`: a league's sheet of matches (XLSX or CSV, Spanish or English headings) into a new
 * scenario; every row that cannot be read reported with its sheet, row and column, all at once,
 * exit 2 and nothing written.
 */
class ImportCommandTest {
    static final String TEAMS = "scenarios/copa-peru-2017/teams.yaml";
    static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";
    static final String SHIPPED = "scenarios/copa-peru-2017/national-stage-results.xlsx";

    @TempDir
    Path dir;

    @Test
    void theShippedSheetImportsToAScenarioThatAdjudicatesAsTheNationalStage() throws Exception {
        Path imported = dir.resolve("season.yaml");
        Cli.Result result = Cli.run("import", SHIPPED, "--teams", TEAMS, "--out", imported.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Read 196 match(es) from " + SHIPPED + " (sheet \"Partidos\"): 196 played, 0 awarded, 0 not played yet.");
        Cli.Result fromSheet = Cli.run("run", imported.toString(), "--format", "json");
        Cli.Result fromYaml = Cli.run("run", NATIONAL, "--format", "json");
        assertThat(fromSheet.exit()).as(fromSheet.err()).isZero();
        assertThat(fromSheet.out()).isEqualTo(fromYaml.out());
        // Each match says where it came from.
        assertThat(Files.readString(imported)).startsWith("# Imported by `adjudicator import` from national-stage-results.xlsx")
                .contains("  - {stage: final-group, round: 3, date: '2017-12-10', home: Binacional, away: Estudiantil CNI, score: 2-0, "
                        + "halfTime: 1-0}   # national-stage-results.xlsx:Partidos:row 197");
    }

    @Test
    void theShippedSheetIsWhatTheToolWritesFromTheNationalStage() throws Exception {
        Path made = dir.resolve("made.xlsx");
        Cli.Result result = Cli.run("run", NATIONAL, "--format", "xlsx", "--sheet", "Partidos", "--headings", "es", "--out", made.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readAllBytes(made)).isEqualTo(Files.readAllBytes(Path.of(SHIPPED)));
    }

    /** Three final-group matches, written by a league in either language: one played, one a walkover, one not played. */
    static List<List<Object>> finalGroup() {
        return List.of(
                row("Finalísima", "Fecha 1", "Binacional", "José Carlos Mariátegui", "4-1", "1-1", ""),
                row("Finalísima", "Fecha 1", "Atlético Grau", "Estudiantil CNI", "3-0 W.O.", "", "no se presentó Estudiantil CNI"),
                row("Finalísima", "Fecha 2", "Binacional", "Atlético Grau", "", "", ""));
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(List.of(cells));
    }

    static final List<String> SPANISH = List.of("Etapa", "Fecha", "Local", "Visitante", "Resultado", "Medio tiempo", "Observación");
    static final List<String> ENGLISH = List.of("Stage", "Round", "Home", "Away", "Score", "Half-time", "Note");

    @Test
    void csvAndXlsxInSpanishAndEnglishGiveTheSameMatches() throws Exception {
        List<String> written = new ArrayList<>();
        for (List<String> headings : List.of(SPANISH, ENGLISH)) {
            List<List<Object>> rows = new ArrayList<>(finalGroup());
            if (headings == ENGLISH) rows.replaceAll(r -> { List<Object> c = new ArrayList<>(r); c.set(0, "Final group"); c.set(1, "Round " + c.get(1).toString().substring(6)); return c; });
            Sheet sheet = new Sheet("Resultados", headings, rows);
            Path xlsx = dir.resolve(headings.get(0) + ".xlsx");
            Files.write(xlsx, SheetFiles.xlsx(List.of(sheet)));
            // A Spanish-locale program writes a semicolon between fields.
            Path csv = dir.resolve(headings.get(0) + ".csv");
            Files.writeString(csv, SheetFiles.csv(sheet).replace(',', headings == SPANISH ? ';' : ','));
            for (Path file : List.of(xlsx, csv)) {
                Path out = dir.resolve(file.getFileName() + ".yaml");
                Cli.Result result = Cli.run("import", file.toString(), "--teams", TEAMS, "--out", out.toString());
                assertThat(result.exit()).as(file + ": " + result.err()).isZero();
                assertThat(result.out()).contains("3 match(es)").contains("1 played, 1 awarded, 1 not played yet");
                written.add(String.join("\n", matches(out)));
            }
        }
        assertThat(written).hasSize(4).allMatch(w -> w.equals(written.get(0)));
        assertThat(written.get(0)).isEqualTo(String.join("\n",
                "final-group||1||||Binacional|José Carlos Mariátegui|4-1|1-1||||",
                "final-group||1||||Atlético Grau|Estudiantil CNI|||||3-0|no se presentó Estudiantil CNI",
                "final-group||2||||Binacional|Atlético Grau||||||"));
    }

    @Test
    void walkoversAsLeaguesWriteThemAreAwardedMatchesWithTheirReason() throws Exception {
        Sheet sheet = new Sheet("Fecha 1", List.of("Etapa", "Fecha", "Local", "Visitante", "Resultado", "Observación"), List.of(
                row("Finalísima", 1, "Binacional", "José Carlos Mariátegui", "3-0 W.O.", ""),
                row("Finalísima", 1, "Atlético Grau", "Estudiantil CNI", "W.O.", "Estudiantil CNI no se presentó"),
                row("Finalísima", 2, "José Carlos Mariátegui", "Estudiantil CNI", "0-3", "no se presentó"),
                row("Finalísima", 2, "Binacional", "Atlético Grau", "w.o.", "no se presentó el local")));
        Path xlsx = dir.resolve("wo.xlsx");
        Files.write(xlsx, SheetFiles.xlsx(List.of(sheet)));
        Path out = dir.resolve("wo.yaml");

        Cli.Result result = Cli.run("import", xlsx.toString(), "--teams", TEAMS, "--out", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(matches(out)).containsExactly(
                "final-group||1||||Binacional|José Carlos Mariátegui|||||3-0|W.O.",
                "final-group||1||||Atlético Grau|Estudiantil CNI|||||3-0|Estudiantil CNI no se presentó",
                "final-group||2||||José Carlos Mariátegui|Estudiantil CNI|||||0-3|no se presentó",
                "final-group||2||||Binacional|Atlético Grau|||||0-3|no se presentó el local");
        assertThat(result.out()).contains("Fecha 1:row 3: \"W.O.\" with no score: awarded 3-0 to Atlético Grau (this tool's reading");
    }

    @Test
    void headingsThatDifferAreMappedWithColumns() throws Exception {
        Path csv = dir.resolve("mapped.csv");
        Files.writeString(csv, "Equipo A,Equipo B,Goles\nBinacional,Atlético Grau,0-0\n");
        Path out = dir.resolve("mapped.yaml");

        Cli.Result unmapped = Cli.run("import", csv.toString(), "--teams", TEAMS, "--out", out.toString());
        Cli.Result mapped = Cli.run("import", csv.toString(), "--teams", TEAMS, "--out", out.toString(),
                "--columns", "Equipo A=home,Equipo B=away", "--columns", "Goles=score");

        assertThat(unmapped.exit()).isEqualTo(2);
        assertThat(unmapped.err()).contains("no sheet has the headings of a sheet of matches");
        assertThat(mapped.exit()).as(mapped.err()).isZero();
        assertThat(matches(out)).containsExactly("||||||Binacional|Atlético Grau|0-0|||||");
        assertThat(Cli.run("import", csv.toString(), "--teams", TEAMS, "--out", dir.resolve("x.yaml").toString(),
                "--columns", "Equipo A=hom").err()).contains("--columns: \"Equipo A=hom\": write HEADING=FIELD").contains("did you mean \"home\"?");
    }

    @Test
    void anUnknownTeamIsNamedWithSheetRowAndColumnAndTheClosestTeam() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        List<String> teams = teamNames();
        for (int i = 0; i < 13; i++) rows.add(row("Primera fase", "Fecha 3", teams.get(2 * i), teams.get(2 * i + 1), "1-0"));
        rows.get(12).set(3, "Sport Huracan");   // row 14: the heading is row 1
        Path xlsx = dir.resolve("resultados.xlsx");
        Files.write(xlsx, SheetFiles.xlsx(List.of(new Sheet("Fecha 3", List.of("Etapa", "Fecha", "Local", "Visitante", "Resultado"), rows))));
        Path out = dir.resolve("season.yaml");

        Cli.Result result = Cli.run("import", xlsx.toString(), "--teams", TEAMS, "--out", out.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(xlsx + ":Fecha 3:row 14: Visitante: \"Sport Huracan\": no such team; "
                + "did you mean \"Sportivo Huracán\"?\nNothing was written.\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void everyKindOfBadRowHasItsMessage() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, String.join("\n",
                "Etapa,Fecha,Llave,Partido,Local,Visitante,Resultado,Medio tiempo,Observación",
                "Primera fase,1,,,Binacional,Atlético Grau,2-1,,",
                "Primera fase,1,,,Binacional,Las Palmas,1-0,,",                             // 3: Binacional twice in round 1
                "Primera fase,2,,,Binacional,Las Palmas,1-0,,",
                "Primera fase,2,,,Binacional,Las Palmas,2-0,,",                             // 5: the same match twice
                "Primer fase,1,,,ADT,El Inca,1-0,,",                                        // 6: no such stage
                "Primera fase,tres,,,ADT,El Inca,1-0,,",                                    // 7: not a round
                "Repechaje,,R1,tercero,ADT,El Inca,1-0,,",                                  // 8: not a leg
                "Repechaje,,R2,,ADT,El Inca,1-0,,",                                         // 9: a tie without its leg
                "Primera fase,3,,,ADT,El Inca,W.O.,,",                                      // 10: a walkover nobody is absent from
                "Primera fase,4,,,ADT,El Inca,,1-0,",                                       // 11: half-time without a score
                "Primera fase,5,,,ADT,ADT,1-0,,",                                           // 12: a team against itself
                "Primera fase,6,,,ADT,El Inca,2017-01-02,,",                                // 13: a score the program took for a date
                "Primera fase,7,,,ADT,,1-0,,",                                              // 14: no away team
                "Primera fase,8,,,ADT,El Inca,2-x,,"));                                     // 15: not a score
        Path out = dir.resolve("bad.yaml");

        Cli.Result result = Cli.run("import", csv.toString(), "--teams", TEAMS, "--out", out.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines().toList()).containsExactly(
                csv + ":row 3: \"Binacional\" plays twice in round 1 of first-round (also at row 2); check the round",
                csv + ":row 5: Binacional v Las Palmas: the same match twice (the first at row 4)",
                csv + ":row 6: Etapa: \"Primer fase\": no such stage in the rules copa-peru-2017; did you mean \"Primera fase\"? "
                        + "(the stages: Primera fase (first-round), Repechaje (repechage), Octavos de final (round-of-16), "
                        + "Cuartos de final (quarter-finals), Finalísima (final-group))",
                csv + ":row 7: Fecha: \"tres\": not a round; write its number, e.g. 3 or \"Fecha 3\"",
                csv + ":row 8: Partido: \"tercero\": not a leg; write Ida or Vuelta, or 1 or 2",
                csv + ":row 9: Partido: empty: a leg of tie \"R2\" needs its leg (Ida or Vuelta, 1 or 2)",
                csv + ":row 10: Resultado: \"W.O.\": a walkover with no score and no team named as absent; write the awarded score "
                        + "(\"3-0 W.O.\") or the team that did not appear (\"no se presentó TEAM\")",
                csv + ":row 11: Medio tiempo: \"1-0\" for a match with no Resultado; write the final score too",
                csv + ":row 12: Visitante: \"ADT\": the same team as Local; a team cannot play itself",
                csv + ":row 13: Resultado: \"2017-01-02\": a date, not a score: the spreadsheet program took the score for a date; "
                        + "format the column as text and type the score again, e.g. 2-1",
                csv + ":row 14: Visitante: empty: every match needs its home and away teams",
                csv + ":row 15: Resultado: \"2-x\": not a score; write HOME-AWAY goals, e.g. 2-1",
                "12 problems; nothing was written.");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSheetWithThreeBadRowsReportsAllThree() throws Exception {
        Path csv = dir.resolve("three.csv");
        Files.writeString(csv, "Local,Visitante,Resultado\nBinacional,Atletico Gral,1-0\nLas Palmas,ADT,1-\nEl Inca,El Inca,0-0\nADT,El Inca,2-2\n");
        Path out = dir.resolve("three.yaml");

        Cli.Result result = Cli.run("import", csv.toString(), "--teams", TEAMS, "--out", out.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines().toList()).containsExactly(
                csv + ":row 2: Visitante: \"Atletico Gral\": no such team; did you mean \"Atlético Grau\"?",
                csv + ":row 3: Resultado: \"1-\": not a score; write HOME-AWAY goals, e.g. 2-1",
                csv + ":row 4: Visitante: \"El Inca\": the same team as Local; a team cannot play itself",
                "3 problems; nothing was written.");
        assertThat(out).doesNotExist();
    }

    @Test
    void neverOverTheSheetNorAnExistingFileUnlessForced() throws Exception {
        Path csv = dir.resolve("ok.csv");
        Files.writeString(csv, "Local,Visitante,Resultado\nBinacional,Atlético Grau,1-0\n");
        Path existing = dir.resolve("existing.yaml");
        Files.writeString(existing, "kept\n");

        Cli.Result overSheet = Cli.run("import", csv.toString(), "--teams", TEAMS, "--out", csv.toString(), "--force");
        Cli.Result overExisting = Cli.run("import", csv.toString(), "--teams", TEAMS, "--out", existing.toString());

        assertThat(overSheet.exit()).isEqualTo(2);
        assertThat(overSheet.err()).contains("refusing to overwrite an input file");
        assertThat(Files.readString(csv)).startsWith("Local,");
        assertThat(overExisting.exit()).isEqualTo(2);
        assertThat(overExisting.err()).contains("the file exists; name a new file, or add --force to replace it");
        assertThat(Files.readString(existing)).isEqualTo("kept\n");

        Cli.Result forced = Cli.run("import", csv.toString(), "--teams", TEAMS, "--out", existing.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(matches(existing)).containsExactly("||||||Binacional|Atlético Grau|1-0|||||");
    }

    static List<String> teamNames() {
        return Cli.bean(ScenarioReader.class).read(Path.of(TEAMS)).teamNames();
    }

    /** Every match of a scenario, in the file's order, each field written out. */
    static List<String> matches(Path scenario) {
        Tournament t = Cli.bean(ScenarioReader.class).read(scenario);
        return t.matches().stream().sorted(java.util.Comparator.comparingInt(Match::getLine)).map(ImportCommandTest::describe).toList();
    }

    static String describe(Match m) {
        return String.join("|", m.getStage(), m.getGroup(), s(m.getRound()), s(m.getDate()), s(m.getTie()), s(m.getLeg()),
                m.getHome(), m.getAway(), m.isPlayed() ? m.getHomeGoals() + "-" + m.getAwayGoals() : "",
                m.hasHalfTime() ? m.halfTimeGoalsFor(m.getHome()) + "-" + m.halfTimeGoalsFor(m.getAway()) : "",
                m.hasExtraTime() ? m.extraTimeGoalsFor(m.getHome()) + "-" + m.extraTimeGoalsFor(m.getAway()) : "",
                m.hasPenalties() ? m.penaltiesFor(m.getHome()) + "-" + m.penaltiesFor(m.getAway()) : "",
                s(m.getAwardedScore()), m.isAwarded() ? m.getAwardReason() : "");
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
