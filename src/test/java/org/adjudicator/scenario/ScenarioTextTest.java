package org.adjudicator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A scenario's text changed in place: only the values changed, every comment and the layout kept, in flow and block style. */
class ScenarioTextTest {
    static final String FILE = """
            # The official's header.
            name: Cup   # its name
            matches:
              # First round.
              - {stage: one, home: A, away: B, score: 1-0, halfTime: 0-0}   # a note
              - stage: one
                home: C
                away: D
                score: 2-2
            expect:
              positions:
                Table: {A: 1, B: 2, C: 3, D: 4}
            """;

    @Test
    void aScoreIsReplacedAndAKeyRemovedInAFlowMap() {
        ScenarioText text = ScenarioText.of(FILE);
        MappingNode first = match(text, 0);
        text.put(first, "score", "0-3");
        text.remove(first, "halfTime");

        assertThat(text.result()).isEqualTo(FILE.replace("score: 1-0, halfTime: 0-0}", "score: 0-3}"));
    }

    @Test
    void aKeyIsAddedToABlockMapAtItsIndentation() {
        ScenarioText text = ScenarioText.of(FILE);
        text.put(match(text, 1), "awarded", "3-0");
        text.put(match(text, 1), "reason", ScenarioText.yaml("ineligible player: #7"));

        assertThat(text.result()).isEqualTo(FILE.replace("    score: 2-2\n",
                "    score: 2-2\n    awarded: 3-0\n    reason: \"ineligible player: #7\"\n"));
    }

    /** Keys set and removed at once (a null removes): a key added goes after the last key kept, not into a line removed. */
    @Test
    void keysSetAndRemovedAtOnceNeverOverlap() {
        ScenarioText text = ScenarioText.of(FILE);
        Map<String, String> block = new LinkedHashMap<>();
        block.put("score", null);
        block.put("awarded", "3-0");
        text.set(match(text, 1), block);
        Map<String, String> flow = new LinkedHashMap<>();
        flow.put("halfTime", null);
        flow.put("penalties", "4-3");
        flow.put("score", "2-2");
        text.set(match(text, 0), flow);

        assertThat(text.result()).isEqualTo(FILE.replace("    score: 2-2\n", "    awarded: 3-0\n")
                .replace("score: 1-0, halfTime: 0-0}", "score: 2-2, penalties: 4-3}"));
    }

    @Test
    void aListMissingIsAddedBeforeExpectAndAnEntryAfterTheLastOfAList() {
        ScenarioText text = ScenarioText.of(FILE);
        text.append("sanctions", "{team: A, points: -3, reason: what-if}", "expect");
        text.append("matches", "{stage: one, home: B, away: A}", null);

        assertThat(text.result()).isEqualTo(FILE
                .replace("    score: 2-2\n", "    score: 2-2\n  - {stage: one, home: B, away: A}\n")
                .replace("expect:\n", "sanctions:\n  - {team: A, points: -3, reason: what-if}\nexpect:\n"));
    }

    @Test
    void leadingEntriesOfAFlowMapAreRemovedWithTheirCommas() {
        ScenarioText text = ScenarioText.of(FILE);
        MappingNode expect = (MappingNode) ScenarioText.value(text.root(), "expect");
        MappingNode table = (MappingNode) ScenarioText.value((MappingNode) ScenarioText.value(expect, "positions"), "Table");
        text.removeKeys(table, Set.of("A", "B", "D"));

        assertThat(text.result()).isEqualTo(FILE.replace("{A: 1, B: 2, C: 3, D: 4}", "{C: 3}"));
    }

    @Test
    void aBlockIsTurnedIntoCommentsUnderItsReason() {
        ScenarioText text = ScenarioText.of(FILE);
        text.commentOut("expect", List.of("expect: removed: it no longer holds"));

        assertThat(text.result()).endsWith("# expect: removed: it no longer holds\n# expect:\n#   positions:\n#     Table: {A: 1, B: 2, C: 3, D: 4}\n");
    }

    private static MappingNode match(ScenarioText text, int index) {
        return (MappingNode) ((SequenceNode) ScenarioText.value(text.root(), "matches")).getValue().get(index);
    }
}
