package org.adjudicator.engine;

import org.adjudicator.UserError;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.adjudicator.UserError;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled regulation set: its name, its folder, the compiled rules, where each rule is written
 * (file shown to the user, and line) so that every decision can cite it, and the sets it is built
 * on, each with what it added, replaced and removed (root first, this set last).
 */
public record RuleSet(String name, Path folder, KieBase kieBase, Map<String, RuleSource> sources,
                      List<Layer> layers, Map<Set<String>, KieBase> stageBases) {

    public RuleSet(String name, Path folder, KieBase kieBase, Map<String, RuleSource> sources, List<Layer> layers) {
        this(name, folder, kieBase, sources, layers, new ConcurrentHashMap<>());
    }

    /** The sets this one builds on, nearest first (empty for a set of its own). */
    public List<String> bases() {
        List<String> names = new ArrayList<>();
        for (int i = layers.size() - 2; i >= 0; i--) names.add(layers.get(i).name());
        return List.copyOf(names);
    }

    /**
     * What one set of the chain does: the rules it adds, those of its bases it replaces and those
     * it removes, by name. A set of its own is one layer that adds every rule.
     */
    public record Layer(String name, String folder, List<String> adds, List<String> replaces, List<String> removes)
            implements Serializable {
    }

    /**
     * The rule base for a run of some stages only (null: every stage): the rules of those stages and
     * of no stage, built once per set of stages (see {@link StageBase}).
     */
    public KieBase kieBaseFor(Set<String> stages) {
        if (stages == null) return kieBase;
        Set<String> key = Set.copyOf(stages);
        KieBase built = stageBases.get(key);
        if (built != null) return built;
        // One at a time: two bases of one set built at once (a simulation's threads) define the same
        // generated classes in the set's class loader, which Drools refuses (LinkageError).
        synchronized (stageBases) {
            return stageBases.computeIfAbsent(key, s -> StageBase.of(kieBase, s));
        }
    }

    /** Where a rule is written: the file as the user sees it, the line of its name, and the file's absolute path. */
    public record RuleSource(String file, int line, String path) implements Serializable {
    }

    /** The folder as the user should see it (relative to the current folder when inside it). */
    public String shownFolder() {
        return RulesLoader.shown(folder);
    }

    public String fileOf(String rule) {
        RuleSource source = sources.get(rule);
        return source == null ? shownFolder() : source.file();
    }

    /** A rule's place in its file, for an error line: {@code 56: rule "Goal difference"}. */
    public String placeOf(String rule) {
        RuleSource source = sources.get(rule);
        return (source == null ? "" : source.line() + ": ") + "rule \"" + rule + "\"";
    }

    /**
     * A rule's metadata value ({@code @wordingEs("Goles a favor")} gives "Goles a favor"), null when
     * the rule or the key is absent. A rule a set inherits from its base keeps its base's metadata.
     */
    public String metadata(String rule, String key) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            Rule found = kieBase.getRule(pkg.getName(), rule);
            if (found == null) continue;
            Object value = found.getMetaData().get(key);
            if (value == null) return null;
            String text = value.toString();
            return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
        }
        return null;
    }

    /**
     * The value of {@code key} on whichever rule of the set carries it (the first in package and rule
     * order), null when none does: a stage is no rule, so its words sit on the rule that lists the
     * stages ({@code @stagesEs("general-table: Tabla única; ...")}).
     */
    public String anyMetadata(String key) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (r.getMetaData().containsKey(key)) return metadata(r.getName(), key);
            }
        }
        return null;
    }

    /**
     * The value of {@code key} in every rule that has it, by rule name: a set that builds on another
     * may have two (its own stages' list and its base's), and a word missing from one is in the other.
     */
    public List<String> everyMetadata(String key) {
        TreeMap<String, String> values = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (r.getMetaData().containsKey(key)) values.put(r.getName(), metadata(r.getName(), key));
            }
        }
        return List.copyOf(values.values());
    }

    /** How a rule is cited: {@code rule "Goal difference" (rules/copa-peru-2017/criteria.drl:71)}. */
    public UserError.Phrase citation(String rule) {
        RuleSource source = sources.get(rule);
        return UserError.Phrase.of("cite", rule, source == null ? shownFolder() : source.file() + ":" + source.line());
    }

    /** How a rule is cited in English (see {@link #citation}, the same in the official's language). */
    public String cite(String rule) {
        RuleSource source = sources.get(rule);
        return "rule \"" + rule + "\" (" + (source == null ? shownFolder() : source.file() + ":" + source.line()) + ")";
    }
}
