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
import org.adjudicator.clinch.Clinch;
import org.adjudicator.clinch.Place;
import org.adjudicator.clinch.Question;
import org.adjudicator.clinch.Race;
import org.adjudicator.clinch.TeamStatus;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Team;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The solver's clinched / eliminated / open answers equal exhaustive enumeration: on random tables
 * of 8 teams with 8 matches left (3^8 = 6,561 outcomes), for every team and every place (the first
 * 1 ... 7, and two places in the middle). The enumeration counts each outcome's points with the
 * points the rules award; a sample of the outcomes (all of them with
 * {@code -Dclinch.everyOutcomeByRules=true}) is adjudicated by the rules, whose points must be the
 * same and whose positions must never contradict a clinched or eliminated answer. Tries: see
 * {@link RandomTries} ({@code -Dproperties.tries=2000} for the long run).
 */
class ClinchAgreementTest {
    static final String CLASS = ClinchAgreementTest.class.getSimpleName();
    static final Adjudicator ADJUDICATOR = Cli.bean(Adjudicator.class);
    static final Clinch CLINCH = Cli.bean(Clinch.class);
    static final RuleSet RULES = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));
    static final boolean EVERY_OUTCOME = Boolean.getBoolean("clinch.everyOutcomeByRules");

    /** 8 teams, 0 to 12 played matches (scores 0-3), 8 matches left between random pairs. */
    static Tournament tournament(SplittableRandom seed) {
        Random random = new Random(seed.nextLong());
        List<Team> teams = new ArrayList<>();
        List<String> names = List.of(GeneralTablePropertiesTest.NAMES).subList(0, 8);
        for (String name : names) teams.add(new Team(name, null, null, null, Map.of()));
        List<Match> matches = new ArrayList<>();
        int played = random.nextInt(13);
        for (int i = 0; i < played + 8; i++) {
            int h = random.nextInt(8);
            int a = (h + 1 + random.nextInt(7)) % 8;
            boolean left = i >= played;
            matches.add(new Match("first-round", 1 + i / 4, names.get(h), names.get(a), left ? null : random.nextInt(4),
                    left ? null : random.nextInt(4), null, null).at(i + 1));
        }
        return new Tournament("Random", Path.of("scenarios/random.yaml"), "copa-peru-2017", teams, matches, List.of(),
                List.of(), List.of(), null);
    }

    @TestFactory
    Stream<DynamicTest> theSolverAgreesWithEnumeration() {
        return RandomTries.of(CLASS, "theSolverAgreesWithEnumeration", random -> agrees(tournament(random), random));
    }

    static void agrees(Tournament t, SplittableRandom random) {
        Adjudication now = ADJUDICATOR.adjudicate(t, RULES, false);
        Ranking table = now.ranking("General table");
        Clinch.Setup s = CLINCH.setup(now, table);
        Race race = s.race();
        int n = race.teams().size();
        List<Place> places = new ArrayList<>();
        for (int k = 1; k < n; k++) places.add(new Place("first " + k, 1, k));
        places.add(new Place("middle", 3, Math.min(5, n)));
        places.add(new Place("bottom", Math.max(2, n - 2), n));
        int outcomes = (int) Math.pow(3, race.matches());
        int[][] points = new int[outcomes][];
        for (int code = 0; code < outcomes; code++) points[code] = race.pointsAfter(decode(code, race.matches()));
        List<TeamStatus> proven = new ArrayList<>();
        for (String team : race.teams()) {
            int i = race.teams().indexOf(team);
            for (Place place : places) {
                TeamStatus st = CLINCH.status(s, team, place, null, 60_000);
                boolean[] exists = new boolean[Question.values().length];
                for (int[] p : points) {
                    int[] counts = Race.aboveAndLevel(p, i);
                    for (Question q : Question.values()) exists[q.ordinal()] |= q.holds(counts[0], counts[1], place);
                }
                String what = team + " for " + place;
                TeamStatus.Kind expected = !exists[Question.IN_IF_LEVEL.ordinal()] ? TeamStatus.Kind.ELIMINATED
                        : !exists[Question.OUT_IF_LEVEL.ordinal()] ? TeamStatus.Kind.CLINCHED : TeamStatus.Kind.OPEN;
                assertThat(st.kind()).as(what).isEqualTo(expected);
                assertThat(st.proven()).as(what).isTrue();
                assertThat(st.inOnPoints()).as(what + ", in on points").isEqualTo(exists[Question.IN_ON_POINTS.ordinal()]);
                if (st.kind() != TeamStatus.Kind.CLINCHED) {
                    assertThat(st.outOnPoints()).as(what + ", out on points").isEqualTo(exists[Question.OUT_ON_POINTS.ordinal()]);
                }
                if (st.kind() != TeamStatus.Kind.OPEN) proven.add(st);
            }
        }
        // The rules' verdict: their points are the model's, and no outcome contradicts a proof.
        int sample = EVERY_OUTCOME ? outcomes : 12;
        for (int k = 0; k < sample; k++) {
            int code = EVERY_OUTCOME ? k : random.nextInt(outcomes);
            int[] results = decode(code, race.matches());
            List<Match> matches = new ArrayList<>(t.matches());
            for (int m = 0; m < s.remaining().size(); m++) {
                Match left = s.remaining().get(m);
                int home = results[m] == Race.HOME ? 1 : 0;
                int away = results[m] == Race.AWAY ? 1 : 0;
                matches.set(matches.indexOf(left), left.withScore(home, away));
            }
            Ranking r = ADJUDICATOR.adjudicate(t.with(matches, List.of()), RULES, false).ranking("General table");
            for (int i = 0; i < n; i++) {
                assertThat(r.standings().get(race.teams().get(i)).get("points")).as("points of " + race.teams().get(i))
                        .isEqualTo(points[code][i]);
            }
            for (TeamStatus st : proven) {
                Placement p = r.placementOf(st.team());
                int last = Math.max(p.getPosition(), p.getLastPosition());
                if (st.kind() == TeamStatus.Kind.CLINCHED) {
                    assertThat(p.getPosition() >= st.place().first() && last <= st.place().last())
                            .as(st.team() + " clinched " + st.place() + " but the rules place it " + p).isTrue();
                } else {
                    assertThat(st.place().meets(p.getPosition(), last))
                            .as(st.team() + " eliminated from " + st.place() + " but the rules place it " + p).isFalse();
                }
            }
        }
    }

    static int[] decode(int code, int n) {
        int[] results = new int[n];
        for (int i = 0; i < n; i++) {
            results[i] = code % 3;
            code /= 3;
        }
        return results;
    }
}
