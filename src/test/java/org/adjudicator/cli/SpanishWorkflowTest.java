package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.adjudicator.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang es} on the workflow commands (whatif, impact, needs, simulate, pair,
 * check-fixtures, verify) on the shipped scenarios: nothing of the tool's English left, the
 * regulation's words from the set ("Tabla única", "octavos de final", "diferencia de goles"), and
 * the same JSON keys as in English.
 */
class SpanishWorkflowTest {
    /** Words of these commands' English that give a Spanish run away (team and scenario names aside). */
    static final List<String> ENGLISH = List.of("cause:", "whatever the", "not proven", " beats ", "draws with", "loses to",
            "does not", "clinched", "Clinched", "eliminated", "Impossible", "It depends", "Otherwise", "Changes", "What if",
            "No change", " needs ", "now ", "pairing", "winner of", "undecided", "decided", "promoted", "champion", "placed by",
            "criterion", "match(es)", "point(s)", "outcomes", "level on", "Level on", "For example", "the rules", "wins by",
            "draws", "through (", "out (", "Simulation", "Team ", "runs", "seed", "thread", "Place ", "Promoted", "Reached",
            "Fixture check", "violation", "restriction", "nearest", "rivals", "Written to", "passed", "failed", "skipped",
            "PASS", "FAIL", "SKIP", "expectation", "waits for", "round of 16", "repechage", "General table", "Final group",
            "goal difference", "goals scored", "aggregate", " or more", " for a win", "difference(s)", "instead of");

    static Path beforeRoundThree;
    static Path secondLegLeft;

    @BeforeAll
    static void scenarios(@TempDir Path dir) throws Exception {
        String full = Files.readString(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        String rules = "rules: " + Path.of("rules", "copa-peru-2017").toAbsolutePath();
        beforeRoundThree = dir.resolve("before-round-3.yaml");
        Files.writeString(beforeRoundThree, full.replaceAll("(round: 3, date: 2017-12-10, home: [^,]+, away: [^,]+), score: [^}]+}", "$1}")
                .replace("rules: copa-peru-2017", rules).replaceAll("(?s)\\nexpect:.*", "\n"));
        secondLegLeft = dir.resolve("second-leg-left.yaml");
        String leg = "tie: Q2, leg: 2, home: Binacional, away: Unión San Martín";
        Files.writeString(secondLegLeft, full.replace(leg + ", score: 1-1}", leg + "}")
                .replace("rules: copa-peru-2017", rules).replaceAll("(?s)\\nexpect:.*", "\n"));
    }

    /** The command in Spanish: exit as expected, and no English giveaway on any line but the first (the scenario's own name). */
    private static String spanish(int exit, String... args) {
        String[] withLang = new String[args.length + 2];
        withLang[0] = "--lang";
        withLang[1] = "es";
        System.arraycopy(args, 0, withLang, 2, args.length);
        Cli.Result result = Cli.run(withLang);
        assertThat(result.exit()).as(String.join(" ", args) + ": " + result.err()).isEqualTo(exit);
        String command = String.join(" ", args);
        for (String line : result.out().lines().toList()) {
            // Team and scenario names are not the tool's English: "Copa Perú 2017 - general table after round 4".
            String said = line.replaceAll("Copa Perú 20[0-9]+ - [a-z0-9 -]+", "");
            for (String english : ENGLISH) {
                assertThat(said).as(command + " --lang es prints English (\"" + english + "\")").doesNotContain(english);
            }
        }
        return result.out();
    }

    @Test
    void whatIfASanctionReadsAsAnOfficialWritesIt() {
        String out = spanish(0, "whatif", "scenarios/copa-peru-2017/national-stage.yaml", "--sanction", "Binacional:-3");
        assertThat(out).startsWith("Qué pasaría si, en Copa Perú 2017 - national stage:\n  Binacional: -3 puntos\nCambios\n")
                .contains("  Tabla única: Binacional: 2.º -> 8.º (ahora 12 pts; causa: la sanción de -3 puntos a Binacional; "
                        + "ubicado por diferencia de goles)")
                .contains("  cruce de octavos de final: - -> Binacional v Las Palmas (nuevo cruce)")
                .contains("  ganador de la Llave O2: Binacional -> sin decidir")
                .contains("  campeón: Binacional -> sin decidir (la etapa Cuartos de final espera a la etapa Octavos de final: ");
    }

    @Test
    void whatIfAResultAnAwardAndAnotherSet() {
        assertThat(spanish(0, "whatif", "scenarios/copa-peru-2017/final-group.yaml", "--set", "Binacional 0-1 Atlético Grau"))
                .contains("  Binacional 0-1 Atlético Grau (fecha 2) (finalísima; antes 0-0)")
                .contains("  Finalísima: Atlético Grau: 2.º -> 1.º (ahora 9 pts; causa: el resultado Binacional 0-1 Atlético Grau (fecha 2); "
                        + "ubicado por puntos)")
                .contains("  campeón: Binacional -> Atlético Grau (ahora 9 pts, Binacional 6)");
        assertThat(spanish(0, "whatif", "scenarios/copa-peru-2017/final-group.yaml", "--award", "Binacional 0-3 Atlético Grau"))
                .contains("la adjudicación del partido Binacional v Atlético Grau por 0-3");
        assertThat(spanish(0, "whatif", "scenarios/copa-peru-2017/national-stage.yaml", "--rules", "copa-peru-2017-proposal"))
                .contains("criterio responsable: puntos en los partidos entre los equipos igualados, añadido al orden de los criterios");
    }

    @Test
    void impactBetweenTwoSets() {
        assertThat(spanish(0, "impact", "--rules", "copa-peru-2017", "--rules", "copa-peru-2017-proposal",
                "scenarios/copa-peru-2017/national-stage.yaml"))
                .startsWith("scenarios/copa-peru-2017/national-stage.yaml: copa-peru-2017 -> copa-peru-2017-proposal, 59 diferencias\n")
                .contains("  zona de Miguel Grau: repechaje -> eliminados");
    }

    @Test
    void needsSaysItsConditionsAndStatusesInSpanish() {
        assertThat(spanish(0, "needs", beforeRoundThree.toString(), "Binacional"))
                .contains("Para quedar en el primer puesto:", "Depende de los resultados.",
                        "Binacional queda en el primer puesto por puntos, sea cual sea el marcador, si:",
                        "     Binacional no pierde con Estudiantil CNI y Atlético Grau pierde con José Carlos Mariátegui",
                        "  o  Binacional vence a Estudiantil CNI y Atlético Grau no vence a José Carlos Mariátegui",
                        "(no probado en ningún sentido)", "entra con Binacional 7-0 Estudiantil CNI",
                        "(1.º, decidido por diferencia de goles)",
                        "Asegurado: Binacional queda en un puesto entre los 3 primeros sean cuales sean los resultados.");
        assertThat(spanish(0, "needs", beforeRoundThree.toString(), "José Carlos Mariátegui", "--target", "1"))
                .contains("Imposible: José Carlos Mariátegui no puede quedar en el primer puesto");
        assertThat(spanish(0, "needs", secondLegLeft.toString(), "Unión San Martín"))
                .contains("  gana por 3 o más goles: clasifica (marcador global) (3-0, 4-1")
                .contains("  empata: eliminado (marcador global)");
    }

    /** More outcomes than --limit: the constraint solver's statuses and witnesses. */
    @Test
    void needsByTheSolverInSpanish() {
        assertThat(spanish(0, "needs", "scenarios/copa-peru-2017/general-table-after-round-4.yaml", "Binacional", "--target", "8",
                "--solver-budget", "1000"))
                .startsWith("Lo que Binacional necesita en la Tabla única: 50 partidos por jugar en la tabla")
                .contains("Primeros 8 (puestos 1-8): ").contains("las reglas, con estos marcadores: Binacional ");
    }

    @Test
    void simulateItsColumnsAndItsJson() throws Exception {
        String scenario = "scenarios/copa-peru-2017/general-table-after-round-4.yaml";
        assertThat(spanish(0, "simulate", scenario, "--runs", "20", "--seed", "1"))
                .contains("20 corridas, semilla 1, 1 hilo, reglamento copa-peru-2017; 50 partidos por jugar")
                .contains("Equipo ").contains("Octavos de final  Repechaje").contains("Llega a finalísima").contains("Asciende 1.º")
                .contains("(sin decidir): los puestos que las reglas dejaron sin decidir");
        Cli.Result english = Cli.run("simulate", scenario, "--runs", "20", "--seed", "1", "--format", "json", "--lang", "en");
        Cli.Result spanish = Cli.run("simulate", scenario, "--runs", "20", "--seed", "1", "--format", "json", "--lang", "es");
        assertThat(keys(spanish.out())).isEqualTo(keys(english.out()));
        assertThat(spanish.out()).contains("\"heading\" : \"Octavos de final\"").contains("por columna, los puestos por corrida");
        assertThat(spanish(0, "simulate", "scenarios/copa-peru-2017/final-group.yaml", "--runs", "5"))
                .startsWith("Nada que simular en Copa Perú 2017 - final group: ").contains("  Asciende 1.º: Binacional");
    }

    @Test
    void pairCheckFixturesAndVerify(@TempDir Path dir) {
        assertThat(spanish(0, "pair", "scenarios/copa-peru-2017/teams.yaml", "--out", dir.resolve("fixture.yaml").toString()))
                .contains(": 75 cruces, 150 partidos en 6 fechas, ")
                .contains("  Alfonso Ugarte de Chiclín - Real JL: 121 km; para Alfonso Ugarte de Chiclín, el 1.º más cercano de sus 5 rivales")
                .contains("; cumple todas las restricciones de emparejamiento (check-fixtures).");
        assertThat(spanish(0, "check-fixtures", "scenarios/copa-peru-2017/national-stage.yaml"))
                .contains("(150 partidos de la primera fase, reglamento copa-peru-2017)")
                .contains("Ninguna infracción: el fixture cumple todas las restricciones de emparejamiento.");
        assertThat(spanish(0, "verify", "scenarios/copa-peru-2017"))
                .contains("CUMPLE scenarios/copa-peru-2017/final-group.yaml (8 expectativas)")
                .endsWith("5 cumplen, 0 no cumplen, 0 omitidos\n");
    }

    /** Every key path of a JSON document ("columns[].heading"), the texts left out. */
    private static TreeSet<String> keys(String json) throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        collect(new ObjectMapper().readTree(json), "", keys);
        return keys;
    }

    private static void collect(JsonNode node, String path, TreeSet<String> keys) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                keys.add(path + "." + field.getKey());
                collect(field.getValue(), path + "." + field.getKey(), keys);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) collect(item, path + "[]", keys);
        }
    }
}
