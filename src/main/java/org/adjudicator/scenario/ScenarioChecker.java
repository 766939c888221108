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
        require(scenario.name, "name", "error.scenario.needsName");
        require(scenario.rules, "rules", "error.scenario.needsRules");
        if (scenario.teams == null || scenario.teams.isEmpty()) {
            throw error(0, "teams", "error.scenario.needsTeams");
        }
        if (scenario.matches == null) throw error(0, "matches", "error.scenario.needsMatches");
        if (scenario.teams.size() > MAX_TEAMS) {
            throw error(0, "teams", "error.scenario.tooManyTeams", scenario.teams.size(), MAX_TEAMS);
        }
        if (scenario.matches.size() > MAX_MATCHES) {
            throw error(0, "matches", "error.scenario.tooManyMatches", scenario.matches.size(), MAX_MATCHES);
        }

        Map<String, Integer> teamLines = new LinkedHashMap<>();
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < scenario.teams.size(); i++) {
            ScenarioFile.TeamEntry entry = scenario.teams.get(i);
            String field = "teams[" + i + "]";
            if (entry == null) throw error(0, field, "error.scenario.emptyTeam");
            if (entry.name == null || entry.name.isBlank()) throw error(entry.line(), field + ".name", "error.scenario.teamName");
            String name = TeamNames.normal(entry.name.strip());
            Integer first = teamLines.putIfAbsent(name, entry.line());
            if (first != null) throw error(entry.line(), field + ".name", "error.scenario.duplicateTeam", name, first);
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
            if (entry == null) throw error(0, field, "error.scenario.emptyMatch");
            int line = entry.line();
            String home = knownTeam(entry.home, line, field + ".home", teamLines);
            String away = knownTeam(entry.away, line, field + ".away", teamLines);
            if (home.equals(away)) throw error(line, field, "error.scenario.playsItself", home);
            if (entry.round != null && entry.round < 1) throw error(line, field + ".round", "error.scenario.roundFrom1");
            int[] score = score(entry.score, line, field + ".score");
            int[] halfTime = score(entry.halfTime, line, field + ".halfTime");
            if (halfTime != null && score == null) {
                throw error(line, field + ".halfTime", "error.scenario.halfTimeWithoutScore");
            }
            if (halfTime != null && (halfTime[0] > score[0] || halfTime[1] > score[1])) {
                throw error(line, field + ".halfTime", "error.scenario.halfTimeAbove", entry.halfTime.strip(), entry.score.strip());
            }
            int[] extraTime = score(entry.extraTime, line, field + ".extraTime");
            int[] penalties = score(entry.penalties, line, field + ".penalties");
            if ((extraTime != null || penalties != null) && score == null) {
                throw error(line, field + (extraTime != null ? ".extraTime" : ".penalties"), "error.scenario.extraWithoutScore");
            }
            if (extraTime != null && (extraTime[0] < score[0] || extraTime[1] < score[1])) {
                throw error(line, field + ".extraTime", "error.scenario.extraTimeBelow", entry.extraTime.strip(), entry.score.strip());
            }
            if (penalties != null && penalties[0] == penalties[1]) {
                throw error(line, field + ".penalties", "error.scenario.penaltiesLevel", entry.penalties.strip());
            }
            String stage = entry.stage == null ? "" : entry.stage.strip();
            String tie = entry.tie == null || entry.tie.isBlank() ? null : entry.tie.strip();
            if ((tie == null) != (entry.leg == null)) {
                throw error(line, field + (tie == null ? ".tie" : ".leg"), "error.scenario.tieAndLeg");
            }
            if (entry.leg != null && entry.leg != 1 && entry.leg != 2) throw error(line, field + ".leg", "error.scenario.leg");
            String key = tie != null ? "tie|" + tie + "|" + entry.leg : stage + "|" + entry.round + "|" + home + "|" + away;
            Integer twice = seen.putIfAbsent(key, line);
            if (twice != null) {
                throw tie != null ? error(line, field, "error.scenario.twoLegs", tie, entry.leg, twice)
                        : error(line, field, "error.scenario.matchTwice", twice);
            }
            if (entry.round != null && !fixtureAsWritten) {
                for (String team : List.of(home, away)) {
                    Integer other = seen.putIfAbsent(stage + "|" + entry.group + "|" + entry.round + "|plays|" + team, line);
                    if (other != null) {
                        throw stage.isEmpty() ? error(line, field + ".round", "error.scenario.alreadyPlays", team, entry.round, other)
                                : error(line, field + ".round", "error.scenario.alreadyPlaysInStage", team, entry.round, stage, other);
                    }
                }
            }
            if (tie != null) {
                String pair = home.compareTo(away) < 0 ? home + "|" + away : away + "|" + home;
                String first = legTeams.putIfAbsent(tie, pair);
                if (first != null && !first.equals(pair)) {
                    throw error(line, field, "error.scenario.legsTeams", tie, first.substring(0, first.indexOf('|')), first.substring(first.indexOf('|') + 1));
                }
            }
            int[] awarded = score(entry.awarded, line, field + ".awarded");
            if (entry.reason != null && awarded == null) {
                throw error(line, field + ".reason", "error.scenario.reasonWithoutAward");
            }
            Match match = new Match(stage, entry.round,
                    entry.date == null ? null : entry.date.strip(), home, away,
                    score == null ? null : score[0], score == null ? null : score[1],
                    halfTime == null ? null : halfTime[0], halfTime == null ? null : halfTime[1],
                    tie, entry.leg, extraTime == null ? null : extraTime[0], extraTime == null ? null : extraTime[1],
                    penalties == null ? null : penalties[0], penalties == null ? null : penalties[1]);
            if (awarded != null) match.award(awarded[0], awarded[1], entry.reason == null ? "" : entry.reason.strip());
            if (penalties != null && tie == null && score[0] != score[1]) {
                throw error(line, field + ".penalties", "error.scenario.penaltiesNotLevel", entry.score.strip());
            }
            if (penalties != null && entry.leg != null && entry.leg == 1) {
                throw error(line, field + ".penalties", "error.scenario.penaltiesFirstLeg");
            }
            match.at(line).inGroup(entry.group == null ? "" : entry.group.strip());
            if (entry.cards != null) {
                for (Map.Entry<String, ScenarioFile.CardsEntry> c : entry.cards.entrySet()) {
                    String team = knownTeam(c.getKey(), line, field + ".cards", teamLines);
                    if (!team.equals(home) && !team.equals(away)) {
                        throw error(line, field + ".cards", "error.scenario.cardsTeam", team);
                    }
                    ScenarioFile.CardsEntry k = c.getValue() == null ? new ScenarioFile.CardsEntry() : c.getValue();
                    int[] counts = {n(k.yellow), n(k.secondYellowRed), n(k.red), n(k.yellowRed), n(k.officialsYellow)};
                    for (int x : counts) if (x < 0 || x > 30) throw error(line, field + ".cards." + team, "error.scenario.cardCount");
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
                    throw error(0, "lots[" + i + "]", "error.scenario.lotTwice", team);
                }
                lots.add(new Lot(team, i + 1));
            }
        }

        List<Sanction> sanctions = new ArrayList<>();
        if (scenario.sanctions != null) {
            for (int i = 0; i < scenario.sanctions.size(); i++) {
                ScenarioFile.SanctionEntry s = scenario.sanctions.get(i);
                String field = "sanctions[" + i + "]";
                if (s == null) throw error(0, field, "error.scenario.emptySanction");
                String team = knownTeam(s.team, s.line(), field + ".team", teamLines);
                if (s.points == null) throw error(s.line(), field + ".points", "error.scenario.sanctionPoints");
                sanctions.add(new Sanction(team, s.points, s.reason == null ? "" : s.reason.strip(),
                        s.stage == null ? "" : s.stage.strip(), s.line(), field));
            }
        }
        List<Withdrawal> withdrawals = new ArrayList<>();
        if (scenario.withdrawals != null) {
            for (int i = 0; i < scenario.withdrawals.size(); i++) {
                ScenarioFile.WithdrawalEntry w = scenario.withdrawals.get(i);
                String field = "withdrawals[" + i + "]";
                if (w == null) throw error(0, field, "error.scenario.emptyWithdrawal");
                String team = knownTeam(w.team, w.line(), field + ".team", teamLines);
                if (withdrawals.stream().anyMatch(x -> x.team().equals(team))) throw error(w.line(), field, "error.scenario.withdrawnTwice", team);
                withdrawals.add(new Withdrawal(team, w.reason == null ? "" : w.reason.strip(), w.line(), field));
            }
        }
        List<RecordedPlace> places = places(scenario.places, teamLines);
        List<Replacement> replacements = new ArrayList<>();
        if (scenario.replacements != null) {
            for (int i = 0; i < scenario.replacements.size(); i++) {
                ScenarioFile.ReplacementEntry r = scenario.replacements.get(i);
                String field = "replacements[" + i + "]";
                if (r == null) throw error(0, field, "error.scenario.emptyReplacement");
                if (r.stage == null || r.stage.isBlank()) throw error(r.line(), field + ".stage", "error.scenario.replacementStage");
                String out = knownTeam(r.out, r.line(), field + ".out", teamLines);
                String in = knownTeam(r.in, r.line(), field + ".in", teamLines);
                if (out.equals(in)) throw error(r.line(), field + ".in", "error.scenario.ownPlace", in);
                for (Replacement other : replacements) {
                    if (other.stage().equals(r.stage.strip()) && (other.out().equals(out) || other.in().equals(in))) {
                        throw error(r.line(), field, "error.scenario.secondReplacement", other.out().equals(out) ? out : in, other.stage(), other.line());
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
                throw error(entry == null ? 0 : entry.line(), field, "error.scenario.noPlaces", name, "{Piratas FC: 5}");
            }
            Map<Integer, String> byPlace = new HashMap<>();
            for (Map.Entry<String, Integer> place : entry.byTeam.entrySet()) {
                String team = knownTeam(place.getKey(), entry.line(), field, teams);
                Integer position = place.getValue();
                if (position == null || position < 1) {
                    throw error(entry.line(), field + "." + team, "error.scenario.notAPlace", position);
                }
                String twice = byPlace.putIfAbsent(position, team);
                if (twice != null) {
                    throw error(entry.line(), field + "." + team, "error.scenario.placeTwice", position, twice, team);
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
                    throw error(line, "expect.decidedBy[" + i + "].criterion", "error.scenario.decidedByCriterion");
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
        if (name == null || name.isBlank()) throw error(line, field, "error.scenario.teamRequired");
        String team = TeamNames.normal(name.strip());
        if (!teams.containsKey(team)) {
            throw error(line, field, "error.scenario.unknownTeam", team, Suggest.phrase(team, teams.keySet()));
        }
        return team;
    }

    int[] score(String text, int line, String field) {
        if (text == null || text.isBlank()) return null;
        Matcher m = SCORE.matcher(text);
        if (!m.matches()) {
            boolean negative = text.strip().startsWith("-") || text.contains("--") || text.matches(".*-\\s*-.*");
            throw error(line, field, negative ? "error.scenario.negativeScore" : "error.scenario.notAScore", text.strip());
        }
        long home = Long.parseLong(m.group(1));
        long away = Long.parseLong(m.group(2));
        if (home > MAX_GOALS || away > MAX_GOALS) {
            throw error(line, field, "error.scenario.tooManyGoals", text.strip(), MAX_GOALS);
        }
        return new int[] {(int) home, (int) away};
    }

    private void require(String value, String field, String what) {
        if (value == null || value.isBlank()) throw error(0, field, what);
    }

    private UserError error(int line, String field, String key, Object... args) {
        return UserError.at(shown, line > 0 ? line + ": " + field : field, key, args);
    }
}
