package org.adjudicator.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Working;

/**
 * The words an official reads, in one language: each sentence is a template of the bundle
 * {@code messages_LANG.properties} (UTF-8), filled with its arguments by the JDK's
 * {@link MessageFormat}. The regulation's own words (a criterion, a zone, a stage) are not here:
 * they come from the rules' metadata ({@code @wording}, {@code @wordingEs}), see {@link #wording}.
 *
 * <p>Numbers stay ASCII digits whatever the locale: the templates are formatted with
 * {@link Locale#ROOT}, and the arguments a report passes are mostly figures already printed
 * ("+6", "15"). Plurals are the bundles' {@code choice} formats (English and Spanish need only
 * one and other). A missing key is a bug (both bundles hold the same keys: {@code MessagesTest}).
 */
public final class Messages implements UserError.Words {
    public static final Messages ENGLISH = new Messages("en");
    public static final Messages SPANISH = new Messages("es");

    private final String language;
    private final ResourceBundle bundle;

    private Messages(String language) {
        this.language = language;
        // No fallback to the JVM's default locale: the language asked for, or a missing-bundle bug.
        this.bundle = ResourceBundle.getBundle("messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Spanish for a locale whose language is Spanish, English otherwise. */
    public static Messages of(Locale locale) {
        return "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    }

    /** By language code: "es" or "en" (case and a region ignored: "es-PE", "es_PE"). */
    public static Messages of(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("es") ? SPANISH : ENGLISH;
    }

    /**
     * The language the environment asks for, as POSIX ranks its variables: the first of
     * {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} that is set and not empty; Spanish when it
     * starts with "es" ({@code es_PE.UTF-8}), English otherwise (and when none is set). The launcher
     * passes {@code ADJUDICATOR_LANGUAGE}, read first, when it gave the JVM C.UTF-8 in place of a
     * UTF-8 locale the machine does not have (so that accented arguments are read as written).
     */
    public static Messages fromEnvironment(Map<String, String> environment) {
        for (String name : List.of("ADJUDICATOR_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) return of(value);
        }
        return ENGLISH;
    }

    /** "en" or "es": what {@code --lang} takes. */
    public String language() {
        return language;
    }

    @Override
    public boolean spanish() {
        return this == SPANISH;
    }

    /** The template of {@code key}, filled with {@code args}. */
    @Override
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message \"" + key + "\" in messages_" + language + ".properties", e);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** Whether the bundle has {@code key} (words looked up by a name that may have none, such as a column). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The template of {@code key} when the bundle has it, else {@code fallback} as it is. */
    public String textOr(String key, String fallback, Object... args) {
        return has(key) ? text(key, args) : fallback;
    }

    /** An ordinal: "1st", "22nd" in English; "1.º", "22.º" in Spanish. */
    public String ordinal(int n) {
        if (spanish()) return n + ".º";
        int mod100 = n % 100;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * "A", "A and B", "A, B and C"; in Spanish "A, B y C", and "e" before a word that starts with the
     * sound i ("Cienciano e Inti Gas"), as Spanish writes it.
     */
    public String and(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        String last = items.get(items.size() - 1);
        String conjunction = spanish() ? (startsWithI(last) ? " e " : " y ") : " and ";
        return String.join(", ", items.subList(0, items.size() - 1)) + conjunction + last;
    }

    private static boolean startsWithI(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("hie") || w.startsWith("hia")) return false;
        return w.startsWith("i") || w.startsWith("í") || w.startsWith("hi") || w.startsWith("hí");
    }

    /**
     * How a figure was worked out, in this language: its template ({@link Working#key()}) filled with
     * its values, a value that is a working said the same way and a list of them joined with " + ";
     * a working without a key as the rule wrote it.
     */
    public String working(Working w) {
        if (w.key() == null) return w.english();
        if (Working.ORDINAL.equals(w.key())) return ordinal((Integer) w.args().get(0));
        Object[] args = w.args().stream().map(this::said).toArray();
        return text(w.key(), args);
    }

    /** Several workings (of the teams a sentence is about), joined with "; " ("" when none). */
    public String workings(List<Working> ws) {
        return String.join("; ", ws.stream().map(this::working).toList());
    }

    private Object said(Object value) {
        if (value instanceof Working w) return working(w);
        if (value instanceof List<?> list) return String.join(" + ", list.stream().map(v -> String.valueOf(said(v))).toList());
        return String.valueOf(value);   // a number as it is, ASCII and without grouping
    }

    /**
     * A rule's words in this language: in Spanish its {@code @wordingEs} (the set's own or one it
     * inherits with the rule), else {@code english}, the rule's English words as the caller has them.
     */
    public String wording(RuleSet rules, String rule, String english) {
        if (!spanish() || rules == null || rule == null) return english;
        String es = rules.metadata(rule, "wordingEs");
        return es == null || es.isEmpty() ? english : es;
    }

    /**
     * A stage's name as a heading: in Spanish from the set's {@code @stagesEs("general-table: Tabla única; ...")},
     * else {@code english}.
     */
    public String stage(RuleSet rules, String stage, String english) {
        if (!spanish() || rules == null) return english;
        // Every list the set has: one that builds on another may name a stage (round-of-32) its base's list does not.
        for (String list : rules.everyMetadata("stagesEs")) {
            if (list == null) continue;
            for (String item : list.split(";")) {
                int colon = item.indexOf(':');
                if (colon > 0 && item.substring(0, colon).strip().equals(stage)) return item.substring(colon + 1).strip();
            }
        }
        return english;
    }

    /**
     * A notice in this language. In English, as the rule wrote it. In Spanish: a stage that waits for
     * an earlier one is said again with that stage's first note in Spanish (as base/stages.drl picks
     * it); any other notice by its rule's {@code @sentenceEs} template filled with the values the rule
     * gave it ({@link Notice#args()}); else, when the rule has no Spanish, as it wrote it.
     */
    public String notice(Adjudication a, Notice n) {
        if (!spanish()) return n.description();
        if (!n.waitsFor().isEmpty()) {
            Notice first = a.notices().stream()
                    .filter(o -> o.stage().equals(n.waitsFor()) && o.waiting() && o.waitsFor().isEmpty())
                    .min(java.util.Comparator.comparing(Notice::description)).orElse(null);
            if (first == null) return n.description();
            String why = notice(a, first);
            if (why.endsWith(".")) why = why.substring(0, why.length() - 1);
            return text("notice.waitsFor", stage(a.rules(), n.stage(), n.stage()), stage(a.rules(), n.waitsFor(), n.waitsFor()), why);
        }
        if (n.rule().isEmpty() && n.args().size() == 1 && n.args().get(0) instanceof UserError.Phrase p && p.key() != null) {
            // A notice of the host (a sanction that waits for a table): its phrase, the stage as the set words it.
            String said = staged(p, a.rules(), n.stage());
            return said.isEmpty() ? said : Character.toUpperCase(said.charAt(0)) + said.substring(1);
        }
        String template = a.rules().metadata(n.rule(), "sentenceEs");
        if (template == null || (n.args().isEmpty() && template.contains("{"))) return n.description();
        return new MessageFormat(template, Locale.ROOT).format(n.args().toArray());
    }

    /** A phrase in this language, {@code stage} in it (at any depth) as the set words it. */
    private String staged(UserError.Phrase p, RuleSet rules, String stage) {
        if (p.key() == null) return p.in(this);
        return text(p.key(), p.args().stream().map(v -> v instanceof UserError.Phrase q ? staged(q, rules, stage)
                : v.equals(stage) ? stage(rules, stage, stage) : String.valueOf(v)).toArray());
    }

    /**
     * A promotion in this language: in Spanish its rule's {@code @sentenceEs}, given {0} the team,
     * {1} its points, {2} its goal difference, {3} where it goes, {4} its place, {5} what decided its
     * place, from the table it was placed in; else as the rule wrote it.
     */
    public String promotion(Adjudication a, Promotion p) {
        if (!spanish()) return p.description();
        String template = a.rules().metadata(p.rule(), "sentenceEs");
        Ranking table = a.leagueTables().stream().filter(r -> r.hasTeam(p.team()) && r.placementOf(p.team()) != null
                && r.placementOf(p.team()).getPosition() == p.position()).reduce((x, y) -> y).orElse(null);
        if (template == null || table == null) return p.description();
        String settledBy = table.placementOf(p.team()).getSettledBy();
        String decided = settledBy == null ? "" : wording(a.rules(), settledBy, settledBy);
        return new MessageFormat(template, Locale.ROOT).format(new Object[] {p.team(), table.display(p.team(), "points"),
                table.display(p.team(), "goalDifference"), p.to(), ordinal(p.position()),
                decided.isEmpty() ? decided : Character.toLowerCase(decided.charAt(0)) + decided.substring(1)});
    }

    /**
     * A sanction, awarded match or withdrawal a table applied, in this language: in Spanish its rule's
     * {@code @sentenceEs}, given what it applies (a sanction: {0} team, {1} points, {2} 1 if deducted,
     * {3} ", reason" or ""; an awarded match: {0} home, {1} away, {2} awarded score, {3} ": reason" or "",
     * {4} ", no el 1-1 jugado" or ""; a withdrawal: {0} team, {1} " (reason)" or ""); else as the rule wrote it.
     */
    public String adjustment(RuleSet rules, org.adjudicator.facts.Adjustment x) {
        if (!spanish()) return x.description();
        String template = rules.metadata(x.rule(), "sentenceEs");
        if (template == null) return x.description();
        Object[] args;
        if (x.cause() instanceof org.adjudicator.facts.Sanction s) {
            args = new Object[] {s.team(), Math.abs(s.points()), s.points() < 0 ? 1 : 0, s.reason().isEmpty() ? "" : " (" + s.reason() + ")"};
        } else if (x.cause() instanceof org.adjudicator.facts.Match m) {
            args = new Object[] {m.getHome(), m.getAway(), m.getAwardedScore(), m.getAwardReason().isEmpty() ? "" : ": " + m.getAwardReason(),
                    m.isPlayed() ? text("adjustment.notPlayed", m.getHomeGoals() + "-" + m.getAwayGoals()) : ""};
        } else if (x.cause() instanceof org.adjudicator.facts.Withdrawal w) {
            args = new Object[] {w.team(), w.reason().isEmpty() ? "" : " (" + w.reason() + ")"};
        } else {
            return x.description();
        }
        return new MessageFormat(template, Locale.ROOT).format(args);
    }

    /**
     * How a rule is cited: {@code rule "Goal difference" (rules/copa-peru-2017/criteria.drl:71)}; in Spanish
     * by its Spanish name ({@link #ruleName}): {@code regla "Diferencia de goles" (...)}. File and line find it.
     */
    public String cite(RuleSet rules, String rule) {
        RuleSet.RuleSource source = rules.sources().get(rule);
        return text("cite", ruleName(rules, rule), source == null ? rules.shownFolder() : source.file() + ":" + source.line());
    }

    /**
     * A rule's name in this language: in Spanish its {@code @nameEs} where it gives one, else its
     * {@code @wordingEs} (a criterion's or a zone's words), else its name as written.
     */
    public String ruleName(RuleSet rules, String rule) {
        if (!spanish() || rules == null || rule == null) return rule;
        String name = rules.metadata(rule, "nameEs");
        if (name == null || name.isEmpty()) name = rules.metadata(rule, "wordingEs");
        return name == null || name.isEmpty() ? rule : name;
    }
}
