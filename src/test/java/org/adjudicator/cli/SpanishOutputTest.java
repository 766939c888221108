package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --lang es} as a Peruvian official reads it: no English sentence in `run` and `rank` of any
 * shipped scenario, the same JSON keys as in English, and the environment's Spanish locale giving
 * Spanish with ASCII digits.
 */
class SpanishOutputTest {
    /**
     * Words of the tool's own English that give a Spanish run away. Team names are not English; rule
     * names are the rules' identifiers, quoted in each citation ({@code regla "Goal difference" (file:line)}),
     * and left out before looking.
     */
    static final List<String> ENGLISH = List.of("ranks above", "level on", "separates them", " wins on ", "Tie-breaks",
            "Criteria, in order", "Decided by", "Rules:", "waits for", "wait for", "[complete]", "Pairings", "Note:",
            "undecided", "positions ", "Promotion", " meets ", "second leg", "share position", "promoted", "match(es)",
            "final group", "first round", "first-round", "Group stage", "Adjustments", "Team ", "Zone ", "round of 16",
            "repechage", "eliminated", "Points", "Goal difference", "Goals scored", "points", " the ", "Tie ", "point(s)",
            "deducted", "counts as", "withdrawn", "annulled", "awarded");

    private static final Pattern CITATION = Pattern.compile("regla \"[^\"]*\" \\([^)]*\\)");

    static List<String> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)")).map(Path::toString).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void runAndRankInSpanishSayNothingInEnglish(String scenario) {
        for (String command : List.of("run", "rank")) {
            Cli.Result result = Cli.run(command, scenario, "--lang", "es");
            if (command.equals("rank") && result.exit() != 0) continue;   // a scenario with no table yet (teams.yaml)
            assertThat(result.exit()).as(command + " " + scenario + ": " + result.err()).isZero();
            String text = CITATION.matcher(result.out()).replaceAll("regla");
            for (String line : text.lines().skip(1).toList()) {   // the first line is the scenario's own name
                for (String english : ENGLISH) {
                    assertThat(line).as(command + " " + scenario + " --lang es prints English (\"" + english + "\")").doesNotContain(english);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void jsonHasTheSameKeysInBothLanguages(String scenario) throws IOException {
        for (String command : List.of("run", "rank")) {
            Cli.Result english = Cli.run(command, scenario, "--format", "json", "--lang", "en");
            Cli.Result spanish = Cli.run(command, scenario, "--format", "json", "--lang", "es");
            assertThat(spanish.exit()).isEqualTo(english.exit());
            if (english.exit() != 0) continue;
            assertThat(keys(spanish.out())).as(command + " " + scenario).isEqualTo(keys(english.out()));
        }
    }

    /** Sanctions, awarded matches and withdrawals, as the tables apply them, in Spanish. */
    @Test
    void adjustmentsInSpanish() {
        assertThat(Cli.run("run", "scenarios/copa-peru-2019/national-stage.yaml", "--lang", "es").out())
                .contains("  Alfonso Ugarte: 1 punto descontado (");
        assertThat(Cli.run("run", "src/test/resources/scenarios/regulation-sets/awarded.yaml", "--lang", "es").out())
                .contains("C v D cuenta como 0-3 (ganado por mesa: C fielded a suspended player), no el 1-0 jugado.");
        assertThat(Cli.run("run", "src/test/resources/scenarios/regulation-sets/withdrawal.yaml", "--lang", "es").out())
                .contains("A se retira (excluded): sale de la tabla y sus partidos se anulan.");
    }

    @Test
    void explainInSpanish() {
        Cli.Result result = Cli.run("explain", "scenarios/copa-peru-2017/national-stage.yaml", "José Carlos Mariátegui", "Estudiantil CNI",
                "--lang", "es");
        assertThat(result.out()).startsWith("José Carlos Mariátegui (3.º) está por encima de Estudiantil CNI (4.º).")
                .contains("Goles a favor (criterio 3): José Carlos Mariátegui 14, Estudiantil CNI 12: José Carlos Mariátegui por encima.");
        assertThat(result.out().replaceAll("regla \"[^\"]*\"", "")).doesNotContain("level", "above", "criterion ");
    }

    @Test
    void theDisputedPositionReadsAsTheIssueWritesIt() {
        Cli.Result result = Cli.run("rank", "scenarios/copa-peru-2017/national-stage.yaml", "--lang", "es");
        assertThat(result.out()).contains("José Carlos Mariátegui queda por encima de Estudiantil CNI: igualados en puntos (15) y en "
                + "diferencia de goles (+6); el criterio 3 (goles a favor) los separa: 14 contra 12.");
        assertThat(result.out()).contains(" Pos  Equipo ").contains("  PJ  G  E  P  GF  GC   DG  Pts");
    }

    @Test
    void aLanguageOtherThanSpanishOrEnglishIsAMistake() {
        Cli.Result result = Cli.run("rank", "scenarios/copa-peru-2017/final-group.yaml", "--lang", "fr");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines().count()).isEqualTo(1);
        assertThat(result.err()).contains("--lang").contains("es, en");
    }

    /** As an official's shell gives it: LANG=es_PE.UTF-8, no --lang. Spanish, and every digit ASCII. */
    @Test
    void theEnvironmentsSpanishLocaleGivesSpanishWithAsciiDigits() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dadjudicator.cache=" + System.getProperty("adjudicator.cache", "off"),
                "-Dorg.jboss.logging.provider=slf4j",
                "org.adjudicator.cli.Main", "rank", "scenarios/copa-peru-2017/national-stage.yaml"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("LC_ALL");
        env.remove("LC_MESSAGES");
        env.put("LANG", "es_PE.UTF-8");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("Reglamento: copa-peru-2017").contains(" Pos  Equipo ").contains("Desempates")
                .contains("el criterio 3 (goles a favor) los separa: 14 contra 12.");
        assertThat(out.codePoints().filter(Character::isDigit).allMatch(c -> c >= '0' && c <= '9')).as("ASCII digits only").isTrue();
    }

    /** Every key path of a JSON document ("stages[].ranking[].team"), the texts left out. */
    private static TreeSet<String> keys(String json) throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        collect(new ObjectMapper().readTree(json), "", keys);
        return keys;
    }

    private static void collect(JsonNode node, String path, TreeSet<String> keys) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                // A map keyed by team names (values per team) keeps its shape, not its names.
                String name = field.getKey();
                keys.add(path + "." + name);
                collect(field.getValue(), path + "." + name, keys);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) collect(item, path + "[]", keys);
        }
    }
}
