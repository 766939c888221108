package org.adjudicator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The citations an official reads aloud: every {@code @regulation} of every FIFA and UEFA set, pinned
 * to its regulation's numbering (FIFA World Cup 2018 art. 32.5; Italia '90 a)-e); EURO 2024 art. 20.01
 * and 20.03; UEFA Champions League 2018/19 and 2023/24 art. 17.01 and, for two-legged ties, art. 20).
 */
class CitationsTest {

    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of("fifa-world-cup-2018", citations(
                        "Points", "32.5 a", "Goal difference", "32.5 b", "Goals scored", "32.5 c",
                        "Points in the matches between the teams level", "32.5 d",
                        "Goal difference in the matches between the teams level", "32.5 e",
                        "Goals scored in the matches between the teams level", "32.5 f",
                        "Fair-play points", "32.5 g", "Drawing of lots", "32.5 h")),
                Arguments.of("fifa-world-cup-1990", citations(
                        "Points", "a", "Goal difference", "b", "Goals scored", "c",
                        "Points in the matches between the teams level", "d",
                        "Goal difference in the matches between the teams level", "d",
                        "Goals scored in the matches between the teams level", "d",
                        "Drawing of lots", "e")),
                // a)-c) head-to-head, d) re-application, e) goal difference ... j) qualifiers ranking.
                Arguments.of("uefa-euro-2024", citations(
                        "Points", "20.01", "Head-to-head among the teams level", "20.01 a-d",
                        "Goal difference", "20.01 e", "Goals scored", "20.01 f", "Wins", "20.01 g",
                        "Penalty shoot-out in the last round", "20.01 h", "Disciplinary points", "20.01 i",
                        "European Qualifiers ranking", "20.01 j",
                        "Points of the third-placed teams", "20.03 a", "Goal difference of the third-placed teams", "20.03 b",
                        "Goals scored by the third-placed teams", "20.03 c", "Wins of the third-placed teams", "20.03 d",
                        "Disciplinary points of the third-placed teams", "20.03 e",
                        "European Qualifiers ranking of the third-placed teams", "20.03 f")),
                // a)-d) head-to-head with away goals, e) re-application, f) goal difference ... l) club coefficient.
                Arguments.of("uefa-champions-league-2018", citations(
                        "Points", "17.01", "Head-to-head among the teams level", "17.01 a-e",
                        "Goal difference", "17.01 f", "Goals scored", "17.01 g", "Away goals scored", "17.01 h",
                        "Wins", "17.01 i", "Away wins", "17.01 j", "Disciplinary points", "17.01 k", "Club coefficient", "17.01 l",
                        "Aggregate score", "20.01", "Away goals", "20.01", "Extra time", "20.01",
                        "Away goals in extra time", "20.01", "Penalty shoot-out", "20.02")),
                // a)-c) head-to-head, d) re-application, e) goal difference ... k) club coefficient; no away-goals rule.
                Arguments.of("uefa-champions-league-2023", citations(
                        "Points", "17.01", "Head-to-head among the teams level", "17.01 a-d",
                        "Goal difference", "17.01 e", "Goals scored", "17.01 f", "Away goals scored", "17.01 g",
                        "Wins", "17.01 h", "Away wins", "17.01 i", "Disciplinary points", "17.01 j", "Club coefficient", "17.01 k",
                        "Aggregate score", "20.01", "Away goals", "", "Extra time", "20.01",
                        "Away goals in extra time", "", "Penalty shoot-out", "20.02")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyCitationFollowsTheRegulationsNumbering(String set, Map<String, String> expected) {
        RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules", set));

        Map<String, String> cited = new TreeMap<>();
        for (KiePackage p : rules.kieBase().getKiePackages()) {
            for (Rule rule : p.getRules()) {
                Object regulation = rule.getMetaData().get("regulation");
                if (regulation != null) cited.put(rule.getName(), unquoted(regulation.toString()));
            }
        }

        assertThat(cited).isEqualTo(new TreeMap<>(expected));
    }

    private static Map<String, String> citations(String... ruleThenCitation) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < ruleThenCitation.length; i += 2) map.put(ruleThenCitation[i], ruleThenCitation[i + 1]);
        return map;
    }

    private static String unquoted(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
