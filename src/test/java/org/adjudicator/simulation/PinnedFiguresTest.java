package org.adjudicator.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.adjudicator.Cli;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Tournament;
import org.junit.jupiter.api.Test;

/**
 * The figures of a fixed seed and run count, computed before the simulation was made faster: any
 * change to how a season is run (sessions reused, facts left out, explanations skipped) must give
 * exactly these counts. The workload is the benchmark's: the 2017 first round with every score
 * removed, then every later stage as the rules pair it.
 *
 * Re-pinned in 2026-12 because the 2017 rules changed, not the simulator: a two-legged tie level on
 * aggregate now goes to the better placed in the general table (rules/copa-peru-2017/ties.drl), with no
 * extra time and no penalties. The first round's figures (zones, places) are unchanged; only what the
 * knockout stages give moved. Checked: with this code and these rules but "Penalty shoot-out" put back
 * in the tie's order, the same seed gives the old figures exactly (SHA-256 16a0fc69..., Binacional
 * promoted 7 and 2 times, final group 24, quarter-finals 48, round of 16 81).
 */
class PinnedFiguresTest {
    /** SHA-256 of every team's count of every outcome, one "team|outcome|count" line each, in order. */
    private static final String PINNED_SHA256 = "098b3f8e0a41ba6df0fb3a394b6ee673e8404416e595e1e48a30c5cd6055619a";

    @Test
    void aFixedSeedGivesTheFiguresItGaveBeforeTheSimulationWasMadeFaster() throws Exception {
        Tournament full = new ScenarioReader().read(Path.of("scenarios/copa-peru-2017/national-stage.yaml"));
        List<Match> fixture = full.matches().stream().filter(m -> m.getStage().equals("first-round"))
                .map(m -> new Match(m.getStage(), m.getRound(), m.getHome(), m.getAway(), null, null, null, null)).toList();
        Tournament open = full.with(fixture, List.of());
        RuleSet rules = Cli.bean(RulesLoader.class).load(Path.of("rules/copa-peru-2017"));

        Simulator.Result result = Cli.bean(Simulator.class).simulate(open, rules, 300, 20260601L, 2, done -> { });

        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, Map<String, Integer>> team : result.counts().entrySet()) {
            for (Map.Entry<String, Integer> outcome : team.getValue().entrySet()) {
                lines.append(team.getKey()).append('|').append(outcome.getKey()).append('|').append(outcome.getValue()).append('\n');
            }
        }
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(result.outcomes()).containsExactly("zone: round of 16", "zone: repechage", "zone: eliminated",
                "reached: round-of-16", "reached: quarter-finals", "reached: final-group", "promoted: 1", "promoted: 2",
                "place: 1", "place: 2", "place: 3", "place: 4", "place: 5", "place: 6", "place: 7", "place: 8");
        assertThat(result.places()).isEqualTo(PINNED_PLACES);
        assertThat(result.counts().get("Binacional")).isEqualTo(PINNED_BINACIONAL);
        assertThat(digest).as(lines.toString()).isEqualTo(PINNED_SHA256);
    }

    private static final Map<String, Integer> PINNED_PLACES = Map.ofEntries(Map.entry("place: 1", 1), Map.entry("place: 2", 1),
            Map.entry("place: 3", 1), Map.entry("place: 4", 1), Map.entry("place: 5", 1), Map.entry("place: 6", 1),
            Map.entry("place: 7", 1), Map.entry("place: 8", 1), Map.entry("promoted: 1", 1), Map.entry("promoted: 2", 1),
            Map.entry("reached: final-group", 4), Map.entry("reached: quarter-finals", 8), Map.entry("reached: round-of-16", 16),
            Map.entry("zone: eliminated", 26), Map.entry("zone: repechage", 16), Map.entry("zone: round of 16", 8));
    private static final Map<String, Integer> PINNED_BINACIONAL = Map.ofEntries(Map.entry("place: 1", 5), Map.entry("place: 2", 6),
            Map.entry("place: 3", 5), Map.entry("place: 4", 5), Map.entry("place: 5", 5), Map.entry("place: 6", 5),
            Map.entry("place: 7", 6), Map.entry("place: 8", 6), Map.entry("promoted: 1", 4), Map.entry("promoted: 2", 4),
            Map.entry("reached: final-group", 19), Map.entry("reached: quarter-finals", 39), Map.entry("reached: round-of-16", 76),
            Map.entry("zone: eliminated", 161), Map.entry("zone: repechage", 96), Map.entry("zone: round of 16", 43));
}
