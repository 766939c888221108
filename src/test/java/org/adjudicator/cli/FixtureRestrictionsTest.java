package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pairing restrictions of the 2017 first round, one rule each: a southern fixture (Arequipa,
 * Moquegua, Puno, Tacna) that breaks exactly one restriction is caught by that rule alone.
 */
class FixtureRestrictionsTest {
    static final String DIR = "src/test/resources/scenarios/fixtures/";

    @ParameterizedTest(name = "({0}) {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a | (a) A departmental winner only meets runners-up                     | Binacional and Credicoop San Cristóbal are both departmental winners
            b | (b) Each team meets each of its opponents once at home and once away | Coronel Bolognesi plays 2 away matches, not 3
            c | (c) Every opponent is a geographical rival                          | SIEN Carabaya is not a geographical rival of Binacional
            d | (d) No team meets the other team of its own department              | Binacional and SIEN Carabaya both come from Arequipa
            e | (e) Each team plays once per round                                  | Binacional plays 2 matches in round 1
            """)
    void aFixtureBreakingOneRestrictionIsCaughtByItsRuleAlone(String restriction, String rule, String example) {
        Cli.Result result = Cli.run("check-fixtures", DIR + "breaks-" + restriction + ".yaml");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("(" + restriction + ") " + example).contains("rule \"" + rule + "\"");
        Matcher listed = Pattern.compile("^  \\((\\w)\\) ", Pattern.MULTILINE).matcher(result.out());
        while (listed.find()) assertThat(listed.group(1)).as("only restriction " + restriction).isEqualTo(restriction);
    }

    @Test
    void theValidSouthernFixturePasses() {
        Cli.Result result = Cli.run("check-fixtures", DIR + "southern-valid.yaml");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("No violation: the fixture satisfies every pairing restriction.");
    }

    @Test
    void theShippedNationalStageFixturePasses() {
        Cli.Result result = Cli.run("check-fixtures", "scenarios/copa-peru-2017/national-stage.yaml");

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("150 first-round matches").contains("No violation");
    }
}
