package org.adjudicator.workflow;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Sanction;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Suggest;
import org.adjudicator.scenario.TeamNames;
import org.adjudicator.scenario.Tournament;

/**
 * The changes of a what-if, applied to a tournament: results set ("Binacional 0-1 Atlético Grau",
 * optionally prefixed by the stage, "final-group: ...") and points sanctions ("Team:-3").
 */
@Singleton
public class WhatIf {
    /** Any number of digits: the score is then checked as a scenario's is, so "200-1" gets the same answer in both. */
    private static final Pattern RESULT = Pattern.compile("^\\s*(?:([\\w-]+)\\s*:\\s*)?(.+?)\\s+(\\d+\\s*-\\s*\\d+)\\s+(.+?)\\s*$");
    private static final Pattern SANCTION = Pattern.compile("^\\s*(.+?)\\s*:\\s*([+-]?\\d{1,3})\\s*$");

    /** A result set by a what-if, and the match it replaces. */
    public record SetResult(Match before, Match after) {
        public String describe() {
            String was = before.isPlayed() ? "was " + before.getHomeGoals() + "-" + before.getAwayGoals() : "was not played";
            return after.label() + " (" + (before.getStage().isEmpty() ? "" : before.getStage() + "; ") + was + ")";
        }
    }

    public record Applied(Tournament tournament, List<SetResult> results, List<Sanction> sanctions) {
    }

    public Applied apply(Tournament tournament, List<String> sets, List<String> sanctionTexts) {
        List<Match> matches = new ArrayList<>(tournament.matches());
        List<SetResult> results = new ArrayList<>();
        for (String typed : sets) {
            String text = TeamNames.normal(typed);
            Matcher m = RESULT.matcher(text);
            if (!m.matches()) {
                throw new UserError(null, "--set", "\"" + text + "\" is not a result; write HOME GOALS-GOALS AWAY, "
                        + "e.g. \"Binacional 0-1 Atlético Grau\" (prefix the stage to choose between matches: \"final-group: ...\")");
            }
            String stage = m.group(1);
            String home = m.group(2).strip();
            String away = m.group(4).strip();
            List<Match> found = matches.stream().filter(x -> x.getHome().equalsIgnoreCase(home) && x.getAway().equalsIgnoreCase(away)
                    && (stage == null || x.getStage().equalsIgnoreCase(stage))).toList();
            if (found.isEmpty()) {
                throw new UserError(null, "--set", "no match " + home + " v " + away + (stage == null ? "" : " in " + stage)
                        + " (home team first); closest: " + closest(matches, home + " v " + away));
            }
            if (found.size() > 1) {
                throw new UserError(null, "--set", home + " v " + away + " is played more than once: " + String.join(", ",
                        found.stream().map(x -> x.getStage() + ": " + x.label()).toList()) + "; prefix the stage, e.g. \""
                        + found.get(0).getStage() + ": " + text.strip() + "\"");
            }
            Match before = found.get(0);
            SetResult earlier = results.stream().filter(r -> r.after() == before).findFirst().orElse(null);
            if (earlier != null) {
                throw new UserError(null, "--set", "two results for " + before.getHome() + " v " + before.getAway()
                        + (before.getStage().isEmpty() ? "" : " (" + before.getStage() + ")") + ": give one --set per match");
            }
            int[] score = ScenarioReader.score(m.group(3), "--set");
            Match after = before.withScore(score[0], score[1]);
            matches.set(matches.indexOf(before), after);
            results.add(new SetResult(before, after));
        }
        List<Sanction> sanctions = new ArrayList<>(tournament.sanctions());
        List<Sanction> added = new ArrayList<>();
        for (String typed : sanctionTexts) {
            String text = TeamNames.normal(typed);
            Matcher m = SANCTION.matcher(text);
            if (!m.matches()) throw new UserError(null, "--sanction", "\"" + text + "\" is not a sanction; write TEAM:POINTS, e.g. \"Binacional:-3\"");
            String team = tournament.teamNames().stream().filter(t -> t.equalsIgnoreCase(m.group(1).strip())).findFirst()
                    .orElseThrow(() -> new UserError(null, "--sanction", "no team \"" + m.group(1).strip() + "\""
                            + Suggest.didYouMean(m.group(1).strip(), tournament.teamNames())));
            Sanction s = new Sanction(team, Integer.parseInt(m.group(2)), "what-if", "");
            sanctions.add(s);
            added.add(s);
        }
        return new Applied(tournament.with(List.copyOf(matches), List.copyOf(sanctions)), results, added);
    }

    private static String closest(List<Match> matches, String wanted) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        return String.join(", ", matches.stream()
                .sorted(Comparator.comparingInt((Match x) -> Math.min(
                                Suggest.distance(lower, (x.getHome() + " v " + x.getAway()).toLowerCase(Locale.ROOT)),
                                Suggest.distance(lower, (x.getAway() + " v " + x.getHome()).toLowerCase(Locale.ROOT))))
                        .thenComparing(Match::label))
                .limit(3).map(x -> x.getHome() + " v " + x.getAway() + (x.getStage().isEmpty() ? "" : " (" + x.getStage()
                        + (x.getRound() == null ? "" : ", round " + x.getRound()) + ")")).toList());
    }
}
