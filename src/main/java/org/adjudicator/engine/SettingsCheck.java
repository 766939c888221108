package org.adjudicator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                problem(declared.ruleOf(d), "error.setting.declaredTwice", d.name(), rules.citation(declared.ruleOf(first)));
            } else if (!d.kind().equals(Setting.WHOLE_NUMBER) && !d.kind().equals(Setting.TEXT)) {
                problem(declared.ruleOf(d), "error.setting.kind", d.name(), d.kind(), Setting.WHOLE_NUMBER, Setting.TEXT);
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
                problem(rule, "error.setting.notASetting", s.getName(), hint(s.getName(), stages), declaredIn());
                continue;
            }
            if (!d.kind().equals(s.getKind())) {
                problem(rule, s.getKind().equals(Setting.TEXT) ? "error.setting.givesText" : "error.setting.givesNumber",
                        s.getName(), d.meaning(), d.kind(), s.getText(), written(s, d));
                continue;
            }
            if (!d.values().isEmpty() && !d.values().contains(s.getText())) {
                problem(rule, "error.setting.oneOf", s.getName(), d.meaning(),
                        UserError.Phrase.joined(UserError.Phrase.of("error.or"), d.values().stream().map(v -> "\"" + v + "\"").toList()),
                        s.getText(), Suggest.phrase(s.getText(), d.values()));
                continue;
            }
            Setting first = givenBy.putIfAbsent(s.getName(), s);
            if (first != null && !declared.ruleOf(first).equals(rule)) {
                problem(rule, "error.setting.givenTwice", s.getName(), s.getText(), rules.citation(declared.ruleOf(first)), first.getText());
            } else if (first != null) {
                problem(rule, "error.setting.givenTwiceHere", s.getName(), first.getText(), s.getText());
            }
        }
    }

    /** How the setting is written with a value of its declared kind. */
    private static UserError.Phrase written(Setting s, SettingDeclaration d) {
        if (d.kind().equals(Setting.WHOLE_NUMBER)) {
            String digits = s.getText().strip();
            return digits.matches("-?\\d{1,9}") ? UserError.Phrase.of("error.setting.writeNumber", s.getName(), digits)
                    : UserError.Phrase.of("error.setting.writeSomeNumber", s.getName());
        }
        return UserError.Phrase.of("error.setting.writeText", s.getName(), s.getText());
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
                Optional<String> close = Suggest.closest(name, given.stream().filter(g -> declarationOf(g, declared.stageNames()) == null).toList());
                if (close.isEmpty()) problem(rule, "error.setting.neverGiven", name);
                else problem(rule, "error.setting.neverGivenMisspelt", name, close.get());
            }
        }
    }

    private SettingDeclaration declarationOf(String name, List<String> stages) {
        for (SettingDeclaration d : declared.settingDeclarations()) if (d.covers(name, stages)) return d;
        return null;
    }

    /** "; did you mean ..." among the declared names (a stage's setting named for each stage of the order). */
    private UserError.Phrase hint(String name, List<String> stages) {
        List<String> names = new ArrayList<>();
        for (SettingDeclaration d : declared.settingDeclarations()) {
            if (!d.name().contains(SettingDeclaration.STAGE)) names.add(d.name());
            else for (String stage : stages) names.add(d.name().replace(SettingDeclaration.STAGE, stage));
        }
        return Suggest.phrase(name, names);
    }

    /** Where the declarations are written: the files of the rules that make them. */
    private Object declaredIn() {
        Set<String> files = new TreeSet<>();
        for (SettingDeclaration d : declared.settingDeclarations()) files.add(rules.fileOf(declared.ruleOf(d)));
        return files.isEmpty() ? UserError.Phrase.of("error.setting.declaredNowhere") : String.join(", ", files);
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

    private void problem(String rule, String key, Object... args) {
        problems.add(rule == null ? UserError.at(rules.shownFolder(), null, key, args)
                : UserError.at(rules.fileOf(rule), rules.placeOf(rule), key, args));
    }
}
