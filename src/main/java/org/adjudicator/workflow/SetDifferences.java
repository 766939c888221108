package org.adjudicator.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.adjudicator.engine.Declarations;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Precedence;
import org.adjudicator.facts.Setting;
import org.adjudicator.regulation.Regulation;
import org.adjudicator.regulation.RegulationDiff;
import org.adjudicator.report.Messages;
import org.kie.api.definition.KiePackage;

/**
 * The differences between two regulation sets that a move can be blamed on, each alone: the order
 * of the criteria of each kind of table, each setting, and everything else together (other rules
 * added, replaced or removed). For each, the set that has every difference but that one: built as an
 * official builds a set, a folder whose {@code set.yaml} builds on one of the two and whose DRL
 * replaces the rules that declare the orders and settings. The host knows no regulation: it copies
 * the declarations the two sets' own rules make.
 */
public final class SetDifferences {
    /** The folder the sets built here are written to, each under a name made from its content. */
    private static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "adjudicator-sets");

    /**
     * One difference: its words (in English, and in Spanish), and what it is (the kind of table whose
     * order differs, the setting that differs, or neither: the other rules).
     */
    public record Difference(String words, String spanish, String kind, String setting) {
        boolean isOther() {
            return kind == null && setting == null;
        }

        /** The words in a language. */
        public String words(Messages m) {
            return m.spanish() ? spanish : words;
        }
    }

    /** A difference worded in both languages by the bundle's {@code key}. */
    private static Difference difference(String kind, String setting, String key, Object... args) {
        return new Difference(Messages.ENGLISH.text(key, args), Messages.SPANISH.text(key, args), kind, setting);
    }

    private final RuleSet from;
    private final RuleSet to;
    private final Declarations declaredFrom;
    private final Declarations declaredTo;
    private final List<Difference> differences;

    private SetDifferences(RuleSet from, RuleSet to, Declarations declaredFrom, Declarations declaredTo, List<Difference> differences) {
        this.from = from;
        this.to = to;
        this.declaredFrom = declaredFrom;
        this.declaredTo = declaredTo;
        this.differences = differences;
    }

    /** The differences from one set to another, or none when the declarations of either cannot be read. */
    public static SetDifferences between(RuleSet from, RuleSet to) {
        Declarations a = Declarations.read(from);
        Declarations b = Declarations.read(to);
        List<Difference> found = new ArrayList<>();
        if (a == null || b == null) return new SetDifferences(from, to, a, b, List.of());
        Map<String, Precedence> pa = precedences(a);
        Map<String, Precedence> pb = precedences(b);
        for (String kind : union(pa.keySet(), pb.keySet())) {
            Precedence was = pa.get(kind);
            Precedence now = pb.get(kind);
            if (was != null && now != null && was.getCriteria().equals(now.getCriteria())) continue;
            found.add(difference(kind, null, "workflow.difference.order", kind));
        }
        Map<String, Setting> sa = settings(a);
        Map<String, Setting> sb = settings(b);
        for (String name : union(sa.keySet(), sb.keySet())) {
            String was = sa.containsKey(name) ? sa.get(name).getText() : null;
            String now = sb.containsKey(name) ? sb.get(name).getText() : null;
            if (Objects.equals(was, now)) continue;
            found.add(difference(null, name, "workflow.difference.setting", name, was == null ? 0 : 1, was, now == null ? 0 : 1, now));
        }
        if (othersDiffer(from, to, a, b)) found.add(difference(null, null, "workflow.difference.others"));
        return new SetDifferences(from, to, a, b, List.copyOf(found));
    }

    public List<Difference> differences() {
        return differences;
    }

    /**
     * The folder of a set with every difference but {@code left}: the second set with the first
     * set's order or setting in place of its own, or, for the other rules, the first set with the
     * second's orders and settings. Null when it cannot be built (a rule declares an order or a
     * setting together with something else, a zone, a round or the stages).
     */
    public Path withAllBut(Difference left) {
        if (left.isOther()) {
            Map<String, Precedence> orders = new LinkedHashMap<>();
            Map<String, Setting> settings = new LinkedHashMap<>();
            for (Difference d : differences) {
                if (d.kind() != null) orders.put(d.kind(), precedences(declaredTo).get(d.kind()));
                if (d.setting() != null) settings.put(d.setting(), settings(declaredTo).get(d.setting()));
            }
            return write(from, declaredFrom, orders, settings);
        }
        Map<String, Precedence> orders = new LinkedHashMap<>();
        Map<String, Setting> settings = new LinkedHashMap<>();
        if (left.kind() != null) orders.put(left.kind(), precedences(declaredFrom).get(left.kind()));
        if (left.setting() != null) settings.put(left.setting(), settings(declaredFrom).get(left.setting()));
        return write(to, declaredTo, orders, settings);
    }

    /** True when rules other than those that only declare orders and settings differ, or zones, rounds or stages do. */
    private static boolean othersDiffer(RuleSet from, RuleSet to, Declarations a, Declarations b) {
        RegulationDiff diff = RegulationDiff.between(Regulation.of(from), Regulation.of(to));
        Set<String> declaring = new LinkedHashSet<>();
        for (Declarations d : List.of(a, b)) {
            for (Precedence p : d.precedences()) declaring.add(d.ruleOf(p));
            for (Setting s : d.settings()) declaring.add(d.ruleOf(s));
        }
        for (RegulationDiff.Change c : diff.changes()) {
            switch (c.section()) {
                case "stages", "zones", "rounds" -> {
                    return true;
                }
                case "rules" -> {
                    if (!declaring.contains(c.subject())) return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * A set built on {@code base} whose orders and settings named are those given (null: none):
     * each rule of the base that declares one is replaced by a rule of its name declaring what it
     * declared with those values; what the base does not declare is declared by a new rule.
     */
    private static Path write(RuleSet base, Declarations declared, Map<String, Precedence> orders, Map<String, Setting> settings) {
        Set<String> rewritten = new LinkedHashSet<>();
        for (Precedence p : declared.precedences()) if (orders.containsKey(p.getKind())) rewritten.add(declared.ruleOf(p));
        for (Setting s : declared.settings()) if (settings.containsKey(s.getName())) rewritten.add(declared.ruleOf(s));
        if (rewritten.contains(null)) return null;
        for (Object other : otherDeclarations(declared)) {
            if (rewritten.contains(declared.ruleOf(other))) return null;
        }
        StringBuilder drl = new StringBuilder("package ").append(packageOf(base)).append(";\n\n")
                .append("import org.adjudicator.facts.Precedence;\nimport org.adjudicator.facts.Setting;\n");
        List<String> removes = new ArrayList<>();
        for (String rule : rewritten) {
            List<String> inserts = new ArrayList<>();
            for (Precedence p : declared.precedences()) {
                if (!rule.equals(declared.ruleOf(p))) continue;
                Precedence value = orders.containsKey(p.getKind()) ? orders.get(p.getKind()) : p;
                if (value != null) inserts.add(insert(value));
            }
            for (Setting s : declared.settings()) {
                if (!rule.equals(declared.ruleOf(s))) continue;
                Setting value = settings.containsKey(s.getName()) ? settings.get(s.getName()) : s;
                if (value != null) inserts.add(insert(value));
            }
            if (inserts.isEmpty()) removes.add(rule);
            else drl.append(rule(rule, true, inserts));
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Precedence p : declared.precedences()) kinds.add(p.getKind());
        for (Map.Entry<String, Precedence> e : orders.entrySet()) {
            if (!kinds.contains(e.getKey()) && e.getValue() != null) {
                drl.append(rule("The order of the criteria for " + e.getKey() + ", from the other set", false, List.of(insert(e.getValue()))));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (Setting s : declared.settings()) names.add(s.getName());
        for (Map.Entry<String, Setting> e : settings.entrySet()) {
            if (!names.contains(e.getKey()) && e.getValue() != null) {
                drl.append(rule("The setting " + e.getKey() + ", from the other set", false, List.of(insert(e.getValue()))));
            }
        }
        StringBuilder yaml = new StringBuilder("# Built by the tool to try one difference between two sets alone.\nbuilds-on: ")
                .append(quoted(base.folder().toAbsolutePath().normalize().toString())).append('\n');
        if (!removes.isEmpty()) {
            yaml.append("removes:\n");
            for (String r : removes) yaml.append("  - ").append(quoted(r)).append('\n');
        }
        return save(yaml.toString(), drl.toString());
    }

    private static List<Object> otherDeclarations(Declarations declared) {
        List<Object> others = new ArrayList<>(declared.stages());
        others.addAll(declared.zones());
        others.addAll(declared.rounds());
        return others;
    }

    private static String rule(String name, boolean replaces, List<String> inserts) {
        StringBuilder text = new StringBuilder("\nrule ").append(literal(name)).append('\n');
        if (replaces) text.append("    @replaces\n");
        text.append("when\nthen\n");
        for (String insert : inserts) text.append("    ").append(insert).append('\n');
        return text.append("end\n").toString();
    }

    private static String insert(Precedence p) {
        StringBuilder text = new StringBuilder("insert(new Precedence(").append(literal(p.getKind()));
        for (String c : p.getCriteria()) text.append(", ").append(literal(c));
        return text.append("));").toString();
    }

    private static String insert(Setting s) {
        boolean number = s.getText().equals(String.valueOf(s.getValue()));
        return "insert(new Setting(" + literal(s.getName()) + ", " + (number ? String.valueOf(s.getValue()) : literal(s.getText())) + "));";
    }

    private static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String quoted(String text) {
        return literal(text);
    }

    /** Writes the set under a folder named from its content (a second run finds it there, compiled), whole. */
    private static Path save(String yaml, String drl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(yaml.getBytes(StandardCharsets.UTF_8));
            sha.update(drl.getBytes(StandardCharsets.UTF_8));
            Path target = FOLDER.resolve("without-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16));
            if (Files.isDirectory(target)) return target;
            Files.createDirectories(FOLDER);
            Path temp = Files.createTempDirectory(FOLDER, ".building-");
            Files.writeString(temp.resolve("set.yaml"), yaml, StandardCharsets.UTF_8);
            Files.writeString(temp.resolve("changes.drl"), drl, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            } catch (IOException e) {
                // Another run wrote the same set first: its folder holds the same text.
                if (!Files.isDirectory(target)) throw e;
            }
            return target;
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** The package of the base's rules, as {@code rules new} writes it. */
    private static String packageOf(RuleSet base) {
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : base.kieBase().getKiePackages()) if (!pkg.getRules().isEmpty()) names.add(pkg.getName());
        return names.stream().sorted().findFirst().orElse("regulation");
    }

    private static Map<String, Precedence> precedences(Declarations d) {
        Map<String, Precedence> byKind = new LinkedHashMap<>();
        for (Precedence p : d.precedences()) byKind.putIfAbsent(p.getKind(), p);
        return byKind;
    }

    private static Map<String, Setting> settings(Declarations d) {
        Map<String, Setting> byName = new LinkedHashMap<>();
        for (Setting s : d.settings()) byName.putIfAbsent(s.getName(), s);
        return byName;
    }

    private static <T> List<T> union(Iterable<T> a, Iterable<T> b) {
        Set<T> all = new LinkedHashSet<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return new ArrayList<>(all);
    }
}
