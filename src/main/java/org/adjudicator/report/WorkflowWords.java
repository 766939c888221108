package org.adjudicator.report;

import java.util.Locale;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.facts.Zone;

/**
 * The regulation's names as the workflow commands ({@code whatif}, {@code impact}, {@code needs},
 * {@code simulate}) say them in a language: a table, a stage and a zone by the set's own words
 * ({@code @stagesEs}, a zone rule's {@code @wordingEs}); in English exactly as the rules name them.
 */
public final class WorkflowWords {
    private WorkflowWords() {
    }

    /**
     * A league table's name: in Spanish its stage's name ("Tabla única") when the table is named after
     * its stage (one table a stage: "General table" of general-table); else, and in English, as the
     * rules name it ("Group H" of a stage of several groups).
     */
    public static String table(Messages m, Adjudication a, String table) {
        if (!m.spanish() || a == null) return table;
        Ranking r = a.ranking(table);
        String stage = r == null ? null : r.table().getStage();
        if (stage == null || stage.isEmpty() || !StageView.title(stage).equalsIgnoreCase(table)) return table;
        return m.stage(a.rules(), stage, table);
    }

    /** A stage as a heading: in Spanish the set's name for it, else "Round of 16" from "round-of-16". */
    public static String stage(Messages m, Adjudication a, String stage) {
        String title = StageView.title(stage);
        return a == null ? title : m.stage(a.rules(), stage, title);
    }

    /** A stage inside a sentence: "octavos de final" in Spanish, "round-of-16" as the rules name it in English. */
    public static String stageInSentence(Messages m, Adjudication a, String stage) {
        if (!m.spanish() || a == null) return stage;
        String said = m.stage(a.rules(), stage, stage);
        return said.equals(stage) ? stage : said.toLowerCase(Locale.ROOT);
    }

    /** A zone's name: in Spanish the {@code @wordingEs} of the rule that gives it, else as the rules name it. */
    public static String zone(Messages m, Adjudication a, String zone) {
        if (!m.spanish() || a == null || zone == null) return zone;
        return a.zones().stream().filter(z -> z.zone().equalsIgnoreCase(zone)).findFirst()
                .map((Zone z) -> StageView.zoneName(m, a.rules(), z)).orElse(zone);
    }

    /** A tie's name: "Llave O2" in Spanish for the rules' "Tie O2". */
    public static String tie(Messages m, String tie) {
        return StageView.tieName(m, tie);
    }

    /** A criterion's words, first letter lower-case, as a sentence uses them: "goal difference", "diferencia de goles". */
    public static String criterion(Messages m, Adjudication a, String rule) {
        String words = a == null ? rule : m.wording(a.rules(), rule, rule);
        return words == null || words.isEmpty() ? "" : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }
}
