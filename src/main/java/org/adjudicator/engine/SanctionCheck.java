package org.adjudicator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adjudicator.UserError;
import org.adjudicator.facts.Adjustment;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Sanction;
import org.adjudicator.facts.Table;
import org.adjudicator.facts.Withdrawal;
import org.adjudicator.scenario.Suggest;
import org.adjudicator.scenario.Tournament;

/**
 * Checks that every sanction, withdrawal and awarded match of a scenario was applied by some table:
 * the rules record each one they apply as an {@link Adjustment}. One that no table applied would
 * otherwise be dropped without a word (a sanction for the general table in a scenario of the final
 * group alone), so it is the user's to fix: the error names it and the tables that exist, with the
 * match stages they count, so the official knows which {@code stage:} to write.
 *
 * It decides nothing a regulation decides: which table takes what is the rules' business. It only
 * tells apart what cannot be applied yet from what can never be. A sanction whose stage is in the
 * set's order of stages but has no table yet (the final group, while its entrants are unknown, has
 * no matches in the scenario) waits, and says so in a notice that keeps that stage waiting; so does anything when
 * the scenario has no table at all yet (a list of teams before the fixture is drawn). Otherwise, a
 * table exists that could have taken it and none did: an error.
 */
final class SanctionCheck {
    private final Tournament tournament;
    private final List<String> stages;
    private final List<Table> tables;
    private final List<Adjustment> adjustments;

    SanctionCheck(Tournament tournament, List<String> stages, List<Table> tables, List<Adjustment> adjustments) {
        this.tournament = tournament;
        this.stages = stages;
        this.tables = tables;
        this.adjustments = adjustments;
    }

    /** The notices of what waits for a table; throws the first (by line) that no table applied and none will. */
    List<Notice> check() {
        List<Unapplied> unapplied = new ArrayList<>();
        for (Sanction s : tournament.sanctions()) {
            if (!applied(s, s.team())) {
                unapplied.add(new Unapplied(s.line(), s.field(), s.stage(), UserError.Phrase.of("error.unapplied.sanction", s.team(), s.points(),
                        s.stage().isEmpty() ? UserError.Phrase.of("error.unapplied.noStage") : UserError.Phrase.of("error.unapplied.stage", s.stage())),
                        stageHint(s), true));
            }
        }
        for (Withdrawal w : tournament.withdrawals()) {
            if (!applied(w, w.team())) {
                unapplied.add(new Unapplied(w.line(), w.field(), "", UserError.Phrase.of("error.unapplied.withdrawal", w.team()), NOTHING, false));
            }
        }
        for (Match m : tournament.matches()) {
            if (m.isAwarded() && !applied(m, m.getHome(), m.getAway())) {
                unapplied.add(new Unapplied(m.getLine(), m.getLine() > 0 ? "awarded" : "--award", m.getStage(),
                        UserError.Phrase.of("error.unapplied.awarded", m.getAwardedScore(), m.getHome(), m.getAway(), m.getStage().isEmpty()
                                ? NOTHING : UserError.Phrase.of("error.unapplied.inStage", m.getStage())), NOTHING, false));
            }
        }
        List<Notice> notices = new ArrayList<>();
        List<Unapplied> errors = new ArrayList<>();
        boolean anyTable = tables.stream().anyMatch(t -> t.isCountingMatches() || !t.isLeague());
        for (Unapplied u : unapplied) {
            boolean stageWaits = u.stageNamed() && !u.stage().isEmpty() && stages.contains(u.stage())
                    && tables.stream().noneMatch(t -> counts(t, u.stage()));
            if (stageWaits) {
                notices.add(new Notice(u.stage(), "", capitalised(u.what().inEnglish()) + " waits: stage " + u.stage()
                        + " has no table yet.", true).with(UserError.Phrase.of("workflow.notice.noTableInStage", u.what(), u.stage())));
            } else if (!anyTable && !stages.isEmpty()) {
                notices.add(new Notice(stages.get(0), "", capitalised(u.what().inEnglish()) + " waits: no table has been made yet.", false)
                        .with(UserError.Phrase.of("workflow.notice.noTableYet", u.what())));
            } else {
                errors.add(u);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : a.field().compareTo(b.field()));
            Unapplied first = errors.get(0);
            String file = first.line() > 0 || !first.field().startsWith("--") ? tournament.source().toString() : null;
            throw UserError.at(file, (first.line() > 0 ? first.line() + ": " : "") + first.field(), "error.unapplied", first.what(),
                    tableList(), first.hint(), errors.size() > 1 ? UserError.Phrase.of("error.andMore", errors.size() - 1) : NOTHING);
        }
        return notices;
    }

    /** Whether an adjustment names this fact, or (a rule that names none) one of its teams. */
    private boolean applied(Object fact, String... teams) {
        for (Adjustment a : adjustments) {
            if (a.cause() != null ? a.cause().equals(fact) : List.of(teams).contains(a.team())) return true;
        }
        return false;
    }

    /** A table belongs to a stage, or counts its matches. */
    private static boolean counts(Table table, String stage) {
        return table.getStage().equals(stage) || table.getMatchStages().contains(stage);
    }

    /** For a sanction: the stages whose tables count matches, the ones it can name. */
    private UserError.Phrase stageHint(Sanction s) {
        List<String> counting = tables.stream().filter(t -> t.isCountingMatches() && t.getMatchStages().contains(s.stage()))
                .map(Table::getName).toList();
        if (!counting.isEmpty()) {
            return UserError.Phrase.of("error.unapplied.noSanctionThere", String.join(", ", counting));
        }
        List<String> named = tables.stream().filter(Table::isCountingMatches).flatMap(t -> t.getMatchStages().stream())
                .filter(x -> !x.isEmpty()).distinct().toList();
        if (named.isEmpty()) return NOTHING;
        // The stage nearest by name to the one written ("final group" -> final-group), not the first.
        String nearest = named.stream().min(Comparator.comparingInt((String x) -> Suggest.distance(plain(s.stage()), plain(x)))
                .thenComparing(named::indexOf)).orElseThrow();
        String example = s.line() == 0 ? "\"" + s.team() + ":" + s.points() + "@" + nearest + "\""
                : "stage: " + nearest;
        return UserError.Phrase.of("error.unapplied.giveStage", example);
    }

    /** A stage's name as compared: "Final_Group", "final-group" and "final group" alike. */
    private static String plain(String stage) {
        return stage.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ").strip();
    }

    /** "General table (matches of stage first-round or none), 8 ties (stage repechage)". */
    private UserError.Phrase tableList() {
        if (tables.isEmpty()) return UserError.Phrase.of("error.unapplied.none");
        Map<String, Integer> ties = new LinkedHashMap<>();
        List<UserError.Phrase> parts = new ArrayList<>();
        for (Table t : tables) {
            if (!t.isLeague()) {
                ties.merge(t.getStage(), 1, Integer::sum);
            } else if (t.isCountingMatches()) {
                parts.add(UserError.Phrase.of("error.unapplied.table", t.getName(), UserError.Phrase.joined(UserError.Phrase.of("error.or"),
                        t.getMatchStages().stream().map(x -> x.isEmpty() ? UserError.Phrase.of("error.unapplied.none") : (Object) x).toList())));
            }
        }
        ties.forEach((stage, n) -> parts.add(UserError.Phrase.of("error.unapplied.ties", n, stage)));
        return parts.isEmpty() ? UserError.Phrase.of("error.unapplied.noneCounting") : UserError.Phrase.joined(", ", parts);
    }

    private static final UserError.Phrase NOTHING = UserError.Phrase.both("", "");

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Something the scenario asks that no table applied; {@code stageNamed}: its stage says which table it is for. */
    private record Unapplied(int line, String field, String stage, UserError.Phrase what, UserError.Phrase hint, boolean stageNamed) {
    }
}
