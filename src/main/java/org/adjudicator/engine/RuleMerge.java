package org.adjudicator.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.UserError;
import org.adjudicator.scenario.Suggest;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules of a set built on others, as one package: the root base's rules, then each set's
 * changes in turn. A set adds rules, replaces a base's rule of the same name (the rule says so with
 * {@code @replaces}), and leaves base rules out by name ({@code removes:} in its manifest). The
 * parsed form is merged before compiling, because Drools itself refuses two rules of one name in a
 * package and has no way to drop one. A function of a base's name replaces the base's function;
 * imports and globals are the union of all.
 *
 * @param merged  the package to compile, named as the top set's files name theirs
 * @param sources where each rule of the merged package is written
 * @param layers  what each set of the chain did, root first
 */
record RuleMerge(PackageDescr merged, Map<String, RuleSet.RuleSource> sources, List<RuleSet.Layer> layers) {
    static final String REPLACES = "replaces";

    private record Written(RuleDescr rule, RuleSet.RuleSource source, String set) {
    }

    static RuleMerge of(SetChain chain) {
        Map<String, Written> rules = new LinkedHashMap<>();
        Map<String, FunctionDescr> functions = new LinkedHashMap<>();
        Map<String, ImportDescr> imports = new LinkedHashMap<>();
        Map<String, GlobalDescr> globals = new LinkedHashMap<>();
        Map<String, TypeDeclarationDescr> types = new LinkedHashMap<>();
        List<RuleSet.Layer> layers = new ArrayList<>();
        String packageName = null;
        for (SetChain.Link link : chain.links()) {
            Map<String, Written> own = new LinkedHashMap<>();
            List<PackageDescr> parsed = new ArrayList<>();
            for (Path file : link.files()) {
                String shown = RulesLoader.shown(file);
                PackageDescr descr = parse(file, shown);
                parsed.add(descr);
                if (descr.getName() != null && !descr.getName().isBlank()) packageName = descr.getName();
                for (RuleDescr rule : descr.getRules()) {
                    RuleSet.RuleSource source = new RuleSet.RuleSource(shown, rule.getLine(), file.toAbsolutePath().normalize().toString());
                    Written earlier = own.put(rule.getName(), new Written(rule, source, link.name()));
                    if (earlier != null) {
                        throw UserError.at(shown, rule.getLine() + ": rule \"" + rule.getName() + "\"", "error.rules.sameName",
                                earlier.source().file() + ":" + earlier.source().line());
                    }
                }
            }
            List<String> removed = removals(link, rules, own);
            List<String> replaced = new ArrayList<>();
            List<String> added = new ArrayList<>();
            for (Written rule : own.values()) {
                String name = rule.rule().getName();
                Written base = rules.get(name);
                boolean replaces = rule.rule().getAnnotation(REPLACES) != null;
                String place = rule.source().line() + ": rule \"" + name + "\"";
                if (base != null && !replaces) {
                    throw UserError.at(rule.source().file(), place, "error.rules.baseHasName", base.source().file() + ":" + base.source().line());
                }
                if (base == null && replaces) {
                    throw chain.links().indexOf(link) == 0 ? UserError.at(rule.source().file(), place, "error.rules.replacesNoBase")
                            : UserError.at(rule.source().file(), place, "error.rules.replacesNothing", Suggest.phrase(name, rules.keySet()));
                }
                rules.put(name, rule); // a replacement keeps the base rule's place in the order
                (replaces ? replaced : added).add(name);
            }
            for (PackageDescr descr : parsed) {
                for (ImportDescr i : descr.getImports()) imports.putIfAbsent(i.getTarget(), i);
                for (GlobalDescr g : descr.getGlobals()) globals.putIfAbsent(g.getIdentifier(), g);
                for (FunctionDescr f : descr.getFunctions()) functions.put(f.getName(), f);
                for (TypeDeclarationDescr t : descr.getTypeDeclarations()) types.put(t.getTypeName(), t);
            }
            layers.add(new RuleSet.Layer(link.name(), link.folder().toString(), List.copyOf(added), List.copyOf(replaced), List.copyOf(removed)));
        }
        PackageDescr merged = new PackageDescr(packageName == null ? "adjudicator" : packageName);
        imports.values().forEach(merged::addImport);
        globals.values().forEach(merged::addGlobal);
        types.values().forEach(merged::addTypeDeclaration);
        for (FunctionDescr f : functions.values()) {
            f.setNamespace(merged.getName());
            merged.addFunction(f);
        }
        Map<String, RuleSet.RuleSource> sources = new LinkedHashMap<>();
        for (Written rule : rules.values()) {
            rule.rule().setNamespace(merged.getName());
            merged.addRule(rule.rule());
            sources.put(rule.rule().getName(), rule.source());
        }
        return new RuleMerge(merged, Map.copyOf(sources), List.copyOf(layers));
    }

    /** The base rules a set's manifest leaves out, each checked to be a rule of a base and not one of the set's own. */
    private static List<String> removals(SetChain.Link link, Map<String, Written> rules, Map<String, Written> own) {
        List<String> removed = new ArrayList<>();
        SetManifest manifest = link.manifest();
        if (manifest == null) return removed;
        for (int i = 0; i < manifest.removes().size(); i++) {
            String name = manifest.removes().get(i);
            if (own.containsKey(name)) {
                Written rule = own.get(name);
                throw UserError.at(manifest.file(), manifest.placeOfRemoval(i), "error.rules.removesOwn", rule.source().file() + ":" + rule.source().line());
            }
            if (rules.remove(name) == null) {
                throw UserError.at(manifest.file(), manifest.placeOfRemoval(i), "error.rules.removesNothing", Suggest.phrase(name, rules.keySet()));
            }
            removed.add(name);
        }
        return removed;
    }

    private static PackageDescr parse(Path file, String shown) {
        String text = RulesLoader.read(file);
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            throw new UserError(shown, null, RulesLoader.readable(e.getMessage()));
        }
        if (parser.hasErrors() || descr == null) {
            DroolsError first = parser.getErrors().isEmpty() ? null : parser.getErrors().get(0);
            int line = first == null || first.getLines() == null || first.getLines().length == 0 ? -1 : first.getLines()[0];
            throw new UserError(shown, line > 0 ? String.valueOf(line) : null,
                    first == null ? UserError.Phrase.of("error.rules.doNotParse") : RulesLoader.readable(first.getMessage()));
        }
        return descr;
    }
}
