package org.adjudicator.sheet;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a sheet of matches, each found by its heading in Spanish or English (accents,
 * case and punctuation aside), or by a heading mapped with {@code --columns}. The first heading of
 * each language is the one the tool writes.
 */
public enum MatchColumns {
    STAGE("stage", List.of("Etapa", "Fase", "Instancia"), List.of("Stage", "Phase")),
    GROUP("group", List.of("Grupo", "Serie"), List.of("Group", "Pool")),
    ROUND("round", List.of("Fecha", "Jornada", "Ronda", "Nro fecha", "N fecha"), List.of("Round", "Matchday", "Match day")),
    DATE("date", List.of("Día", "Fecha del partido", "Fecha de juego", "Dia de juego"), List.of("Date", "Match date")),
    TIE("tie", List.of("Llave", "Serie de llave", "Cruce"), List.of("Tie")),
    LEG("leg", List.of("Partido", "Ida/Vuelta", "Ida o vuelta", "Encuentro"), List.of("Leg")),
    HOME("home", List.of("Local", "Equipo local"), List.of("Home", "Home team")),
    AWAY("away", List.of("Visitante", "Equipo visitante", "Visita"), List.of("Away", "Away team", "Visitor", "Visitors")),
    SCORE("score", List.of("Resultado", "Marcador"), List.of("Score", "Result")),
    HOME_GOALS("homeGoals", List.of("Goles local", "GL"), List.of("Home goals", "HG")),
    AWAY_GOALS("awayGoals", List.of("Goles visitante", "GV"), List.of("Away goals", "AG")),
    HALF_TIME("halfTime", List.of("Medio tiempo", "Primer tiempo", "Descanso", "Entretiempo"), List.of("Half-time", "HT", "Half time score")),
    EXTRA_TIME("extraTime", List.of("Tiempo extra", "Prórroga", "Alargue"), List.of("Extra time", "AET", "After extra time")),
    PENALTIES("penalties", List.of("Penales", "Penaltis", "Tanda de penales"), List.of("Penalties", "Pens", "Shoot-out", "Penalty shoot-out")),
    AWARDED("awarded", List.of("Adjudicado", "Resultado adjudicado"), List.of("Awarded", "Awarded score")),
    NOTE("note", List.of("Observación", "Observaciones", "Obs", "Nota", "Motivo"), List.of("Note", "Notes", "Reason", "Remarks"));

    /** The name of the column in {@code --columns} ("Equipo A=home"), as a scenario names the field. */
    public final String field;
    private final List<String> spanish;
    private final List<String> english;

    MatchColumns(String field, List<String> spanish, List<String> english) {
        this.field = field;
        this.spanish = spanish;
        this.english = english;
    }

    /** The heading the tool writes in this language ("es" or "en"). */
    public String heading(String language) {
        return "es".equals(language) ? spanish.get(0) : english.get(0);
    }

    /** True when the heading, as written in a sheet, names this column. */
    public boolean matches(String heading) {
        String key = key(heading);
        return spanish.stream().anyMatch(h -> key(h).equals(key)) || english.stream().anyMatch(h -> key(h).equals(key));
    }

    /** The column a heading names, or null. */
    public static MatchColumns of(String heading) {
        for (MatchColumns c : values()) if (c.matches(heading)) return c;
        return null;
    }

    /** The column a --columns field names ("home", "halfTime"; case aside), or null. */
    public static MatchColumns field(String name) {
        for (MatchColumns c : values()) if (c.field.equalsIgnoreCase(name.strip())) return c;
        return null;
    }

    /** Every --columns field name, for a message. */
    public static List<String> fields() {
        return java.util.Arrays.stream(values()).map(c -> c.field).toList();
    }

    /** A heading or a name without case, accents or punctuation: "Observación" and "OBSERVACION" are one. */
    public static String key(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
