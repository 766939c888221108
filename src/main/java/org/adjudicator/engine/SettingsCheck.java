package org.adjudicator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.adjudicator.facts.Setting;
import org.adjudicator.facts.SettingDeclaration;
import org.adjudicator.scenario.Suggest;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The settings a set gives, checked against their declarations (rules/base/settings.drl: name,
 * kind, meaning): an official's slip in a setting would otherwise change results without a word.
 * A name no declaration has (a misspelling: "points for win") is named with "did you mean"; a value
 * of another kind ("2" in quotes where a whole number is meant, which the rules would read as 0) or
 * not one of the declared words is named with what is expected; a setting given twice is named
 * with both rules; and a setting that a rule's condition reads ({@code Setting( name == "..." )})
 * and that the set does not give is named with that rule, which would otherwise never fire. The
 * host knows no setting: it reads the declarations the rules make.
 */
final class SettingsCheck {
    /** A condition on the name of a setting: {@code name == "points for a win"}, either way round. */
    private static final Pattern NAME_IS = Pattern.compile("(?:\\bname\\s*==\\s*\"([^\"]*)\")|(?:\"([^\"]*)\"\\s*==\\s*name\\b)");

    private final RuleSet rules;
    private final Declarations declared;
    private final List<UserError> problems = new ArrayList<>();

    private SettingsCheck(RuleSet rules, Declarations declared) {
        this.rules = rules;
        this.declared = declared;
    }

    /** Every problem of the settings a set gives and reads, in the order of the rules that give them, then of those that read them. */
    static List<UserError> problems(RuleSet rules, Declarations declared) {
        SettingsCheck check = new SettingsCheck(rules, declared);
        check.declarations();
        check.given();
        check.read();
        return List.copyOf(check.problems);
    }

    /** A setting is declared once. */
    private void declarations() {
        Map<String, SettingDeclaration> byName = new TreeMap<>();
        for (SettingDeclaration d : declared.settingDeclarations()) {
            SettingDeclaration first = byName.putIfAbsent(d.name(), d);
            if (first != null) {
                problem(declared.ruleOf(d), "the setting \"" + d.name() + "\" is declared a second time, besides "
                        + rules.cite(declared.ruleOf(first)) + ": declare a setting once");
            } else if (!d.kind().equals(Setting.WHOLE_NUMBER) && !d.kind().equals(Setting.TEXT)) {
                problem(declared.ruleOf(d), "the setting \"" + d.name() + "\" is declared of kind \"" + d.kind()
                        + "\": a setting is a \"" + Setting.WHOLE_NUMBER + "\" or \"" + Setting.TEXT + "\"");
            }
        }
    }

    /** Each setting given is declared, of its declared kind (and one of its words), and given once. */
    private void given() {
        List<String> stages = declared.stageNames();
        Map<String, Setting> givenBy = new LinkedHashMap<>();
        for (Setting s : inWritingOrder(declared.settings())) {
            String rule = declared.ruleOf(s);
            SettingDeclaration d = declarationOf(s.getName(), stages);
            if (d == null) {
                problem(rule, "\"" + s.getName() + "\" is not a setting" + hint(s.getName(), stages)
                        + " (the settings a set may give are declared, with their kind and meaning, in " + declaredIn() + ")");
                continue;
            }
            if (!d.kind().equals(s.getKind())) {
                problem(rule, "the setting \"" + s.getName() + "\" (" + d.meaning() + ") is a " + d.kind() + ", but this rule gives "
                        + (s.getKind().equals(Setting.TEXT) ? "the text \"" + s.getText() + "\"" : "the number " + s.getText())
                        + ": write " + written(s, d));
                continue;
            }
            if (!d.values().isEmpty() && !d.values().contains(s.getText())) {
                problem(rule, "the setting \"" + s.getName() + "\" (" + d.meaning() + ") is one of "
                        + String.join(" or ", d.values().stream().map(v -> "\"" + v + "\"").toList()) + ", not \"" + s.getText() + "\""
                        + Suggest.didYouMean(s.getText(), d.values()));
                continue;
            }
            Setting first = givenBy.putIfAbsent(s.getName(), s);
            if (first != null && !declared.ruleOf(first).equals(rule)) {
                problem(rule, "the setting \"" + s.getName() + "\" is given a second time (" + s.getText() + "), besides "
                        + rules.cite(declared.ruleOf(first)) + " (" + first.getText() + "): to change a value, replace that rule"
                        + " (the same name, with @replaces)");
            } else if (first != null) {
                problem(rule, "the setting \"" + s.getName() + "\" is given twice by this rule (" + first.getText() + " and "
                        + s.getText() + "): give it once");
            }
        }
    }

    /** How the setting is written with a value of its declared kind. */
    private static String written(Setting s, SettingDeclaration d) {
        if (d.kind().equals(Setting.WHOLE_NUMBER)) {
            String digits = s.getText().strip();
            return digits.matches("-?\\d{1,9}") ? "the number without quotes, new Setting(\"" + s.getName() + "\", " + digits + ")"
                    : "a whole number without quotes, e.g. new Setting(\"" + s.getName() + "\", 3)";
        }
        return "the value in quotes, new Setting(\"" + s.getName() + "\", \"" + s.getText() + "\")";
    }

    /** Each setting a rule's condition reads is given by the set (for a set with stages: the base alone is not a competition). */
    private void read() {
        if (declared.stages().isEmpty()) return;
        Set<String> given = new TreeSet<>();
        for (Setting s : declared.settings()) given.add(s.getName());
        List<String> readers = new ArrayList<>();
        Map<String, Set<String>> reads = new TreeMap<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Set<String> names = new TreeSet<>();
                for (String constraint : Conditions.constraints(rule, Setting.class)) {
                    Matcher named = NAME_IS.matcher(constraint);
                    while (named.find()) names.add(named.group(1) != null ? named.group(1) : named.group(2));
                }
                names.removeAll(given);
                if (names.isEmpty()) continue;
                readers.add(rule.getName());
                reads.put(rule.getName(), names);
            }
        }
        readers.sort(Comparator.comparing(rules::fileOf).thenComparingInt(this::lineOf).thenComparing(Comparator.naturalOrder()));
        for (String rule : readers) {
            for (String name : reads.get(rule)) {
                // A setting given under a name declared nowhere, close to this one, is most likely this one misspelt.
                String close = Suggest.didYouMean(name, given.stream().filter(g -> declarationOf(g, declared.stageNames()) == null).toList());
                problem(rule, "this rule reads the setting \"" + name + "\", which no rule of the set gives: it would never fire"
                        + (close.isEmpty() ? "; give it, e.g. insert(new Setting(\"" + name + "\", ...)) in a rule with no condition"
                        : " (a rule gives " + close.substring(close.indexOf('"'), close.lastIndexOf('"') + 1) + ": is that it, misspelt?)"));
            }
        }
    }

    private SettingDeclaration declarationOf(String name, List<String> stages) {
        for (SettingDeclaration d : declared.settingDeclarations()) if (d.covers(name, stages)) return d;
        return null;
    }

    /** "; did you mean ..." among the declared names (a stage's setting named for each stage of the order). */
    private String hint(String name, List<String> stages) {
        List<String> names = new ArrayList<>();
        for (SettingDeclaration d : declared.settingDeclarations()) {
            if (!d.name().contains(SettingDeclaration.STAGE)) names.add(d.name());
            else for (String stage : stages) names.add(d.name().replace(SettingDeclaration.STAGE, stage));
        }
        return Suggest.didYouMean(name, names);
    }

    /** Where the declarations are written: the files of the rules that make them. */
    private String declaredIn() {
        Set<String> files = new TreeSet<>();
        for (SettingDeclaration d : declared.settingDeclarations()) files.add(rules.fileOf(declared.ruleOf(d)));
        return files.isEmpty() ? "no rule of the set (rules/base/settings.drl declares the shared ones)" : String.join(", ", files);
    }

    /** The settings in the order their rules are written: the base's first, the set's last, then by file and line. */
    private List<Setting> inWritingOrder(List<Setting> settings) {
        List<Setting> sorted = new ArrayList<>(settings);
        sorted.sort(Comparator.comparingInt((Setting s) -> layerOf(declared.ruleOf(s))).thenComparing(s -> rules.fileOf(declared.ruleOf(s)))
                .thenComparingInt(s -> lineOf(declared.ruleOf(s))));
        return sorted;
    }

    /** The layer of the set's chain (root first) that last wrote a rule: added or replaced it. */
    private int layerOf(String rule) {
        int layer = 0;
        for (int i = 0; i < rules.layers().size(); i++) {
            RuleSet.Layer l = rules.layers().get(i);
            if (l.adds().contains(rule) || l.replaces().contains(rule)) layer = i;
        }
        return layer;
    }

    private int lineOf(String rule) {
        RuleSet.RuleSource source = rule == null ? null : rules.sources().get(rule);
        return source == null ? 0 : source.line();
    }

    private void problem(String rule, String message) {
        problems.add(rule == null ? new UserError(rules.shownFolder(), null, message)
                : new UserError(rules.fileOf(rule), rules.placeOf(rule), message));
    }
}
