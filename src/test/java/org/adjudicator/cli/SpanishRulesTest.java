package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rules describe}, {@code rules diff}, {@code rules check}, {@code rules new} and the Markdown
 * report of {@code run} under {@code --lang es}: no English sentence of the tool's in any shipped
 * set; a rule worded in one language where its base has both is reported by {@code rules check},
 * and its Spanish output falls back to the English wording; {@code rules new} shows where a new
 * criterion's two wordings go.
 */
class SpanishRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** SpanishOutputTest's giveaways, and the words of the rules commands' own English. */
    private static final List<String> ENGLISH = Stream.concat(SpanishOutputTest.ENGLISH.stream(), Stream.of("Criteria", "criteria",
            "added", "removed", "moved", "replaces", "replaced", "Source", "source:", "Regulation set", "Builds on", "Stages", "Zones",
            "Settings", "Knockout", "no rule", "pairing", "teams", "winners", "ties decided", "; column ", "criterion", "unnumbered",
            "Step", "Rule", "Rules", "no difference", "differences", "adds ", "then ", "Declared by", "is worded", "is cited",
            "Complete", "Tie-breaks", "| Result", "Legs", "clinched")).toList();

    @TempDir
    Path dir;

    static Stream<String> shippedSets() throws Exception {
        return RulesCommandTest.shippedSets();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedSets")
    void describeInSpanishSaysNothingInEnglish(String set) throws Exception {
        Set<String> names = identifiers(set);
        for (String format : List.of("text", "markdown")) {
            Cli.Result result = Cli.run("rules", "describe", set, "--lang", "es", "--format", format);
            assertThat(result.exit()).as(result.err()).isZero();
            assertSpanish("rules describe " + set + " --format " + format, result.out(), names);
        }
        Cli.Result markdown = Cli.run("rules", "describe", set, "--lang", "es", "--format", "markdown");
        assertThat(markdown.out()).startsWith("# Reglamento " + set + "\n").contains("## Etapas, en orden");
    }

    /** Each set against the set it builds on, both ways, in text and Markdown. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedSets")
    void diffOfNeighbouringSetsInSpanishSaysNothingInEnglish(String set) throws Exception {
        JsonNode described = JSON.readTree(Cli.run("rules", "describe", set, "--format", "json").out());
        if (described.path("buildsOn").isEmpty()) return;
        String base = described.path("buildsOn").get(0).asText();
        Set<String> names = identifiers(set);
        names.addAll(identifiers(base));
        for (List<String> pair : List.of(List.of(base, set), List.of(set, base))) {
            for (String format : List.of("text", "markdown")) {
                Cli.Result result = Cli.run("rules", "diff", pair.get(0), pair.get(1), "--lang", "es", "--format", format);
                assertThat(result.exit()).as(result.err()).isZero();
                assertThat(result.out()).containsPattern("diferencias?|ninguna diferencia");
                assertSpanish("rules diff " + pair + " --format " + format, result.out(), names);
            }
        }
    }

    @Test
    void theDiffOfTheProposalReadsInTheBasesWords() {
        Cli.Result result = Cli.run("rules", "diff", "copa-peru-2017", "copa-peru-2017-proposal", "--lang", "es");
        assertThat(result.out()).contains("rules/copa-peru-2017 -> rules/copa-peru-2017-proposal: ")
                .contains("== Órdenes de los criterios ==")
                .contains("se añade \"Puntos en los partidos entre los equipos igualados\" (criterio 1.1) al orden de los criterios de las tablas"
                        + " de tipo \"Tabla única\" como paso 2 de 9, después de \"Puntos\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedSets")
    void checkOfAShippedSetInSpanish(String set) {
        Cli.Result result = Cli.run("rules", "check", set, "--lang", "es");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).as("no shipped set words a rule in one language where its base has both").isEmpty();
        assertThat(result.out()).matches("rules/" + java.util.regex.Pattern.quote(set)
                + ": \\d+ reglas?, \\d+ etapas?, \\d+ zonas?, \\d+ rondas?: ningún problema\n");
    }

    @Test
    void describeOfCopaPeru2019ReadsAsTheBases() {
        String out = Cli.run("rules", "describe", "copa-peru-2019", "--lang", "es").out();
        assertThat(out).startsWith("Reglamento copa-peru-2019 (rules/copa-peru-2019): ")
                .contains("Se basa en: copa-peru-2018, luego copa-peru-2017, luego base")
                // A rule's own Spanish name (@nameEs) where it gives one.
                .contains("== Etapas, en orden ==  [regla \"Las fases de la etapa nacional, en orden\" (rules/copa-peru-2019/stages.drl:")
                .contains("  5. Dieciseisavos de final: ")
                .contains("== Orden de los criterios: Tabla única ==")
                .contains("   2. Puntos relativos: \"Puntos relativos\" (sin número); columna PtsRel")
                .contains("Tabla única, puestos 1-32: dieciseisavos de final (pasan a dieciseisavos de final)")
                .contains("Octavos de final: 16 equipos, los 16 ganadores de la ronda \"Dieciseisavos de final\"")
                .contains("llaves decididas por: Marcador global, Goles de visitante, Mejor ubicación en la tabla única")
                // A citation names a criterion by its Spanish words; file and line find the rule.
                .contains("regla \"dieciseisavos de final\" (rules/copa-peru-2019/zones.drl:");
    }

    /** A citation in Spanish names the rule by its Spanish words, where it gives them (run and rank alike). */
    @Test
    void citationsInSpanishNameTheRuleInSpanish() {
        Cli.Result result = Cli.run("rank", "scenarios/copa-peru-2017/national-stage.yaml", "--lang", "es");
        assertThat(result.out()).containsPattern("regla \"Goles a favor\" \\(rules/copa-peru-2017/criteria\\.drl:\\d+\\)");
        assertThat(Cli.run("rank", "scenarios/copa-peru-2017/national-stage.yaml").out())
                .containsPattern("rule \"Goals scored\" \\(rules/copa-peru-2017/criteria\\.drl:\\d+\\)");
    }

    /**
     * A season that replaces a criterion with its English wording only: {@code rules check} names the
     * file, the line and the rule (a warning, exit 0); Spanish output shows the English wording.
     */
    @Test
    void aRuleWordedInOneLanguageIsReportedAndFallsBackToEnglish() throws Exception {
        Path base = TestFiles.copyFolder(Path.of("rules/copa-peru-2017"), dir.resolve("copa-peru-2017"));
        Cli.Result created = Cli.run("rules", "new", "copa-peru-2025", "--from", base.toString());
        assertThat(created.exit()).as(created.err()).isZero();
        Path season = base.resolveSibling("copa-peru-2025");
        String drl = Files.readString(season.resolve("changes.drl"));
        Files.writeString(season.resolve("changes.drl"), drl + """

                /* The 2025 Bases word goal difference anew; no Spanish given yet. */
                rule "Goal difference"
                    @replaces @regulation("2") @wording("Difference between goals scored and conceded") @column("GD")
                when
                    $group : TiedGroup( nextCriterion == "Goal difference" )
                then
                    Tiebreak.split(drools, $group, "goalDifference", Tiebreak.HIGHER_FIRST);
                end
                """);

        Cli.Result english = Cli.run("rules", "check", season.toString());
        assertThat(english.exit()).as(english.err()).isZero();
        assertThat(english.err().lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith(season + "/changes.drl:").contains(": warning: rule \"Goal difference\" has no @")
                .contains("which the rule it replaces in copa-peru-2017 has: Spanish output shows the English words"));
        assertThat(english.err()).contains("@wordingEs").contains("@columnEs");
        assertThat(english.out()).endsWith(": no problem found, 2 warnings\n");

        Cli.Result spanish = Cli.run("rules", "check", season.toString(), "--lang", "es");
        assertThat(spanish.exit()).isZero();
        assertThat(spanish.err()).contains(": advertencia: la regla \"Goal difference\" no tiene @wordingEs, que sí tiene la regla que"
                + " reemplaza en copa-peru-2017: la salida en español muestra las palabras en inglés");
        assertThat(spanish.out()).endsWith(": ningún problema, 2 advertencias\n");

        // The fallback: the English wording and column where the Spanish is missing; the others still in Spanish.
        String described = Cli.run("rules", "describe", season.toString(), "--lang", "es").out();
        assertThat(described).contains("   2. Goal difference: \"Difference between goals scored and conceded\" (criterio 2); columna GD  [")
                .contains("   3. Goles a favor: \"Goles a favor\" (criterio 3); columna GF  [");
        // Run and rank say it as English output does (there, by the rule's name); the criteria with Spanish, in Spanish.
        String ranked = Cli.run("rank", "scenarios/copa-peru-2017/national-stage.yaml", "--rules", season.toString(), "--lang", "es").out();
        assertThat(ranked).contains("Criterios, en orden: Puntos, Goal difference, Goles a favor, ").contains("  Goal difference\n")
                .contains("  Goles a favor\n");
    }

    /** A new criterion of a set that builds on another: where its two wordings go, shown in the starting file. */
    @Test
    void aNewSetShowsWhereACriterionsTwoWordingsGo() throws Exception {
        Path base = TestFiles.copyFolder(Path.of("rules/copa-peru-2017"), dir.resolve("copa-peru-2017"));
        Cli.Result created = Cli.run("rules", "new", "copa-peru-2026", "--from", base.toString(), "--lang", "es");
        assertThat(created.exit()).as(created.err()).isZero();
        Path season = base.resolveSibling("copa-peru-2026");
        assertThat(created.out()).isEqualTo("se creó " + season + "/ sobre copa-peru-2017: edite " + season + "/changes.drl (las palabras"
                + " de un criterio nuevo van en @wording, en inglés, y en @wordingEs, en español) y luego `rules check " + season + "`\n");
        String drl = Files.readString(season.resolve("changes.drl"));
        assertThat(drl).contains("Its words go in both languages:\n * @wording (English) and @wordingEs (Spanish)")
                .containsPattern(" \\* As copa-peru-2017 words \"[^\"]+\": @wording\\(\"[^\"]+\"\\) @wordingEs\\(\"[^\"]+\"\\)\n")
                .contains(" *       @regulation(\"7\") @wording(\"The regulation's words, in English\") @wordingEs(\"Las palabras del reglamento,"
                        + " en español\")\n");
        Cli.Result check = Cli.run("rules", "check", season.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.err()).isEmpty();
    }

    /** The Markdown report of run, with its clinched and eliminated, in Spanish. */
    @Test
    void theMarkdownReportOfRunInSpanish() {
        for (String scenario : List.of("scenarios/copa-peru-2017/national-stage.yaml", "scenarios/copa-peru-2019/round-of-32.yaml",
                "scenarios/copa-peru-2017/general-table-after-round-4.yaml", "scenarios/fifa/world-cup-2018-group-h.yaml",
                "scenarios/uefa/champions-league-2019-tottenham-ajax.yaml")) {
            Cli.Result result = Cli.run("run", scenario, "--format", "markdown", "--lang", "es");
            assertThat(result.exit()).as(scenario + ": " + result.err()).isZero();
            assertThat(result.out()).contains("Adjudicado según el reglamento `");
            String text = result.out().replaceAll("regla \"[^\"]*\" \\([^)]*\\)", "regla").replaceAll("`[^`]*`", "");
            for (String line : text.lines().skip(1).toList()) {
                for (String english : SpanishOutputTest.ENGLISH) {
                    assertThat(line).as(scenario + " --format markdown --lang es prints English (\"" + english + "\")").doesNotContain(english);
                }
            }
        }
        String national = Cli.run("run", "scenarios/copa-peru-2017/national-stage.yaml", "--format", "markdown", "--lang", "es").out();
        assertThat(national).contains("## Tabla única").contains("| Pos | Equipo | ").contains(" Decidido por |").contains("Desempates:")
                .contains("| Llave | Partidos | Resultado |");
        String status = Cli.run("run", "scenarios/copa-peru-2017/general-table-after-round-4.yaml", "--status", "--format", "markdown", "--lang", "es")
                .out();
        assertThat(status).contains("## Tabla única: asegurados y eliminados").contains(" partidos por jugar; puntaje: ")
                .contains("- **Octavos de final** (puestos 1-8)").contains("  - asegurado: ");
        for (String line : status.replaceAll("`[^`]*`", "").lines().skip(1).toList()) {
            for (String english : SpanishOutputTest.ENGLISH) assertThat(line).as("--status --format markdown").doesNotContain(english);
        }
        // English stays as it was.
        assertThat(Cli.run("run", "scenarios/copa-peru-2017/national-stage.yaml", "--format", "markdown").out())
                .contains("Adjudicated by the regulation set `copa-peru-2017`.").contains("| Pos | Team | ");
    }

    /**
     * What a Spanish run may show as written: the rules' names and the settings' names and values
     * (identifiers an official types), and the published sources quoted, read from the set's JSON.
     */
    private static Set<String> identifiers(String set) throws Exception {
        JsonNode r = JSON.readTree(Cli.run("rules", "describe", set, "--format", "json").out());
        Set<String> names = new TreeSet<>();
        collect(r, names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (String key : List.of("rule", "name", "value", "source", "pairing", "set")) {
                if (node.path(key).isTextual()) names.add(node.path(key).asText());
            }
            for (String key : List.of("adds", "replaces", "removes", "tieCriteria", "stages")) {
                for (JsonNode item : node.path(key)) if (item.isTextual()) names.add(item.asText());
            }
            node.elements().forEachRemaining(child -> collect(child, names));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, names));
        }
    }

    /** Every line but the first (the set's or sets' names), the identifiers left out, has no giveaway. */
    private static void assertSpanish(String what, String out, Set<String> identifiers) {
        List<String> longestFirst = new ArrayList<>(identifiers);
        longestFirst.removeIf(String::isBlank);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String line : out.lines().skip(1).toList()) {
            // Files and folders as written (rules/uefa-euro-2024/criteria.drl:310).
            String text = line.replaceAll("[^\\s`(\\[]*/[^\\s`)\\]]*", "");
            for (String name : longestFirst) {
                text = text.replace(name, "").replace(name.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_"), "");
            }
            for (String english : ENGLISH) {
                assertThat(text).as(what + " --lang es prints English (\"" + english + "\") in: " + line).doesNotContain(english);
            }
        }
    }
}
