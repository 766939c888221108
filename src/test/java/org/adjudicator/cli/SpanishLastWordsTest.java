package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last English an official read in a Spanish run: {@code import}'s summary, notes and the
 * header of the scenario it writes; a sanction that waits for a table not made yet; the comments
 * {@code whatif --out} and {@code pair --out} write into the scenario. Values the scenario itself
 * wrote (a table's name in its {@code expect:}) are quoted as written and are not looked at.
 */
class SpanishLastWordsTest {
    /** Giveaways of the tool's English in these outputs (team and file names aside). */
    static final List<String> ENGLISH = List.of("match(es)", "played", "awarded", "not played yet", "Written to", "run it with",
            "Imported by", "Each match", "column(s) not read", "read as", "not kept", "with no score", "this tool's reading",
            "waits:", "has no table yet", "What-if of", "sanctions ", "brought by", "removed", "not decided", "champion",
            "position of", "winner of", "promotion of", "not promoted", "First-round fixture", "least total travel");

    @TempDir
    Path dir;

    private static Cli.Result spanish(String... args) {
        String[] withLang = new String[args.length + 2];
        withLang[0] = "--lang";
        withLang[1] = "es";
        System.arraycopy(args, 0, withLang, 2, args.length);
        Cli.Result result = Cli.run(withLang);
        assertThat(result.exit()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result;
    }

    private static void noEnglish(String what, String text) {
        for (String english : ENGLISH) assertThat(text).as(what + " in Spanish says \"" + english + "\"").doesNotContain(english);
    }

    @Test
    void importOfTheNationalStageSheetSaysWhatItReadAndWroteInSpanish() throws Exception {
        Path out = dir.resolve("temporada.yaml");
        Cli.Result result = spanish("import", "scenarios/copa-peru-2017/national-stage-results.xlsx",
                "--teams", "scenarios/copa-peru-2017/teams.yaml", "--out", out.toString());

        assertThat(result.out()).isEqualTo("196 partidos leídos de scenarios/copa-peru-2017/national-stage-results.xlsx (hoja \"Partidos\"): "
                + "196 jugados, 0 adjudicados, 0 aún por jugar.\n"
                + "Escrito en " + out + " (reglamento copa-peru-2017); ejecútelo con: adjudicator run " + out + "\n");
        List<String> header = Files.readAllLines(out).subList(0, 2);
        assertThat(header).containsExactly(
                "# Importado con `adjudicator import` desde national-stage-results.xlsx (hoja \"Partidos\"), con los equipos de teams.yaml "
                        + "y el reglamento copa-peru-2017.",
                "# Cada partido indica la hoja y la fila de donde proviene. Corrija la hoja y vuelva a importarla, o edite este archivo.");
    }

    @Test
    void importNotesAboutASheetAreInSpanish() throws Exception {
        Path sheet = dir.resolve("resultados.csv");
        Files.writeString(sheet, "Fecha,Local,Visitante,Resultado,Observación,Árbitro\n"
                + "1,binacional,Atlético Grau,2-1,lluvia,Pérez\n"
                + "1,Estudiantil CNI,José Carlos Mariátegui,W.O.,no se presentó José Carlos Mariátegui,López\n");
        Cli.Result result = spanish("import", sheet.toString(), "--teams", "scenarios/copa-peru-2017/teams.yaml",
                "--out", dir.resolve("temporada.yaml").toString());

        assertThat(result.out()).startsWith("2 partidos leídos de " + sheet + ": 1 jugado, 1 adjudicado, 0 aún por jugar.\n")
                .contains("  columna(s) no leída(s): \"Árbitro\" (asigne una con --columns \"ENCABEZADO=CAMPO\")\n")
                .contains("  \"binacional\" se lee como \"Binacional\" (como lo escribe el archivo de equipos)\n")
                .contains("\"lluvia\" no se conserva: un escenario guarda una observación solo como motivo de un partido adjudicado\n")
                .contains("\"W.O.\" sin marcador: se adjudica 3-0 a favor de Estudiantil CNI (lectura de esta herramienta");
        noEnglish("import", result.out());
    }

    @Test
    void aSanctionWaitingForItsStagesTableSaysSoInSpanish() throws Exception {
        Path file = dir.resolve("antes-de-la-finalisima.yaml");
        Files.writeString(file, String.join("\n", Files.readAllLines(Path.of("scenarios/copa-peru-2017/national-stage.yaml")).stream()
                .filter(l -> !l.contains("stage: final-group")).toList()).replace("rules: copa-peru-2017",
                        "rules: " + Path.of("rules", "copa-peru-2017").toAbsolutePath()) + "\n"
                + "sanctions:\n  - {team: Binacional, points: -3, stage: final-group}\n");

        Cli.Result result = spanish("run", file.toString());

        assertThat(result.out()).contains(
                "Nota: La sanción de Binacional (-3 punto(s), etapa Finalísima) espera: la etapa Finalísima aún no tiene tabla.");
        assertThat(Cli.run("run", file.toString()).out())
                .contains("Note: The sanction of Binacional (-3 point(s), stage final-group) waits: stage final-group has no table yet.");
    }

    @Test
    void aMatchAStageWaitsForIsNamedWithTheStageAsItsOwnSetWordsIt() {
        // copa-peru-2019 builds on 2017's stages: round-of-32 is worded in its own list, not its base's.
        String out = spanish("run", "scenarios/copa-peru-2019/round-of-32.yaml").out();

        assertThat(out).contains("== Dieciseisavos de final ==  [espera 12 partidos: Las Palmas v Colegio Comercio (dieciseisavos de final, ida), ")
                .doesNotContain("(round-of-32, ");
    }

    @Test
    void theCommentsAWhatIfWritesIntoTheScenarioAreInSpanish() throws Exception {
        Path out = dir.resolve("sancion.yaml");
        spanish("whatif", "scenarios/copa-peru-2017/national-stage.yaml", "--sanction", "Binacional:-3", "--out", out.toString());

        String written = Files.readString(out);
        assertThat(written).startsWith("# Qué pasaría si en national-stage.yaml: sanciones Binacional:-3\n")
                .contains("# expect: llevado por `adjudicator whatif` al resultado con sus cambios:\n")
                .contains("#   puesto de José Carlos Mariátegui en la General table: 3 -> 2\n")
                .contains("#   campeón (Binacional): retirado, sin decidir\n")
                .contains("#   ascenso de Atlético Grau (2018 Segunda División): retirado, no asciende\n");
        // The tool's own words: the first comment line and the lines of the expect: note, the scenario's table names aside.
        String toolsComments = written.lines().filter(l -> l.startsWith("# Qué") || l.startsWith("# expect:") || l.startsWith("#   "))
                .map(l -> l.replaceAll("General table|Final group|Tie [A-Z][0-9]+", "")).reduce("", (a, b) -> a + b + "\n");
        noEnglish("whatif --out", toolsComments);
    }

    @Test
    void theCommentAPairingWritesOnTopIsInSpanish() throws Exception {
        Path out = dir.resolve("fixture.yaml");
        spanish("pair", "scenarios/copa-peru-2017/teams.yaml", "--out", out.toString());

        assertThat(Files.readAllLines(out).get(0)).isEqualTo("# Fixture de la primera fase propuesto por `adjudicator pair` a partir de "
                + "teams.yaml con el reglamento copa-peru-2017 (el menor recorrido total; todas las restricciones de emparejamiento verificadas).");
    }
}
