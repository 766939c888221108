package org.adjudicator.regulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.report.Messages;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The words of a set's own rules in both languages, where its base gives both: {@code rules check}
 * warns of a rule that gives a wording (a criterion's, a zone's, a stage's...) in one language only
 * while the base gives it in two. Not an error: the set decides the same, and its output in the
 * other language falls back (Spanish to the English words, English to the rule's name).
 */
public final class WordingCheck {
    /** The words a rule that replaces a base's rule keeps giving when the base's rule gives them. */
    private static final List<String> KEPT = List.of("wording", "wordingEs", "columnEs", "whenMissingEs", "stagesEs", "saysEs", "kindEs",
            "sentenceEs", "nameEs");

    private WordingCheck() {
    }

    /**
     * One line a warning, file and line first, for the rules the set itself adds or replaces (its
     * last layer), compared with {@code base} (the set it builds on, compiled; null: no base, no warning).
     */
    public static List<String> warnings(RuleSet set, RuleSet base, Messages m) {
        if (base == null || set.layers().isEmpty()) return List.of();
        RuleSet.Layer own = set.layers().get(set.layers().size() - 1);
        record Warning(String file, int line, String text) {
        }
        List<Warning> found = new ArrayList<>();
        for (String rule : own.replaces()) {
            for (String key : KEPT) {
                if (base.metadata(rule, key) != null && set.metadata(rule, key) == null) {
                    RuleSet.RuleSource at = set.sources().get(rule);
                    found.add(new Warning(at.file(), at.line(), m.text("rules.check.missingReplaced", at.file() + ":" + at.line(), rule, key,
                            base.name(), fallback(key, m))));
                }
            }
        }
        if (bilingual(base)) {
            for (String rule : own.adds()) {
                String missing = null;
                String given = null;
                if (set.metadata(rule, "wording") != null && set.metadata(rule, "wordingEs") == null) {
                    missing = "wordingEs";
                    given = "wording";
                } else if (set.metadata(rule, "wordingEs") != null && set.metadata(rule, "wording") == null && isCriterion(set, rule)) {
                    missing = "wording";
                    given = "wordingEs";
                } else if (set.metadata(rule, "column") != null && set.metadata(rule, "columnEs") == null) {
                    missing = "columnEs";
                    given = "column";
                }
                if (missing == null) continue;
                RuleSet.RuleSource at = set.sources().get(rule);
                found.add(new Warning(at.file(), at.line(), m.text("rules.check.missingNew", at.file() + ":" + at.line(), rule, missing,
                        base.name(), fallback(missing, m), given)));
            }
        }
        found.sort(Comparator.comparing(Warning::file).thenComparingInt(Warning::line).thenComparing(Warning::text));
        return found.stream().map(Warning::text).toList();
    }

    /** Where output in the language of {@code key} finds its words when the rule gives none. */
    private static String fallback(String key, Messages m) {
        return m.text(key.endsWith("Es") ? "rules.check.fallback.es" : "rules.check.fallback.en");
    }

    /** A criterion words itself in English with {@code @wording}; a zone's English is its name (and needs none). */
    private static boolean isCriterion(RuleSet set, String rule) {
        return set.metadata(rule, "regulation") != null || set.metadata(rule, "column") != null;
    }

    /** Whether the base gives some rule's words in both languages. */
    private static boolean bilingual(RuleSet base) {
        for (KiePackage pkg : base.kieBase().getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (r.getMetaData().containsKey("wording") && r.getMetaData().containsKey("wordingEs")) return true;
            }
        }
        return false;
    }
}
