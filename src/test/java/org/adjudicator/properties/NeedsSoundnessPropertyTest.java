package org.adjudicator.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.clinch.Place;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Team;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Needs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 23, item 1: every condition `needs` prints as sufficient holds on every scoreline inside it,
 * and "otherwise it does not reach" holds on every scoreline outside its two lists. On random
 * tables of 6 to 9 teams with 3 to 6 matches left (copa-peru-2017's general table), for a random
 * team and target (a position, or every zone by default), scorelines are drawn inside and outside
 * the conditions, big margins included (up to 12 goals), and adjudicated by the rules.
 *
 * <p>Tries: {@code -Dneeds.property.tries} (default {@value #DEFAULT_TRIES}), else
 * {@code -Dproperties.tries}; seed {@code -Dproperties.seed} (see {@link RandomTries}). The long run:
 * {@code mvn -B test -Dtest=NeedsSoundnessPropertyTest -Dneeds.property.tries=2000}.
 */
class NeedsSoundnessPropertyTest {
    static final String CLASS = NeedsSoundnessPropertyTest.class.getSimpleName();
    static final int DEFAULT_TRIES = 12;
    static final Adjudicator ADJUDICATOR = Cli.bean(Adjudicator.class);
    static final Needs NEEDS = Cli.bean(Needs.class);
    static final RuleSet RULES = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));
    /** Scorelines drawn per try. */
    static final int SCORELINES = 16;

    static int tries() {
        return Integer.getInteger("needs.property.tries", Integer.getInteger("properties.tries", DEFAULT_TRIES));
    }

    static Tournament tournament(Random random, int n, int left) {
        List<Team> teams = new ArrayList<>();
        List<String> names = List.of(GeneralTablePropertiesTest.NAMES).subList(0, n);
        for (String name : names) teams.add(new Team(name, null, null, null, Map.of()));
        List<Match> matches = new ArrayList<>();
        int played = random.nextInt(2 * n + 1);
        for (int i = 0; i < played + left; i++) {
            int h = random.nextInt(n);
            int a = (h + 1 + random.nextInt(n - 1)) % n;
            boolean open = i >= played;
            matches.add(new Match("first-round", 1 + i / 4, names.get(h), names.get(a), open ? null : random.nextInt(4),
                    open ? null : random.nextInt(4), null, null).at(i + 1));
        }
        return new Tournament("Random", Path.of("scenarios/random.yaml"), "copa-peru-2017", teams, matches, List.of(),
                List.of(), List.of(), null);
    }

    @TestFactory
    Stream<DynamicTest> everySufficientConditionHoldsOnEveryScorelineInsideIt() {
        return RandomTries.of(CLASS, "everySufficientConditionHoldsOnEveryScorelineInsideIt", tries(), NeedsSoundnessPropertyTest::sound);
    }

    static void sound(SplittableRandom seed) {
        Random random = new Random(seed.nextLong());
        int n = 6 + random.nextInt(4);
        Tournament t = tournament(random, n, 3 + random.nextInt(4));
        String team = t.teams().get(random.nextInt(n)).getName();
        String target = random.nextInt(3) == 0 ? null : String.valueOf(1 + random.nextInt(n - 1));
        Needs.Analysis a = NEEDS.analyse(t, null, team, target, Needs.MOST_OUTCOMES);
        assertThat(a.bugs()).isEmpty();
        List<Match> remaining = a.remaining();
        for (int k = 0; k < SCORELINES; k++) {
            // Half the scorelines inside a condition printed as sufficient, the others anywhere.
            Needs.Answer aimed = a.answers().get(random.nextInt(a.answers().size()));
            int[] inside = k % 2 == 0 && !aimed.conditions().reached().isEmpty()
                    ? aimed.conditions().reached().get(random.nextInt(aimed.conditions().reached().size())) : null;
            List<Match> matches = new ArrayList<>(t.matches());
            int[] results = new int[a.relevant().size()];
            for (Match m : remaining) {
                int r = a.relevant().indexOf(m);
                int mask = inside != null && r >= 0 ? inside[r] : 7;
                int result = pick(random, mask);
                if (r >= 0) results[r] = result;
                int margin = random.nextInt(4) == 0 ? 5 + random.nextInt(8) : 1 + random.nextInt(3);
                int drawn = random.nextInt(5) == 0 ? 6 : random.nextInt(5);
                int home = result == 1 ? margin + random.nextInt(3) : result == 2 ? drawn : random.nextInt(3);
                int away = result == 4 ? home + margin : result == 2 ? drawn : result == 1 ? Math.max(0, home - margin) : 0;
                if (result == 1) home = away + margin;
                matches.set(matches.indexOf(m), m.withScore(home, away));
            }
            Ranking r = ADJUDICATOR.adjudicate(t.with(matches, List.of()), RULES, false).ranking(a.table());
            Placement p = r.placementOf(team);
            int first = p.getPosition();
            int last = Math.max(p.getPosition(), p.getLastPosition());
            for (Needs.Answer answer : a.answers()) {
                Place place = answer.conditions().place();
                String where = team + " for " + answer.target() + " with " + matches.subList(matches.size() - remaining.size(), matches.size())
                        + ": the rules place it " + first + "-" + last + "; needs said " + answer;
                if (within(answer.conditions().reached(), results)) {
                    assertThat(first >= place.first() && last <= place.last()).as("sufficient condition broken: " + where).isTrue();
                } else if (!within(answer.conditions().depends(), results)) {
                    assertThat(place.meets(first, last)).as("\"otherwise it does not reach\" broken: " + where).isFalse();
                }
            }
        }
    }

    /** A result allowed by a condition on a match (bits: home win 1, draw 2, away win 4), drawn at random. */
    private static int pick(Random random, int mask) {
        List<Integer> allowed = new ArrayList<>();
        for (int bit : new int[] {1, 2, 4}) if ((mask & bit) != 0) allowed.add(bit);
        return allowed.get(random.nextInt(allowed.size()));
    }

    private static boolean within(List<int[]> conditions, int[] results) {
        for (int[] c : conditions) {
            boolean all = true;
            for (int i = 0; i < c.length; i++) if ((c[i] & results[i]) == 0) all = false;
            if (all) return true;
        }
        return false;
    }
}
