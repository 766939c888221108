package org.adjudicator.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.adjudicator.facts.Lot;
import org.adjudicator.facts.Cards;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.RecordedPlace;
import org.adjudicator.facts.Replacement;
import org.adjudicator.facts.Sanction;
import org.adjudicator.facts.Withdrawal;
import org.adjudicator.facts.Team;

/**
 * Checks a scenario as written and turns it into facts. Only what no regulation could accept is
 * refused here (a team playing itself, a negative score); everything a regulation decides is left
 * to the rules.
 */
final class ScenarioChecker {
    /** More goals than this by one side is taken for a typing mistake. */
    static final int MAX_GOALS = 199;
    private static final Pattern SCORE = Pattern.compile("\\s*(\\d{1,9})\\s*-\\s*(\\d{1,9})\\s*");

    private final String shown;
    private final Path file;

    private final boolean fixtureAsWritten;

    /**
     * @param fixtureAsWritten accept a team in two matches of one round: `check-fixtures` reads a
     *                         fixture as it is and lets the rules say what it breaks
     */
    ScenarioChecker(String shown, Path file, boolean fixtureAsWritten) {
        this.shown = shown;
        this.file = file;
        this.fixtureAsWritten = fixtureAsWritten;
    }

    /** Sizes past which a scenario is refused: far beyond any real competition, and within memory. */
    static final int MAX_TEAMS = 5_000;
    static final int MAX_MATCHES = 50_000;

    Tournament check(ScenarioFile scenario) {
        new TextFields(shown).check(scenario);
        require(scenario.name, "name", "a name for the scenario, e.g. name: Copa Perú 2017 - final group");
        require(scenario.rules, "rules", "the regulation set, e.g. rules: copa-peru-2017");
        if (scenario.teams == null || scenario.teams.isEmpty()) {
            throw error(0, "teams", "the scenario needs a list of teams, each with a name");
        }
        if (scenario.matches == null) throw error(0, "matches", "the scenario needs a list of matches (it may be empty: matches: [])");
        if (scenario.teams.size() > MAX_TEAMS) {
            throw error(0, "teams", scenario.teams.size() + " teams: more than this tool's limit of " + MAX_TEAMS + " per scenario");
        }
        if (scenario.matches.size() > MAX_MATCHES) {
            throw error(0, "matches", scenario.matches.size() + " matches: more than this tool's limit of " + MAX_MATCHES
                    + " per scenario; split the competition into stages or groups");
        }

        Map<String, Integer> teamLines = new LinkedHashMap<>();
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < scenario.teams.size(); i++) {
            ScenarioFile.TeamEntry entry = scenario.teams.get(i);
            String field = "teams[" + i + "]";
            if (entry == null) throw error(0, field, "an empty team; give at least its name");
            if (entry.name == null || entry.name.isBlank()) throw error(entry.line(), field + ".name", "every team needs a name");
            String name = TeamNames.normal(entry.name.strip());
            Integer first = teamLines.putIfAbsent(name, entry.line());
            if (first != null) throw error(entry.line(), field + ".name", "duplicate team \"" + name + "\" (first listed at line " + first + ")");
            Map<String, Object> attributes = entry.attributes == null ? new LinkedHashMap<>() : withoutNulls(entry.attributes);
            if (entry.fairPlayPoints != null) attributes.put("fairPlayPoints", entry.fairPlayPoints);
            if (entry.disciplinaryPoints != null) attributes.put("disciplinaryPoints", entry.disciplinaryPoints);
            teams.add(new Team(name, entry.department, entry.entry, entry.location, attributes,
                    entry.group == null ? "" : entry.group.strip()).writtenAt(entry.line() > 0 ? entry.line() + ": " + field : field));
        }

        List<Match> matches = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> legTeams = new HashMap<>();
        List<Cards> cards = new ArrayList<>();
        for (int i = 0; i < scenario.matches.size(); i++) {
            ScenarioFile.MatchEntry entry = scenario.matches.get(i);
            String field = "matches[" + i + "]";
            if (entry == null) throw error(0, field, "an empty match; give at least home and away");
            int line = entry.line();
            String home = knownTeam(entry.home, line, field + ".home", teamLines);
            String away = knownTeam(entry.away, line, field + ".away", teamLines);
            if (home.equals(away)) throw error(line, field, "\"" + home + "\" cannot play itself");
            if (entry.round != null && entry.round < 1) throw error(line, field + ".round", "rounds are numbered from 1");
            int[] score = score(entry.score, line, field + ".score");
            int[] halfTime = score(entry.halfTime, line, field + ".halfTime");
            if (halfTime != null && score == null) {
                throw error(line, field + ".halfTime", "a half-time score for a match without a final score");
            }
            if (halfTime != null && (halfTime[0] > score[0] || halfTime[1] > score[1])) {
                throw error(line, field + ".halfTime", "half-time score " + entry.halfTime.strip()
                        + " has more goals than the final score " + entry.score.strip());
            }
            int[] extraTime = score(entry.extraTime, line, field + ".extraTime");
            int[] penalties = score(entry.penalties, line, field + ".penalties");
            if ((extraTime != null || penalties != null) && score == null) {
                throw error(line, field + (extraTime != null ? ".extraTime" : ".penalties"),
                        "extra time or penalties for a match without a final score");
            }
            if (extraTime != null && (extraTime[0] < score[0] || extraTime[1] < score[1])) {
                throw error(line, field + ".extraTime", "the score after extra time " + entry.extraTime.strip()
                        + " has fewer goals than after 90 minutes " + entry.score.strip() + " (it includes them)");
            }
            if (penalties != null && penalties[0] == penalties[1]) {
                throw error(line, field + ".penalties", "a penalty shoot-out cannot end level (" + entry.penalties.strip() + ")");
            }
            String stage = entry.stage == null ? "" : entry.stage.strip();
            String tie = entry.tie == null || entry.tie.isBlank() ? null : entry.tie.strip();
            if ((tie == null) != (entry.leg == null)) {
                throw error(line, field + (tie == null ? ".tie" : ".leg"), "a leg of a two-legged tie needs both tie (its id) and leg (1 or 2)");
            }
            if (entry.leg != null && entry.leg != 1 && entry.leg != 2) throw error(line, field + ".leg", "leg is 1 or 2");
            String key = tie != null ? "tie|" + tie + "|" + entry.leg : stage + "|" + entry.round + "|" + home + "|" + away;
            Integer twice = seen.putIfAbsent(key, line);
            if (twice != null) {
                throw error(line, field, tie != null ? "tie \"" + tie + "\" has two legs " + entry.leg + " (first at line " + twice + ")"
                        : "the same match is listed twice (first at line " + twice + ")");
            }
            if (entry.round != null && !fixtureAsWritten) {
                for (String team : List.of(home, away)) {
                    Integer other = seen.putIfAbsent(stage + "|" + entry.group + "|" + entry.round + "|plays|" + team, line);
                    if (other != null) {
                        throw error(line, field + ".round", "\"" + team + "\" already plays in round " + entry.round
                                + (stage.isEmpty() ? "" : " of " + stage) + " (line " + other + "); check the round numbers");
                    }
                }
            }
            if (tie != null) {
                String pair = home.compareTo(away) < 0 ? home + "|" + away : away + "|" + home;
                String first = legTeams.putIfAbsent(tie, pair);
                if (first != null && !first.equals(pair)) {
                    throw error(line, field, "the legs of tie \"" + tie + "\" must be between the same two teams ("
                            + first.replace("|", " and ") + ")");
                }
            }
            int[] awarded = score(entry.awarded, line, field + ".awarded");
            if (entry.reason != null && awarded == null) {
                throw error(line, field + ".reason", "a reason is given but no awarded score (awarded: 3-0)");
            }
            Match match = new Match(stage, entry.round,
                    entry.date == null ? null : entry.date.strip(), home, away,
                    score == null ? null : score[0], score == null ? null : score[1],
                    halfTime == null ? null : halfTime[0], halfTime == null ? null : halfTime[1],
                    tie, entry.leg, extraTime == null ? null : extraTime[0], extraTime == null ? null : extraTime[1],
                    penalties == null ? null : penalties[0], penalties == null ? null : penalties[1]);
            if (awarded != null) match.award(awarded[0], awarded[1], entry.reason == null ? "" : entry.reason.strip());
            if (penalties != null && tie == null && score[0] != score[1]) {
                throw error(line, field + ".penalties", "a penalty shoot-out follows a level score (" + entry.score.strip()
                        + " is not), or ends a two-legged tie: give the match its tie and leg");
            }
            if (penalties != null && entry.leg != null && entry.leg == 1) {
                throw error(line, field + ".penalties", "a penalty shoot-out comes after the second leg, not the first");
            }
            match.at(line).inGroup(entry.group == null ? "" : entry.group.strip());
            if (entry.cards != null) {
                for (Map.Entry<String, ScenarioFile.CardsEntry> c : entry.cards.entrySet()) {
                    String team = knownTeam(c.getKey(), line, field + ".cards", teamLines);
                    if (!team.equals(home) && !team.equals(away)) {
                        throw error(line, field + ".cards", "\"" + team + "\" does not play in this match");
                    }
                    ScenarioFile.CardsEntry k = c.getValue() == null ? new ScenarioFile.CardsEntry() : c.getValue();
                    int[] counts = {n(k.yellow), n(k.secondYellowRed), n(k.red), n(k.yellowRed), n(k.officialsYellow)};
                    for (int x : counts) if (x < 0 || x > 30) throw error(line, field + ".cards." + team, "a card count is between 0 and 30");
                    cards.add(new Cards(team, stage, match.getGroup(), match.label(), counts[0], counts[1], counts[2], counts[3], counts[4]));
                }
            }
            matches.add(match);
        }

        List<Lot> lots = new ArrayList<>();
        if (scenario.lots != null) {
            for (int i = 0; i < scenario.lots.size(); i++) {
                String team = knownTeam(scenario.lots.get(i), 0, "lots[" + i + "]", teamLines);
                if (lots.stream().anyMatch(l -> l.getTeam().equals(team))) {
                    throw error(0, "lots[" + i + "]", "\"" + team + "\" is listed twice in the drawing of lots");
                }
                lots.add(new Lot(team, i + 1));
            }
        }

        List<Sanction> sanctions = new ArrayList<>();
        if (scenario.sanctions != null) {
            for (int i = 0; i < scenario.sanctions.size(); i++) {
                ScenarioFile.SanctionEntry s = scenario.sanctions.get(i);
                String field = "sanctions[" + i + "]";
                if (s == null) throw error(0, field, "an empty sanction; give team and points");
                String team = knownTeam(s.team, s.line(), field + ".team", teamLines);
                if (s.points == null) throw error(s.line(), field + ".points", "the points deducted (negative) or awarded, e.g. points: -3");
                sanctions.add(new Sanction(team, s.points, s.reason == null ? "" : s.reason.strip(),
                        s.stage == null ? "" : s.stage.strip(), s.line(), field));
            }
        }
        List<Withdrawal> withdrawals = new ArrayList<>();
        if (scenario.withdrawals != null) {
            for (int i = 0; i < scenario.withdrawals.size(); i++) {
                ScenarioFile.WithdrawalEntry w = scenario.withdrawals.get(i);
                String field = "withdrawals[" + i + "]";
                if (w == null) throw error(0, field, "an empty withdrawal; give the team");
                String team = knownTeam(w.team, w.line(), field + ".team", teamLines);
                if (withdrawals.stream().anyMatch(x -> x.team().equals(team))) throw error(w.line(), field, "\"" + team + "\" is withdrawn twice");
                withdrawals.add(new Withdrawal(team, w.reason == null ? "" : w.reason.strip(), w.line(), field));
            }
        }
        List<RecordedPlace> places = places(scenario.places, teamLines);
        List<Replacement> replacements = new ArrayList<>();
        if (scenario.replacements != null) {
            for (int i = 0; i < scenario.replacements.size(); i++) {
                ScenarioFile.ReplacementEntry r = scenario.replacements.get(i);
                String field = "replacements[" + i + "]";
                if (r == null) throw error(0, field, "an empty replacement; give stage, out, in, reason and authority");
                if (r.stage == null || r.stage.isBlank()) throw error(r.line(), field + ".stage", "the stage the replacement enters, e.g. round-of-16");
                String out = knownTeam(r.out, r.line(), field + ".out", teamLines);
                String in = knownTeam(r.in, r.line(), field + ".in", teamLines);
                if (out.equals(in)) throw error(r.line(), field + ".in", "\"" + in + "\" cannot take its own place");
                for (Replacement other : replacements) {
                    if (other.stage().equals(r.stage.strip()) && (other.out().equals(out) || other.in().equals(in))) {
                        throw error(r.line(), field, "a second replacement of " + (other.out().equals(out) ? out : in) + " in "
                                + other.stage() + " (first at line " + other.line() + ")");
                    }
                }
                replacements.add(new Replacement(r.stage.strip(), out, in, r.reason == null ? "" : r.reason.strip(),
                        r.authority == null ? "" : r.authority.strip(), r.line(), field));
            }
        }
        checkExpectations(scenario.expect, teamLines);

        teams.sort(Comparator.comparing(Team::getName));
        sanctions.sort(Comparator.comparing(Sanction::team).thenComparing(Sanction::stage).thenComparingInt(Sanction::points)
                .thenComparing(Sanction::reason));
        withdrawals.sort(Comparator.comparing(Withdrawal::team));
        matches.sort(Comparator.comparing((Match m) -> Objects.toString(m.getStage(), ""))
                .thenComparing(m -> m.getRound() == null ? 0 : m.getRound())
                .thenComparing(m -> Objects.toString(m.getTie(), ""))
                .thenComparing(m -> m.getLeg() == null ? 0 : m.getLeg())
                .thenComparing(Match::getHome).thenComparing(Match::getAway));
        lots.sort(Comparator.comparing(Lot::getTeam));
        return new Tournament(scenario.name.strip(), file, scenario.rules.strip(), List.copyOf(teams),
                List.copyOf(matches), List.copyOf(lots), List.copyOf(sanctions), List.copyOf(withdrawals), scenario.expect,
                List.copyOf(cards), places, List.copyOf(replacements));
    }

    /**
     * The places a scenario records of tables it does not play: known teams, places from 1, no place
     * given twice in one table. Sorted by table and place, whatever the order of the file.
     */
    private List<RecordedPlace> places(Map<String, ScenarioFile.PlacesEntry> written, Map<String, Integer> teams) {
        List<RecordedPlace> places = new ArrayList<>();
        if (written == null) return places;
        for (Map.Entry<String, ScenarioFile.PlacesEntry> table : written.entrySet()) {
            String name = table.getKey().strip();
            String field = "places." + name;
            ScenarioFile.PlacesEntry entry = table.getValue();
            if (entry == null || entry.byTeam.isEmpty()) {
                throw error(entry == null ? 0 : entry.line(), field, "no places given; write each team with its place, e.g. "
                        + name + ": {Piratas FC: 5}");
            }
            Map<Integer, String> byPlace = new HashMap<>();
            for (Map.Entry<String, Integer> place : entry.byTeam.entrySet()) {
                String team = knownTeam(place.getKey(), entry.line(), field, teams);
                Integer position = place.getValue();
                if (position == null || position < 1) {
                    throw error(entry.line(), field + "." + team, "\"" + position + "\" is not a place: places are numbered from 1");
                }
                String twice = byPlace.putIfAbsent(position, team);
                if (twice != null) {
                    throw error(entry.line(), field + "." + team, "place " + position + " is recorded for both " + twice + " and "
                            + team + "; a shared place is not a recorded one: give each team its own place");
                }
                places.add(new RecordedPlace(name, team, position, entry.line(), field));
            }
        }
        places.sort(Comparator.comparing(RecordedPlace::table).thenComparingInt(RecordedPlace::position));
        return List.copyOf(places);
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }

    /** Expectations name teams of the scenario; tables, zones and criteria are checked against the outcome by `verify`. */
    private void checkExpectations(Expectations expect, Map<String, Integer> teams) {
        if (expect == null) return;
        int line = expect.line();
        if (expect.positions != null) {
            expect.positions.forEach((table, byTeam) -> {
                if (byTeam != null) byTeam.keySet().forEach(t -> knownTeam(t, line, "expect.positions." + table, teams));
            });
        }
        if (expect.zones != null) expect.zones.keySet().forEach(t -> knownTeam(t, line, "expect.zones", teams));
        if (expect.promoted != null) expect.promoted.keySet().forEach(t -> knownTeam(t, line, "expect.promoted", teams));
        if (expect.champion != null) knownTeam(expect.champion, line, "expect.champion", teams);
        // "undecided": the tie is expected to stay open (the scenario lacks what decides it, e.g. a place no source gives).
        if (expect.winners != null) expect.winners.values().stream().filter(t -> !"undecided".equals(t))
                .forEach(t -> knownTeam(t, line, "expect.winners", teams));
        if (expect.decidedBy != null) {
            for (int i = 0; i < expect.decidedBy.size(); i++) {
                Expectations.Decided d = expect.decidedBy.get(i);
                knownTeam(d.above, line, "expect.decidedBy[" + i + "].above", teams);
                knownTeam(d.below, line, "expect.decidedBy[" + i + "].below", teams);
                if (d.criterion == null || d.criterion.isBlank()) {
                    throw error(line, "expect.decidedBy[" + i + "].criterion", "name the criterion (its rule), e.g. Goal difference");
                }
            }
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> attributes) {
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (v != null) copy.put(k, v);
        });
        return copy;
    }

    private String knownTeam(String name, int line, String field, Map<String, Integer> teams) {
        if (name == null || name.isBlank()) throw error(line, field, "a team name is required here");
        String team = TeamNames.normal(name.strip());
        if (!teams.containsKey(team)) {
            throw error(line, field, "unknown team \"" + team + "\"" + Suggest.didYouMean(team, teams.keySet())
                    + " (teams must be listed under teams:)");
        }
        return team;
    }

    int[] score(String text, int line, String field) {
        if (text == null || text.isBlank()) return null;
        Matcher m = SCORE.matcher(text);
        if (!m.matches()) {
            String why = text.strip().startsWith("-") || text.contains("--") || text.matches(".*-\\s*-.*")
                    ? "a score cannot be negative" : "not a score";
            throw error(line, field, "\"" + text.strip() + "\": " + why + "; write HOME-AWAY goals, e.g. 2-1");
        }
        long home = Long.parseLong(m.group(1));
        long away = Long.parseLong(m.group(2));
        if (home > MAX_GOALS || away > MAX_GOALS) {
            throw error(line, field, "\"" + text.strip() + "\": more than " + MAX_GOALS + " goals by one side is taken for a typing mistake");
        }
        return new int[] {(int) home, (int) away};
    }

    private void require(String value, String field, String what) {
        if (value == null || value.isBlank()) throw error(0, field, "missing; give " + what);
    }

    private UserError error(int line, String field, String message) {
        return new UserError(shown, line > 0 ? line + ": " + field : field, message);
    }
}
