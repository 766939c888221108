package org.adjudicator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.adjudicator.Cli;
import org.adjudicator.TestFiles;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Sessions;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Team;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tie level after the 90 minutes of a simulated second leg is played on as its set's criteria
 * for a two-legged tie say: a shoot-out straight away where the set has no extra time, extra time
 * first where the set names it, nothing more where away goals or the general table decide (2017).
 */
class SimulatedTieTest {
    private static final Tournament TWO_TEAMS = new Tournament("A tie", Path.of("scenarios/tie.yaml"), "copa-peru-2017",
            List.of(new Team("Alpha", null, null, null, Map.of()), new Team("Beta", null, null, null, Map.of())),
            List.of(), List.of(), List.of(), List.of(), null);

    private static List<Match> legs(int firstHome, int firstAway, int secondHome, int secondAway) {
        return List.of(
                new Match("round-of-16", null, null, "Beta", "Alpha", firstHome, firstAway, null, null, "T1", 1, null, null, null, null),
                new Match("round-of-16", null, null, "Alpha", "Beta", secondHome, secondAway, null, null, "T1", 2, null, null, null, null));
    }

    /** The second leg as the simulator leaves it, over several random streams. */
    private static List<Match> decidedSecondLegs(String set, List<Match> legs) {
        return decidedSecondLegs(Path.of("rules/" + set), legs);
    }

    private static List<Match> decidedSecondLegs(Path set, List<Match> legs) {
        RuleSet rules = Cli.bean(RulesLoader.class).load(set);
        Simulator simulator = Cli.bean(Simulator.class);
        List<Match> seconds = new java.util.ArrayList<>();
        for (int seed = 0; seed < 12; seed++) {
            Random random = new Random(seed * 0x9E3779B97F4A7C15L);
            Map<Match, Match> decided = simulator.decide(TWO_TEAMS, rules, legs, Simulator.shootOuts(legs, random), random, Map.of());
            seconds.add(decided.getOrDefault(legs.get(1), legs.get(1)));
        }
        return seconds;
    }

    @TempDir
    Path dir;

    /** A copy of the 2017 set with a shoot-out where 2017 has the general table. */
    private Path shootOutVariant() throws Exception {
        Path copy = TestFiles.copyFolder(Path.of("rules/copa-peru-2017"), dir.resolve("shoot-out"));
        Path ties = copy.resolve("ties.drl");
        Files.writeString(ties, Files.readString(ties).replace("\"Aggregate score\",\n        \"Better position in the general table\"",
                "\"Aggregate score\",\n        \"Penalty shoot-out\""));
        return copy;
    }

    @Test
    void aLevelTieGoesStraightToAShootOutWhereTheSetHasNoExtraTime() throws Exception {
        List<Match> seconds = decidedSecondLegs(shootOutVariant(), legs(1, 1, 0, 0));

        assertThat(seconds).allMatch(Match::hasPenalties).noneMatch(Match::hasExtraTime);
        assertThat(seconds).allMatch(m -> m.penaltiesFor("Alpha") != m.penaltiesFor("Beta"));
        assertThat(seconds).anyMatch(m -> m.penaltiesFor("Alpha") > m.penaltiesFor("Beta"))
                .anyMatch(m -> m.penaltiesFor("Beta") > m.penaltiesFor("Alpha"));
    }

    @Test
    void aLevelTieGetsExtraTimeFirstWhereTheSetNamesIt() {
        List<Match> seconds = decidedSecondLegs("uefa-champions-league-2023", legs(1, 1, 0, 0));

        assertThat(seconds).allMatch(Match::hasExtraTime);
        // A shoot-out only when extra time leaves the aggregate level.
        assertThat(seconds).allMatch(m -> m.hasPenalties() == (m.extraTimeGoalsFor("Alpha") == m.extraTimeGoalsFor("Beta")));
    }

    /** 2017: level on aggregate, the general table decides; nothing is played on. */
    @Test
    void aLevelTieIsNotPlayedOnIn2017() {
        List<Match> seconds = decidedSecondLegs("copa-peru-2017", legs(1, 1, 0, 0));

        assertThat(seconds).noneMatch(Match::hasExtraTime).noneMatch(Match::hasPenalties);
    }

    @Test
    void aTieThatAwayGoalsDecideIsNotPlayedOn() {
        // 1-1 at Beta's, 0-0 at Alpha's: Alpha scored the only away goal.
        List<Match> seconds = decidedSecondLegs("uefa-champions-league-2018", legs(1, 1, 0, 0));

        assertThat(seconds).noneMatch(Match::hasExtraTime).noneMatch(Match::hasPenalties);
    }

    /** The legs of tie {@code id} of a stage: 1-1 at Beta's, then 0-0 at Alpha's. */
    private static List<Match> level(String stage, String id) {
        return List.of(
                new Match(stage, null, null, "Beta", "Alpha", 1, 1, null, null, id, 1, null, null, null, null),
                new Match(stage, null, null, "Alpha", "Beta", 0, 0, null, null, id, 2, null, null, null, null));
    }

    @Test
    void theRoundsOfASeasonDecidedInOneTrialSessionAreDecidedAsInASessionEach() {
        for (String set : List.of("copa-peru-2017", "uefa-champions-league-2023", "uefa-champions-league-2018")) {
            RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/" + set));
            Simulator simulator = Cli.bean(Simulator.class);
            Adjudicator adjudicator = Cli.bean(Adjudicator.class);
            List<List<Match>> rounds = List.of(level("round-of-16", "T1"), level("quarter-finals", "T2"), level("final", "T3"));
            for (int seed = 0; seed < 6; seed++) {
                List<String> apart = new ArrayList<>();
                List<String> together = new ArrayList<>();
                Random random = new Random(seed);
                for (List<Match> legs : rounds) {
                    Map<Match, Match> decided = simulator.decide(TWO_TEAMS, rules, legs, Simulator.shootOuts(legs, random), random, Map.of());
                    apart.add(decided.getOrDefault(legs.get(1), legs.get(1)).label());
                }
                random = new Random(seed);
                try (Sessions sessions = new Sessions(); Adjudicator.Trial season = adjudicator.openTrial(TWO_TEAMS, rules, sessions)) {
                    for (List<Match> legs : rounds) {
                        Map<Match, Match> decided = simulator.decide(TWO_TEAMS, rules, legs, Simulator.shootOuts(legs, random), random,
                                Map.of(), sessions, season);
                        together.add(decided.getOrDefault(legs.get(1), legs.get(1)).label());
                    }
                }
                assertThat(together).as(set + ", seed " + seed).isEqualTo(apart);
            }
        }
    }

    @Test
    void aTieNotLevelIsLeftAsPlayed() {
        List<Match> seconds = decidedSecondLegs("copa-peru-2017", legs(1, 0, 0, 0));

        assertThat(seconds).noneMatch(Match::hasExtraTime).noneMatch(Match::hasPenalties);
    }
}
