package org.adjudicator.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** The generic split behind every criterion rule, without the engine: given records, expect groups. */
class TiebreakTest {
    static final Precedence ORDER = new Precedence("test table", "Goal difference", "Drawing of lots");

    @Test
    void splitsIntoRunsOfEqualValueBestFirstAndExplainsIt() {
        TiedGroup group = group(3, standing("C", "goalDifference", 1), standing("A", "goalDifference", 4),
                standing("B", "goalDifference", 1));

        List<Object> facts = Tiebreak.split(rule("Goal difference", "2", "Goal difference"), group, "goalDifference",
                Tiebreak.HIGHER_FIRST);

        List<TiedGroup> groups = facts.stream().filter(TiedGroup.class::isInstance).map(TiedGroup.class::cast).toList();
        assertThat(groups).extracting(TiedGroup::toString).containsExactly("T: positions 4-5 [B, C]");
        assertThat(groups).allMatch(g -> g.getStep() == 1 && "Goal difference".equals(g.getSettledBy()));
        Placement alone = (Placement) facts.get(0);
        assertThat(alone).as("a team the criterion separates from every other is placed by it").hasToString("T 3. A");
        assertThat(alone.getRule()).isEqualTo("Goal difference");
        assertThat(alone.getSettledBy()).isEqualTo("Goal difference");
        Explanation explanation = (Explanation) facts.get(facts.size() - 1);
        assertThat(explanation.kind()).isEqualTo(Explanation.SEPARATED);
        assertThat(explanation.values()).isEqualTo(Map.of("A", "+4", "B", "+1", "C", "+1"));
        assertThat(explanation.outcome()).containsExactly(List.of("A"), List.of("B", "C"));
        assertThat(explanation.description())
                .isEqualTo("Goal difference (criterion 2) decides positions 3-5: A (+4) ahead of B and C (+1 each, still level).");
        assertThat(explanation.separates("A", "B")).isTrue();
        assertThat(explanation.separates("B", "C")).isFalse();
    }

    @Test
    void lowerFirstRanksTheSmallerValueHigher() {
        TiedGroup group = group(1, standing("A", "lots", 2), standing("B", "lots", 1));

        List<Object> facts = Tiebreak.split(rule("Drawing of lots", "6", "Drawing of lots"), group, "lots", Tiebreak.LOWER_FIRST);

        assertThat(facts.get(0)).hasToString("T 1. B");
        assertThat(facts.get(1)).hasToString("T 2. A");
    }

    @Test
    void aCriterionThatDoesNotSeparateKeepsTheGroupForTheNext() {
        TiedGroup group = group(1, standing("A", "goalDifference", 0), standing("B", "goalDifference", 0));

        List<Object> facts = Tiebreak.split(rule("Goal difference", "2", "Goal difference"), group, "goalDifference",
                Tiebreak.HIGHER_FIRST);

        TiedGroup next = (TiedGroup) facts.get(0);
        assertThat(next.getNextCriterion()).isEqualTo("Drawing of lots");
        assertThat(((Explanation) facts.get(1)).kind()).isEqualTo(Explanation.LEVEL);
    }

    @Test
    void aMissingFigureBlocksTheGroupAndNamesWhatIsMissing() {
        Standing a = standing("A", "lots", 1);
        Standing b = new Standing("T", "B").unknown("lots", "no drawing of lots recorded for B");
        TiedGroup group = group(7, a, b);

        List<Object> facts = Tiebreak.split(rule("Drawing of lots", "6", "Drawing of lots", "a drawing of lots is required"),
                group, "lots", Tiebreak.LOWER_FIRST);

        TiedGroup stuck = (TiedGroup) facts.get(0);
        assertThat(stuck.isUnresolved()).isTrue();
        assertThat(stuck.getBlockedBy()).isEqualTo("a drawing of lots is required");
        assertThat(((Explanation) facts.get(1)).description()).isEqualTo("A and B share position 7: Drawing of lots "
                + "(criterion 6) cannot be applied, a drawing of lots is required (no drawing of lots recorded for B).");
    }

    private static TiedGroup group(int firstPosition, Standing... members) {
        return new TiedGroup("T", List.of(members), firstPosition, ORDER, 0, null, null);
    }

    private static Standing standing(String team, String figure, int value) {
        return new Standing("T", team).set(figure, value);
    }

    private static Rule rule(String name, String regulation, String wording, String... whenMissing) {
        Map<String, Object> meta = whenMissing.length == 0
                ? Map.of("regulation", regulation, "wording", wording)
                : Map.of("regulation", regulation, "wording", wording, "whenMissing", whenMissing[0]);
        return new Rule() {
            @Override public String getName() { return name; }
            @Override public String getPackageName() { return "test"; }
            @Override public Map<String, Object> getMetaData() { return meta; }
            @Override public KnowledgeType getKnowledgeType() { return KnowledgeType.RULE; }
            @Override public String getNamespace() { return "test"; }
            @Override public String getId() { return name; }
            @Override public int getLoadOrder() { return 0; }
        };
    }
}
