package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code run --format html --lang es} as a Peruvian official reads it: a Spanish document (its
 * {@code lang}, the table's headings as Peruvian tables write them, every sentence), no English
 * phrase in any shipped scenario's report, and the English report as before without --lang.
 */
class SpanishHtmlReportTest {
    /** The English of the text output (SpanishOutputTest), and the words only the HTML report says. */
    static final List<String> ENGLISH = Stream.concat(SpanishOutputTest.ENGLISH.stream(), Stream.of("Every decision cites",
            " is placed ", "Matches (", " played)", "Round", "Home", "Away", "Score", "Half-time", "Extra time", "Penalties", "Awarded",
            "Leg ", "a.e.t.", "pens ", "Zones", "clinched", "matches left", "Fixture violations", "(group ")).toList();

    private static final Pattern CITATION = Pattern.compile("regla \"[^\"]*\" \\([^)]*\\)");

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioInSpanish() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            scenarios = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> {
            Cli.Result html = Cli.run("run", s.toString(), "--format", "html", "--lang", "es");
            if (html.exit() != 0) return;   // a scenario the English run refuses too (HtmlReportTest)
            Document doc = Jsoup.parse(html.out());
            assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("es");
            doc.select("h1, title").remove();   // the competition's own name
            String text = CITATION.matcher(doc.body().wholeText()).replaceAll("regla");
            for (String line : text.lines().toList()) {
                for (String english : ENGLISH) {
                    assertThat(line).as(s + " --format html --lang es says English (\"" + english + "\")").doesNotContain(english);
                }
            }
        }));
    }

    @Test
    void theNationalStageReadsAsAPeruvianTable() {
        Cli.Result html = Cli.run("run", "scenarios/copa-peru-2017/national-stage.yaml", "--format", "html", "--lang", "es");
        Document doc = Jsoup.parse(html.out());
        assertThat(doc.select("table.standings[data-table='General table'] thead th").eachText())
                .startsWith("Pos", "Equipo", "PJ", "G", "E", "P", "GF", "GC", "DG", "Pts").contains("Zona", "Decidido por");
        assertThat(doc.select("#stage-general-table h2").text()).startsWith("Tabla única");
        assertThat(doc.select("#stage-general-table .why").text()).contains("José Carlos Mariátegui queda por encima de Estudiantil CNI: "
                + "igualados en puntos (15) y en diferencia de goles (+6); el criterio 3 (goles a favor) los separa: 14 contra 12.");
        assertThat(doc.select("table.standings td.zone").eachText()).contains("octavos de final", "repechaje");
        assertThat(doc.select("article.tie table.figures th").eachText()).contains("Equipo", "Glob");
        assertThat(doc.select("details.matches summary").first().text()).matches("Partidos \\(\\d+, \\d+ jugados\\)");
        assertThat(doc.select("#stage-promotion li").text()).contains("asciende");
    }

    @Test
    void withoutLangTheReportIsEnglishAsBefore() {
        Cli.Result html = Cli.run("run", "scenarios/copa-peru-2017/national-stage.yaml", "--format", "html", "--lang", "en");
        Document doc = Jsoup.parse(html.out());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("table.standings[data-table='General table'] thead th").eachText())
                .startsWith("Pos", "Team", "P", "W", "D", "L", "GF", "GA", "GD", "Pts");
        assertThat(doc.select("p.rules").text()).isEqualTo("Rules: copa-peru-2017 (rules/copa-peru-2017). Every decision cites the rule that made it.");
    }
}
