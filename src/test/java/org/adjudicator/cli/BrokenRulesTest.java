package org.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.adjudicator.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken DRL file: exit 2 and one line with the real file, the line and the rule. */
class BrokenRulesTest {
    static final String SCENARIO = "scenarios/copa-peru-2017/final-group.yaml";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax        | criteria.drl:10: rule "Goal difference": mismatched input 'then'
            unknown-field | criteria.drl:16: rule "Goal difference": TiedGroup has no field "nextCriterium"; did you mean "nextCriterion"?
            bad-java      | criteria.drl:7: rule "Goal difference": The method splitt(
            """)
    void namesTheFileTheLineAndTheRule(String folder, String expected) {
        String rules = "src/test/resources/rules-broken/" + folder;

        Cli.Result result = Cli.run("rank", SCENARIO, "--rules", rules);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).startsWith(rules + "/" + expected).doesNotContain("\n").doesNotContain("\tat ");
    }

    @Test
    void aFolderWithoutDrlFilesIsABadInput() {
        Cli.Result result = Cli.run("rank", SCENARIO, "--rules", "src/test/resources/scenarios");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("src/test/resources/scenarios: the rules folder holds no .drl file");
    }

    @Test
    void anUnknownRegulationSetListsTheAvailableOnes() {
        Cli.Result result = Cli.run("rank", SCENARIO, "--rules", "no-such-set");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("--rules: regulation set \"no-such-set\" not found").contains("; available: base, copa-peru-2017, copa-peru-2017-proposal, copa-peru-2018, copa-peru-2019, fifa-world-cup-1990");
    }
}
