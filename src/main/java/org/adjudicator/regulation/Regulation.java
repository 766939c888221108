package org.adjudicator.regulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.adjudicator.UserError;
import org.adjudicator.engine.Declarations;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.KnockoutRound;
import org.adjudicator.facts.Precedence;
import org.adjudicator.facts.Setting;
import org.adjudicator.facts.ZonePlaces;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A regulation set as an official reads it, without a scenario: the stages in order and the rules
 * of each, the order of the criteria of each kind of table (number and wording of each criterion),
 * the zones, the knockout rounds, the settings, and the sets it builds on. Read from the compiled
 * rules: what the rules with no condition declare (see {@link Declarations}) and each rule's
 * metadata; the host knows no set.
 */
public record Regulation(String name, String folder, List<String> bases, List<RuleSet.Layer> layers, List<String> stageOrder, RuleRef stagesRule,
                         List<Stage> stages, List<Table> tables, List<Zone> zones, List<Round> rounds,
                         List<SettingValue> settings, Map<String, RuleRef> rules) {
    /** The agenda group of a rule in no ruleflow group. */
    private static final String NO_STAGE = "MAIN";

    /** Where a rule is written (the file as shown, its line, the file's absolute path), and its stage ("" for none). */
    public record RuleRef(String name, String stage, String file, int line, String path) {
        /** {@code rules/copa-peru-2017/criteria.drl:71}. */
        public String place() {
            return line > 0 ? file + ":" + line : file;
        }

        /** {@code rule "Goal difference" (rules/copa-peru-2017/criteria.drl:71)}. */
        public String cite() {
            return "rule \"" + name + "\" (" + place() + ")";
        }
    }

    /** A stage and its rules, as they are written (file, then line). */
    public record Stage(String name, List<RuleRef> rules) {
    }

    /** The order of the criteria of a kind of table. */
    /** @param source where the order comes from, as its rule's {@code @source} says ("" when it says nothing) */
    public record Table(String kind, RuleRef rule, List<Criterion> criteria, String source) {
        public List<String> names() {
            return criteria.stream().map(Criterion::name).toList();
        }
    }

    /**
     * A criterion as the regulation states it: its step in the order (1 first), the name of its rule,
     * its number in the regulation ({@code @regulation}, "" where the regulation numbers none, null
     * where the rule does not say), its wording, its column, what an official is told when its data
     * is missing, and its rule (null: no rule of that name).
     */
    /** @param source the published text or report the criterion rests on, as its rule's {@code @source} says ("" when none) */
    public record Criterion(int step, String name, String regulation, String wording, String column, String whenMissing,
                            RuleRef rule, String source) {
        /** "Goal difference (criterion 2)". */
        public String title() {
            return wording + (regulation == null || regulation.isEmpty() ? "" : " (criterion " + regulation + ")");
        }
    }

    /** A zone of a table: its places and what they do. */
    public record Zone(String table, String name, int first, int last, String says, RuleRef rule) {
        public String places() {
            return first == last ? "place " + first : "places " + first + "-" + last;
        }
    }

    /**
     * A knockout round: its size, who enters it, how it is paired (the name of the rule that declares
     * it says so), and the criteria that decide its ties.
     */
    public record Round(String stage, int size, String zone, String winnersOf, String entrants, RuleRef rule,
                        String pairing, List<String> tieCriteria) {
    }

    /** A setting and the rule that declares it. */
    public record SettingValue(String name, String value, RuleRef rule) {
    }

    /** How many rules the set has (its bases' included). */
    public int ruleCount() {
        return rules.size();
    }

    /** Reads the regulation of a compiled set, and of the sets it builds on. */
    public static Regulation of(RuleSet set) {
        Declarations declared = Declarations.read(set);
        if (declared == null) {
            throw UserError.at(set.shownFolder(), null, "error.regulation.declarations");
        }
        Map<String, Rule> compiled = new TreeMap<>();
        for (KiePackage pkg : set.kieBase().getKiePackages()) for (Rule rule : pkg.getRules()) compiled.put(rule.getName(), rule);
        Map<String, RuleRef> rules = new LinkedHashMap<>();
        compiled.values().stream().map(r -> ref(set, r)).sorted(WRITTEN).forEach(r -> rules.put(r.name(), r));

        List<String> order = declared.stageNames();
        List<Stage> stages = new ArrayList<>();
        for (String stage : order) {
            stages.add(new Stage(stage, rules.values().stream().filter(r -> r.stage().equals(stage)).toList()));
        }

        List<Table> tables = new ArrayList<>();
        for (Precedence p : declared.precedences()) {
            List<Criterion> criteria = new ArrayList<>();
            for (String name : p.getCriteria()) {
                Rule rule = compiled.get(name);
                Map<String, Object> meta = rule == null ? Map.of() : rule.getMetaData();
                criteria.add(new Criterion(criteria.size() + 1, name, meta.containsKey("regulation") ? text(meta.get("regulation")) : null,
                        meta.containsKey("wording") ? text(meta.get("wording")) : name, text(meta.get("column")),
                        text(meta.get("whenMissing")), rules.get(name), text(meta.get("source"))));
            }
            Rule orderRule = compiled.get(declared.ruleOf(p));
            tables.add(new Table(p.getKind(), rules.get(declared.ruleOf(p)), List.copyOf(criteria),
                    orderRule == null ? "" : text(orderRule.getMetaData().get("source"))));
        }

        List<Zone> zones = new ArrayList<>();
        for (ZonePlaces z : declared.zones()) zones.add(new Zone(z.table(), z.zone(), z.first(), z.last(), z.says(), rules.get(z.rule())));

        // The ties of a knockout round are tables of a kind of tie: the orders whose kind names a tie decide them.
        List<String> tieCriteria = tables.stream().filter(t -> t.kind().contains("tie")).findFirst().map(Table::names).orElse(List.of());
        List<Round> rounds = new ArrayList<>();
        Map<String, KnockoutRound> byStage = new LinkedHashMap<>();
        for (KnockoutRound r : declared.rounds()) byStage.putIfAbsent(r.stage(), r);
        List<KnockoutRound> inOrder = new ArrayList<>(declared.rounds());
        inOrder.sort(Comparator.comparingInt((KnockoutRound r) -> order.contains(r.stage()) ? order.indexOf(r.stage()) : order.size())
                .thenComparing(KnockoutRound::stage));
        for (KnockoutRound r : inOrder) {
            // How it is paired: the setting "<stage> pairing" where the set declares one, else the declaring rule's name.
            String pairing = declared.settings().stream().filter(s -> s.getName().equals(r.stage() + " pairing")).map(Setting::getText)
                    .findFirst().orElse(r.rule());
            rounds.add(new Round(r.stage(), r.size(), r.zone(), r.winnersOf(), entrants(r, declared.zones(), byStage),
                    rules.get(r.rule()), pairing, tieCriteria));
        }

        List<SettingValue> settings = new ArrayList<>();
        for (Setting s : declared.settings()) settings.add(new SettingValue(s.getName(), s.getText(), rules.get(declared.ruleOf(s))));

        RuleRef stagesRule = declared.stages().isEmpty() ? null : rules.get(declared.ruleOf(declared.stages().get(0)));
        List<RuleSet.Layer> layers = set.layers().stream().map(l -> new RuleSet.Layer(l.name(), shown(l.folder()), l.adds(), l.replaces(),
                l.removes())).toList();
        return new Regulation(set.name(), set.shownFolder(), set.bases(), layers, order, stagesRule, List.copyOf(stages),
                List.copyOf(tables), List.copyOf(zones), List.copyOf(rounds), List.copyOf(settings), java.util.Collections.unmodifiableMap(rules));
    }

    /** Rules as they are written: file, then line, then name. */
    private static final Comparator<RuleRef> WRITTEN = Comparator.comparing(RuleRef::file).thenComparingInt(RuleRef::line)
            .thenComparing(RuleRef::name);

    private static RuleRef ref(RuleSet set, Rule rule) {
        String stage = ((RuleImpl) rule).getAgendaGroup();
        RuleSet.RuleSource source = set.sources().get(rule.getName());
        return new RuleRef(rule.getName(), stage == null || NO_STAGE.equals(stage) ? "" : stage,
                source == null ? set.shownFolder() : source.file(), source == null ? 0 : source.line(),
                source == null ? null : source.path());
    }

    /** "the places of the zone "repechage" (9-24) and the winners of the repechage". */
    private static String entrants(KnockoutRound r, List<ZonePlaces> zones, Map<String, KnockoutRound> rounds) {
        List<String> parts = new ArrayList<>();
        if (!r.zone().isEmpty()) {
            ZonePlaces zone = zones.stream().filter(z -> z.zone().equals(r.zone())).findFirst().orElse(null);
            parts.add("the places of the zone \"" + r.zone() + "\"" + (zone == null ? "" : " (" + zone.first() + "-" + zone.last()
                    + " of the " + zone.table() + ")"));
        }
        if (!r.winnersOf().isEmpty()) {
            KnockoutRound earlier = rounds.get(r.winnersOf());
            parts.add("the " + (earlier == null ? "" : earlier.size() / 2 + " ") + "winners of the round \"" + r.winnersOf() + "\"");
        }
        return parts.isEmpty() ? "no entrants named" : String.join(" and ", parts);
    }

    /** A folder as the user should see it: relative to the current folder when inside it. */
    private static String shown(String folder) {
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
        java.nio.file.Path absolute = java.nio.file.Path.of(folder).toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** A metadata value as written, without the quotes Drools may keep. */
    private static String text(Object value) {
        if (value == null) return "";
        String s = value.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
