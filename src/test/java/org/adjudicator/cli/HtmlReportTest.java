package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.scenario.ScenarioReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code run --format html} on every shipped scenario: HTML without a parse error, one file with
 * no external reference (no script, style sheet, font or image fetched), and every team and every
 * decision of the text output present, with the rule it cites.
 */
class HtmlReportTest {

    @TestFactory
    Stream<DynamicTest> everyShippedScenario() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            scenarios = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> check(s)));
    }

    private static void check(Path scenario) {
        Cli.Result text = Cli.run("run", scenario.toString());
        Cli.Result html = Cli.run("run", scenario.toString(), "--format", "html");
        assertThat(html.exit()).as(html.err()).isEqualTo(text.exit());
        if (text.exit() != 0) {
            assertThat(html.err()).isEqualTo(text.err());
            return;
        }
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html.out(), "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        assertThat(html.out()).startsWith("<!DOCTYPE html>");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");

        // Self-contained: nothing is fetched from anywhere.
        assertThat(doc.select("script, link, img, iframe, object, embed, [src]")).isEmpty();
        for (Element e : doc.select("[href]")) assertThat(e.attr("href")).startsWith("#");
        String css = doc.select("style").html();
        assertThat(css).isNotEmpty().doesNotContain("@import").doesNotContain("url(").contains("@media print");

        String page = normal(doc.body().text());
        for (String team : Cli.bean(ScenarioReader.class).read(scenario).teamNames()) {
            if (text.out().contains(team)) assertThat(page).as("team " + team).contains(team);
        }
        for (String decision : decisions(text.out())) assertThat(page).as("decision of the text output").contains(decision);
    }

    /**
     * The decisions of the text output: every sentence followed by the rule it cites ("  [rule
     * ...]"), every citation alone on its line, every tie-break sentence, pairing and note.
     */
    static List<String> decisions(String text) {
        List<String> decisions = new ArrayList<>();
        boolean pairings = false;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (raw.startsWith("Pairings")) {
                pairings = true;
                continue;
            }
            if (!raw.startsWith("  ")) pairings = false;
            int cite = line.lastIndexOf("  [rule \"");
            if (cite >= 0) {
                String sentence = line.substring(0, cite).strip();
                // A tie's line starts with its name, padded: the HTML shows the name above the sentence.
                sentence = sentence.replaceFirst("^Tie \\S+\\s{2,}", "");
                decisions.add(normal(sentence));
                decisions.add(normal(line.substring(cite).strip()));
            } else if (line.startsWith("rule \"") || line.startsWith("positions ") || line.startsWith("Note: ")
                    || line.contains(" ranks above ") || line.contains(" share ")) {
                decisions.add(normal(line));
            } else if (pairings && line.matches("\\d+\\. .*")) {
                decisions.add(normal(line.replaceFirst("^\\d+\\. ", "")));
            }
        }
        return decisions;
    }

    private static String normal(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
