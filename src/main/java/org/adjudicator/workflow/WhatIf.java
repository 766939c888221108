package org.adjudicator.workflow;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Sanction;
import org.adjudicator.facts.Withdrawal;
import org.adjudicator.report.Messages;
import org.adjudicator.report.StageView;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.Suggest;
import org.adjudicator.scenario.TeamNames;
import org.adjudicator.scenario.Tournament;

/**
 * The changes of a what-if, applied to a tournament: results set ("Binacional 0-1 Atlético Grau",
 * optionally prefixed by the stage, "final-group: ..."), points sanctions ("Team:-3", or
 * "Team:-3@final-group" for the table of a stage), matches awarded (written as a result is) and
 * teams withdrawn: each as the scenario format writes it, so `--out` can write it there.
 */
@Singleton
public class WhatIf {
    /** Any number of digits: the score is then checked as a scenario's is, so "200-1" gets the same answer in both. */
    private static final Pattern RESULT = Pattern.compile("^\\s*(?:([\\w-]+)\\s*:\\s*)?(.+?)\\s+(\\d+\\s*-\\s*\\d+)\\s+(.+?)\\s*$");
    private static final Pattern SANCTION = Pattern.compile("^\\s*(.+?)\\s*:\\s*([+-]?\\d{1,3})\\s*(?:@\\s*([\\w-]+)\\s*)?$");
    /** The reason recorded with a sanction, award or withdrawal when the command line gives none. */
    public static final String REASON = "what-if";

    /** A result set by a what-if, and the match it replaces. */
    public record SetResult(Match before, Match after) {
        public String describe() {
            return describe(Messages.ENGLISH, null);
        }

        /** In a language; {@code rules} names the stage in the set's words (null: as the scenario does). */
        public String describe(Messages m, RuleSet rules) {
            String was = before.isPlayed() ? m.text("workflow.whatif.was", before.getHomeGoals() + "-" + before.getAwayGoals())
                    : m.text("workflow.whatif.wasNotPlayed");
            return m.text("workflow.whatif.set", StageView.label(m, rules, after), stageOf(m, rules, before), was);
        }
    }

    /** "final-group; " as a what-if's line names a match's stage ("finalísima; " in Spanish), or "" for none. */
    private static String stageOf(Messages m, RuleSet rules, Match match) {
        if (match.getStage().isEmpty()) return "";
        return (m.spanish() && rules != null ? m.stage(rules, match.getStage(), match.getStage()).toLowerCase(Locale.ROOT) : match.getStage()) + "; ";
    }

    /** A match awarded by a what-if, and the match it replaces. */
    public record Award(Match before, Match after) {
        public String describe() {
            return describe(Messages.ENGLISH, null);
        }

        /** In a language; {@code rules} names the stage in the set's words (null: as the scenario does). */
        public String describe(Messages m, RuleSet rules) {
            String was = before.isAwarded() ? m.text("workflow.whatif.wasAwarded", before.getAwardedScore())
                    : before.isPlayed() ? m.text("workflow.whatif.played", before.getHomeGoals() + "-" + before.getAwayGoals())
                    : m.text("workflow.whatif.notPlayed");
            return m.text("workflow.whatif.award", after.getHome(), after.getAway(), after.getAwardedScore(), stageOf(m, rules, before), was);
        }
    }

    public record Applied(Tournament tournament, List<SetResult> results, List<Sanction> sanctions, List<Award> awards,
                          List<Withdrawal> withdrawals) {
        public Applied(Tournament tournament, List<SetResult> results, List<Sanction> sanctions) {
            this(tournament, results, sanctions, List.of(), List.of());
        }

        public boolean isEmpty() {
            return results.isEmpty() && sanctions.isEmpty() && awards.isEmpty() && withdrawals.isEmpty();
        }
    }

    public Applied apply(Tournament tournament, List<String> sets, List<String> sanctionTexts) {
        return apply(tournament, sets, sanctionTexts, List.of(), List.of(), REASON);
    }

    /**
     * Applies results first, then awards (an award of a match whose result is also set replaces
     * it), sanctions and withdrawals; {@code reason} is recorded with each sanction, award and withdrawal.
     */
    public Applied apply(Tournament tournament, List<String> sets, List<String> sanctionTexts, List<String> awardTexts,
                         List<String> withdrawalTexts, String reason) {
        List<Match> matches = new ArrayList<>(tournament.matches());
        List<SetResult> results = new ArrayList<>();
        for (String typed : sets) {
            String text = TeamNames.normal(typed);
            Matcher m = RESULT.matcher(text);
            if (!m.matches()) {
                throw UserError.at(null, "--set", "error.whatif.notAResult", text);
            }
            Match before = find(matches, m, text, "--set");
            SetResult earlier = results.stream().filter(r -> r.after() == before).findFirst().orElse(null);
            if (earlier != null) {
                throw UserError.at(null, "--set", "error.whatif.twoResults", before.getHome(), before.getAway(),
                        before.getStage().isEmpty() ? "" : " (" + before.getStage() + ")");
            }
            int[] score = ScenarioReader.score(m.group(3), "--set");
            Match after = before.withScore(score[0], score[1]);
            matches.set(matches.indexOf(before), after);
            results.add(new SetResult(before, after));
        }
        List<Award> awards = new ArrayList<>();
        for (String typed : awardTexts) {
            String text = TeamNames.normal(typed);
            Matcher m = RESULT.matcher(text);
            if (!m.matches()) {
                throw UserError.at(null, "--award", "error.whatif.notAnAward", text);
            }
            Match before = find(matches, m, text, "--award");
            if (awards.stream().anyMatch(a -> a.after() == before)) {
                throw UserError.at(null, "--award", "error.whatif.twoAwards", before.getHome(), before.getAway(),
                        before.getStage().isEmpty() ? "" : " (" + before.getStage() + ")");
            }
            int[] score = ScenarioReader.score(m.group(3), "--award");
            // Line 0: an error about it names the option, not the scenario's line.
            Match after = before.withAward(score[0], score[1], reason).at(0);
            matches.set(matches.indexOf(before), after);
            awards.add(new Award(before, after));
        }
        List<Sanction> sanctions = new ArrayList<>(tournament.sanctions());
        List<Sanction> added = new ArrayList<>();
        for (String typed : sanctionTexts) {
            String text = TeamNames.normal(typed);
            Matcher m = SANCTION.matcher(text);
            if (!m.matches()) {
                throw UserError.at(null, "--sanction", "error.whatif.notASanction", text);
            }
            String team = team(tournament, m.group(1).strip(), "--sanction");
            Sanction s = new Sanction(team, Integer.parseInt(m.group(2)), reason, m.group(3) == null ? "" : m.group(3),
                    0, "--sanction \"" + text.strip() + "\"");
            sanctions.add(s);
            added.add(s);
        }
        List<Withdrawal> withdrawals = new ArrayList<>(tournament.withdrawals());
        List<Withdrawal> withdrawn = new ArrayList<>();
        for (String typed : withdrawalTexts) {
            String text = TeamNames.normal(typed).strip();
            String team = team(tournament, text, "--withdraw");
            if (withdrawals.stream().anyMatch(w -> w.team().equals(team))) {
                throw UserError.at(null, "--withdraw", "error.whatif.withdrawnAlready", team);
            }
            Withdrawal w = new Withdrawal(team, reason, 0, "--withdraw \"" + text + "\"");
            withdrawals.add(w);
            withdrawn.add(w);
        }
        withdrawals.sort(Comparator.comparing(Withdrawal::team));
        return new Applied(tournament.with(List.copyOf(matches), List.copyOf(sanctions), List.copyOf(withdrawals)), results,
                added, awards, withdrawn);
    }

    /**
     * Each edit of a what-if as a change a move can be blamed on (see {@link Causes}), with the
     * adjudication of the what-if without it: the same texts less that one, applied again to the
     * scenario and adjudicated by {@code adjudicate}. {@code otherRules}, when the what-if also
     * changes the regulation set, is the adjudication of every edit under the scenario's own set, and
     * {@code setNames} the two sets' names, the new one first. Each change is worded in English and
     * in Spanish, {@code rules} naming the stages.
     */
    public Causes causes(Tournament tournament, Applied applied, List<String> sets, List<String> sanctionTexts, List<String> awardTexts,
                         List<String> withdrawalTexts, String reason, Function<Tournament, Adjudication> adjudicate,
                         RuleSet rules, String[] setNames, Supplier<Adjudication> otherRules) {
        List<Causes.Change> changes = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            List<String> less = without(sets, i);
            Match after = applied.results().get(i).after();
            changes.add(change(m -> m.text("workflow.cause.result", StageView.label(m, rules, after)), () -> adjudicate.apply(
                    apply(tournament, less, sanctionTexts, awardTexts, withdrawalTexts, reason).tournament())));
        }
        for (int i = 0; i < awardTexts.size(); i++) {
            List<String> less = without(awardTexts, i);
            Match awarded = applied.awards().get(i).after();
            changes.add(change(m -> m.text("workflow.cause.award", awarded.getHome(), awarded.getAway(), awarded.getAwardedScore()),
                    () -> adjudicate.apply(apply(tournament, sets, sanctionTexts, less, withdrawalTexts, reason).tournament())));
        }
        for (int i = 0; i < sanctionTexts.size(); i++) {
            List<String> less = without(sanctionTexts, i);
            Sanction s = applied.sanctions().get(i);
            changes.add(change(m -> m.text("workflow.cause.sanction", (s.points() > 0 ? "+" : "") + s.points(), s.team(),
                    s.stage().isEmpty() ? "" : " (" + (m.spanish() && rules != null ? m.stage(rules, s.stage(), s.stage()) : s.stage()) + ")",
                    Math.abs(s.points())),
                    () -> adjudicate.apply(apply(tournament, sets, less, awardTexts, withdrawalTexts, reason).tournament())));
        }
        for (int i = 0; i < withdrawalTexts.size(); i++) {
            List<String> less = without(withdrawalTexts, i);
            String team = applied.withdrawals().get(i).team();
            changes.add(change(m -> m.text("workflow.cause.withdrawal", team),
                    () -> adjudicate.apply(apply(tournament, sets, sanctionTexts, awardTexts, less, reason).tournament())));
        }
        if (otherRules != null && setNames != null) changes.add(change(m -> m.text("workflow.cause.rules", setNames[0], setNames[1]), otherRules));
        return new Causes(changes);
    }

    /** A change worded in both languages. */
    private static Causes.Change change(Function<Messages, String> words, Supplier<Adjudication> without) {
        return new Causes.Change(words.apply(Messages.ENGLISH), without, words.apply(Messages.SPANISH));
    }

    private static List<String> without(List<String> texts, int index) {
        List<String> less = new ArrayList<>(texts);
        less.remove(index);
        return less;
    }

    /** The one match a result names, home team first, as {@code --set} and {@code --award} find it. */
    private static Match find(List<Match> matches, Matcher m, String text, String option) {
        String stage = m.group(1);
        String home = m.group(2).strip();
        String away = m.group(4).strip();
        List<Match> found = matches.stream().filter(x -> x.getHome().equalsIgnoreCase(home) && x.getAway().equalsIgnoreCase(away)
                && (stage == null || x.getStage().equalsIgnoreCase(stage))).toList();
        if (found.isEmpty()) {
            throw stage == null ? UserError.at(null, option, "error.whatif.noMatch", home, away, closest(matches, home + " v " + away))
                    : UserError.at(null, option, "error.whatif.noMatchInStage", home, away, stage, closest(matches, home + " v " + away));
        }
        if (found.size() > 1) {
            throw UserError.at(null, option, "error.whatif.playedTwice", home, away, String.join(", ",
                    found.stream().map(x -> x.getStage() + ": " + x.label()).toList()), found.get(0).getStage() + ": " + text.strip());
        }
        return found.get(0);
    }

    private static String team(Tournament tournament, String name, String option) {
        return tournament.teamNames().stream().filter(t -> t.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> UserError.at(null, option, "error.whatif.noTeam", name, Suggest.phrase(name, tournament.teamNames())));
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
