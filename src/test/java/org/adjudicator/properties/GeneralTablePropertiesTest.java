package org.adjudicator.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.adjudicator.Cli;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Lot;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Standing;
import org.adjudicator.facts.Team;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random tournaments ranked by the 2017 rules and by an independent oracle agree, and the ranking
 * keeps its invariants. Each property is tried on {@code -Dproperties.tries} random tournaments (200
 * in the normal run; 10000 in the long run, see the README), one dynamic test per seed: see
 * {@link RandomTries} for replaying a failure.
 */
class GeneralTablePropertiesTest {
    static final String CLASS = GeneralTablePropertiesTest.class.getSimpleName();

    static final String[] NAMES = {"Alianza", "Binacional", "Cienciano", "Defensor", "Estudiantil", "Garcilaso",
        "Huracán", "Inca", "Juventud", "Kola", "León", "Melgar"};

    static final Adjudicator ADJUDICATOR = Cli.bean(Adjudicator.class);
    static final RuleSet RULES = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));

    /** A random tournament of 2 to 12 teams and 1 to 30 matches, the ends of each range one time in ten. */
    static Tournament tournament(SplittableRandom random) {
        int teams = RandomTries.between(random, 2, NAMES.length);
        int matches = RandomTries.between(random, 1, 30);
        return tournament(teams, matches, random.nextLong());
    }

    /** n teams, m matches between random pairs, scores 0-4, half-time scores (a few missing), lots one time in three. */
    static Tournament tournament(int n, int m, long seed) {
        Random random = new Random(seed);
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < n; i++) teams.add(new Team(NAMES[i], null, null, null, Map.of()));
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int h = random.nextInt(n);
            int a = (h + 1 + random.nextInt(n - 1)) % n;
            int hg = random.nextInt(5);
            int ag = random.nextInt(5);
            boolean halfKnown = random.nextInt(20) != 0;
            matches.add(new Match("", null, NAMES[h], NAMES[a], hg, ag,
                    halfKnown ? random.nextInt(hg + 1) : null, halfKnown ? random.nextInt(ag + 1) : null));
        }
        List<Lot> lots = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            List<String> drawn = new ArrayList<>(List.of(NAMES).subList(0, n));
            Collections.shuffle(drawn, random);
            for (int i = 0; i < n; i++) lots.add(new Lot(drawn.get(i), i + 1));
        }
        return new Tournament("Random", Path.of("scenarios/random.yaml"), "copa-peru-2017", teams, matches, lots,
                List.of(), List.of(), null);
    }

    @TestFactory
    Stream<DynamicTest> theRulesAgreeWithTheOracle() {
        return RandomTries.of(CLASS, "theRulesAgreeWithTheOracle", random -> theRulesAgreeWithTheOracle(tournament(random)));
    }

    void theRulesAgreeWithTheOracle(Tournament t) {
        Set<String> playing = new LinkedHashSet<>();
        for (Match m : t.matches()) {
            playing.add(m.getHome());
            playing.add(m.getAway());
        }
        Map<String, Integer> expected = GeneralTableOracle.positions(new ArrayList<>(playing), t.matches(), t.lots());

        assertThat(positions(table(t))).isEqualTo(expected);
    }

    @TestFactory
    Stream<DynamicTest> shufflingTeamsAndMatchesChangesNothing() {
        return RandomTries.of(CLASS, "shufflingTeamsAndMatchesChangesNothing",
                random -> shufflingTeamsAndMatchesChangesNothing(tournament(random), random.nextLong()));
    }

    void shufflingTeamsAndMatchesChangesNothing(Tournament t, long seed) {
        List<Team> teams = new ArrayList<>(t.teams());
        List<Match> matches = new ArrayList<>(t.matches());
        List<Lot> lots = new ArrayList<>(t.lots());
        Random random = new Random(seed);
        Collections.shuffle(teams, random);
        Collections.shuffle(matches, random);
        Collections.shuffle(lots, random);
        Tournament shuffled = new Tournament(t.name(), t.source(), t.rulesName(), teams, matches, lots, List.of(), List.of(), null);

        Ranking before = table(t);
        Ranking after = table(shuffled);
        assertThat(positions(after)).isEqualTo(positions(before));
        assertThat(after.explanations()).isEqualTo(before.explanations());
    }

    @TestFactory
    Stream<DynamicTest> renamingTeamsChangesOnlyTheNames() {
        return RandomTries.of(CLASS, "renamingTeamsChangesOnlyTheNames", random -> renamingTeamsChangesOnlyTheNames(tournament(random)));
    }

    void renamingTeamsChangesOnlyTheNames(Tournament t) {
        Map<String, String> rename = new HashMap<>();
        for (int i = 0; i < t.teams().size(); i++) rename.put(t.teams().get(i).getName(), "Club " + (char) ('Z' - i));
        List<Team> teams = t.teams().stream().map(x -> new Team(rename.get(x.getName()), null, null, null, Map.of())).toList();
        List<Match> matches = t.matches().stream().map(m -> new Match("", null, rename.get(m.getHome()), rename.get(m.getAway()),
                m.getHomeGoals(), m.getAwayGoals(), m.hasHalfTime() ? m.halfTimeGoalsFor(m.getHome()) : null,
                m.hasHalfTime() ? m.halfTimeGoalsFor(m.getAway()) : null)).toList();
        List<Lot> lots = t.lots().stream().map(l -> new Lot(rename.get(l.getTeam()), l.getRank())).toList();
        Tournament renamed = new Tournament(t.name(), t.source(), t.rulesName(), teams, matches, lots, List.of(), List.of(), null);

        Map<String, Integer> expected = new HashMap<>();
        positions(table(t)).forEach((team, position) -> expected.put(rename.get(team), position));
        assertThat(positions(table(renamed))).isEqualTo(expected);
    }

    @TestFactory
    Stream<DynamicTest> addingAMatchChangesOnlyTheRecordsOfItsTwoTeams() {
        return RandomTries.of(CLASS, "addingAMatchChangesOnlyTheRecordsOfItsTwoTeams",
                random -> addingAMatchChangesOnlyTheRecordsOfItsTwoTeams(tournament(random), random.nextLong()));
    }

    void addingAMatchChangesOnlyTheRecordsOfItsTwoTeams(Tournament t, long seed) {
        Random random = new Random(seed);
        int n = t.teams().size();
        int h = random.nextInt(n);
        int a = (h + 1 + random.nextInt(n - 1)) % n;
        List<Match> more = new ArrayList<>(t.matches());
        more.add(new Match("", null, NAMES[h], NAMES[a], random.nextInt(4), random.nextInt(4), 0, 0));
        Tournament after = t.with(more, List.of());

        Map<String, Standing> was = table(t).standings();
        Map<String, Standing> now = table(after).standings();
        for (Map.Entry<String, Standing> e : was.entrySet()) {
            if (e.getKey().equals(NAMES[h]) || e.getKey().equals(NAMES[a])) continue;
            assertThat(now.get(e.getKey()).getFigures()).as(e.getKey()).isEqualTo(e.getValue().getFigures());
        }
    }

    @TestFactory
    Stream<DynamicTest> aTeamBetterOnEveryFigureNeverRanksBelow() {
        return RandomTries.of(CLASS, "aTeamBetterOnEveryFigureNeverRanksBelow",
                random -> aTeamBetterOnEveryFigureNeverRanksBelow(tournament(random)));
    }

    void aTeamBetterOnEveryFigureNeverRanksBelow(Tournament t) {
        Ranking table = table(t);
        List<String> figures = List.of("points", "goalDifference", "goalsFor", "awayPoints", "awayGoalDifference",
                "awayGoalsFor", "firstHalfPoints");
        for (Standing x : table.standings().values()) {
            for (Standing y : table.standings().values()) {
                boolean better = x != y && figures.stream().allMatch(f -> x.get(f) != null && y.get(f) != null && x.get(f) > y.get(f));
                if (better) {
                    assertThat(table.placementOf(x.getTeam()).getPosition()).as(x.getTeam() + " against " + y.getTeam())
                            .isLessThan(table.placementOf(y.getTeam()).getPosition());
                }
            }
        }
    }

    static Ranking table(Tournament t) {
        Adjudication a = ADJUDICATOR.adjudicate(t, RULES, false);
        return a.ranking("General table");
    }

    static Map<String, Integer> positions(Ranking ranking) {
        Map<String, Integer> positions = new HashMap<>();
        for (Placement p : ranking.placements()) positions.put(p.getTeam(), p.getPosition());
        return positions;
    }
}
