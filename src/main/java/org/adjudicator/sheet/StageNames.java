package org.adjudicator.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage names as a league writes them in its sheet ("Octavos de final", "Round of 16") and the
 * stage of the regulation set each means ({@code round-of-16}). A name is read as a set's stage
 * when it is the stage's own name (hyphens, case and accents aside) or one of the words below for
 * it, and only when the set has that stage. The first Spanish and the first English word of each
 * are the ones the tool writes. These are words, not regulation: which stages a competition has is
 * the set's.
 */
public final class StageNames {
    private record Words(List<String> spanish, List<String> english) {
    }

    private static final Map<String, Words> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("first-round", new Words(List.of("Primera fase", "Primera etapa", "Fase 1", "Etapa 1"),
                List.of("First round", "First phase", "First stage")));
        WORDS.put("repechage", new Words(List.of("Repechaje", "Repesca"), List.of("Repechage", "Play-off round", "Playoff round")));
        WORDS.put("round-of-32", new Words(List.of("Dieciseisavos de final", "Dieciseisavos", "16avos de final", "16avos"),
                List.of("Round of 32", "Last 32")));
        WORDS.put("round-of-16", new Words(List.of("Octavos de final", "Octavos", "8vos de final", "8vos"),
                List.of("Round of 16", "Last 16")));
        WORDS.put("quarter-finals", new Words(List.of("Cuartos de final", "Cuartos", "4tos de final"),
                List.of("Quarter-finals", "Quarterfinals", "Quarter final", "Quarter-final")));
        WORDS.put("semi-finals", new Words(List.of("Semifinales", "Semifinal"), List.of("Semi-finals", "Semifinals", "Semi-final")));
        WORDS.put("final-group", new Words(List.of("Finalísima", "Cuadrangular final", "Grupo final", "Liguilla final"),
                List.of("Final group", "Final round", "Final pool")));
        WORDS.put("final", new Words(List.of("Final"), List.of("Final")));
        WORDS.put("group-stage", new Words(List.of("Fase de grupos"), List.of("Group stage", "Groups")));
    }

    private final String set;
    private final List<String> stages;

    /** The names for the stages of one set (its name; its match stages, in order). */
    public StageNames(String set, List<String> stages) {
        this.set = set;
        this.stages = List.copyOf(stages);
    }

    /** The set's name, for a message. */
    public String set() {
        return set;
    }

    /**
     * The stage a name means: one of the set's, or else a stage these words know (a two-legged
     * tie's stage, such as "semi-finals", need not be one the set orders: its legs are decided
     * whenever they are in); null for a name neither knows.
     */
    public String stageOf(String written) {
        String key = MatchColumns.key(written);
        for (String stage : stages) if (means(stage, key)) return stage;
        for (String stage : WORDS.keySet()) if (means(stage, key)) return stage;
        return null;
    }

    private static boolean means(String stage, String key) {
        if (MatchColumns.key(stage).equals(key)) return true;
        Words words = WORDS.get(stage);
        return words != null && (words.spanish.stream().anyMatch(w -> MatchColumns.key(w).equals(key))
                || words.english.stream().anyMatch(w -> MatchColumns.key(w).equals(key)));
    }

    /** True when the set names the stage (its order, its rounds, its fixture stage, or the teams file's matches). */
    public boolean isTheSets(String stage) {
        return stages.contains(stage);
    }

    /** How a sheet names a stage in this language: its first word, or the stage's own name. */
    public static String written(String stage, String language) {
        if (stage == null || stage.isEmpty()) return "";
        Words words = WORDS.get(stage);
        if (words == null) return stage;
        return "es".equals(language) ? words.spanish.get(0) : words.english.get(0);
    }

    /** The names a sheet may use for the set's stages, for a "did you mean" and a list in an error. */
    public List<String> candidates() {
        List<String> all = new ArrayList<>();
        for (String stage : stages) {
            Words words = WORDS.get(stage);
            if (words != null) {
                all.addAll(words.spanish);
                all.addAll(words.english);
            }
            all.add(stage);
        }
        return all;
    }

    /** The set's stages as a sheet writes them: "Primera fase (first-round), Repechaje (repechage), ...". */
    public String listed() {
        List<String> named = stages.stream().filter(WORDS::containsKey).toList();
        return String.join(", ", (named.isEmpty() ? stages : named).stream()
                .map(s -> WORDS.containsKey(s) ? written(s, "es") + " (" + s + ")" : s).toList());
    }
}
