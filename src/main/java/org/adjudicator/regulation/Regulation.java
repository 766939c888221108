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
import org.adjudicator.report.Messages;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A regulation set as an official reads it, without a scenario: the stages in order and the rules
 * of each, the order of the criteria of each kind of table (number and wording of each criterion),
 * the zones, the knockout rounds, the settings, and the sets it builds on. Read from the compiled
 * rules: what the rules with no condition declare (see {@link Declarations}) and each rule's
 * metadata; the host knows no set.
 *
 * <p>The regulation's words are kept in both languages, as the set gives them: the English of
 * {@code @wording} (and the names the rules give), the Spanish of {@code @wordingEs}, {@code @columnEs},
 * {@code @stagesEs}, {@code @saysEs}, {@code @kindEs}, {@code @whenMissingEs}, {@code @nameEs}. A report
 * asks for them in its language ({@link Messages}); a word the set gives in English only is shown in
 * English in Spanish output too (and {@code rules check} says so where the base has both).
 *
 * @param stagesEs each stage's Spanish name, from the set's {@code @stagesEs} (a stage absent: none given)
 */
public record Regulation(String name, String folder, List<String> bases, List<RuleSet.Layer> layers, List<String> stageOrder, RuleRef stagesRule,
                         List<Stage> stages, List<Table> tables, List<Zone> zones, List<Round> rounds,
                         List<SettingValue> settings, Map<String, RuleRef> rules, Map<String, String> stagesEs) {
    /** The agenda group of a rule in no ruleflow group. */
    private static final String NO_STAGE = "MAIN";

    /**
     * Where a rule is written (the file as shown, its line, the file's absolute path), and its stage ("" for none).
     *
     * @param nameEs the name Spanish output cites it by: its {@code @nameEs}, else its {@code @wordingEs}; null when it gives neither
     */
    public record RuleRef(String name, String stage, String file, int line, String path, String nameEs) {
        public RuleRef(String name, String stage, String file, int line, String path) {
            this(name, stage, file, line, path, null);
        }

        /** The rule's name in a language: in Spanish its Spanish name where it gives one, else its name. */
        public String name(Messages m) {
            return m.spanish() && nameEs != null ? nameEs : name;
        }

        /** {@code rule "Goal difference" (rules/copa-peru-2017/criteria.drl:71)}; in Spanish {@code regla "Diferencia de goles" (...)}. */
        public String cite(Messages m) {
            return m.text("cite", name(m), place());
        }

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
    /** @param kindEs the kind's Spanish name (its order rule's {@code @kindEs}, else the stage of that name's), null when none */
    public record Table(String kind, RuleRef rule, List<Criterion> criteria, String source, String kindEs) {
        public List<String> names() {
            return criteria.stream().map(c -> c.name()).toList();
        }

        public String kind(Messages m) {
            return m.spanish() && kindEs != null ? kindEs : kind;
        }
    }

    /**
     * A criterion as the regulation states it: its step in the order (1 first), the name of its rule,
     * its number in the regulation ({@code @regulation}, "" where the regulation numbers none, null
     * where the rule does not say), its wording, its column, what an official is told when its data
     * is missing, and its rule (null: no rule of that name).
     */
    /** @param source the published text or report the criterion rests on, as its rule's {@code @source} says ("" when none) */
    /** The Spanish ({@code wordingEs}, {@code columnEs}, {@code whenMissingEs}) is null where the rule gives none. */
    public record Criterion(int step, String name, String regulation, String wording, String column, String whenMissing,
                            RuleRef rule, String source, String wordingEs, String columnEs, String whenMissingEs) {
        /** "Goal difference (criterion 2)". */
        public String title() {
            return wording + (regulation == null || regulation.isEmpty() ? "" : " (criterion " + regulation + ")");
        }

        /** Its wording in a language: in Spanish its {@code @wordingEs}, else (none given) its English wording. */
        public String wording(Messages m) {
            return m.spanish() && wordingEs != null ? wordingEs : wording;
        }

        public String column(Messages m) {
            return m.spanish() && columnEs != null ? columnEs : column;
        }

        public String whenMissing(Messages m) {
            return m.spanish() && whenMissingEs != null ? whenMissingEs : whenMissing;
        }

        /** How a report names it: in Spanish its Spanish wording, in English its rule's name. */
        public String name(Messages m) {
            return m.spanish() && wordingEs != null ? wordingEs : name;
        }
    }

    /** A zone of a table: its places and what they do. */
    /** The Spanish ({@code tableEs}, {@code nameEs} its rule's {@code @wordingEs}, {@code saysEs}) is null where none is given. */
    public record Zone(String table, String name, int first, int last, String says, RuleRef rule, String tableEs, String nameEs, String saysEs) {
        public String places() {
            return places(Messages.ENGLISH);
        }

        /** "places 9-24", "puestos 9-24". */
        public String places(Messages m) {
            return first == last ? m.text("rules.zone.place", String.valueOf(first)) : m.text("rules.zone.places", String.valueOf(first), String.valueOf(last));
        }

        public String table(Messages m) {
            return m.spanish() && tableEs != null ? tableEs : table;
        }

        public String name(Messages m) {
            return m.spanish() && nameEs != null ? nameEs : name;
        }

        public String says(Messages m) {
            return m.spanish() && saysEs != null ? saysEs : says;
        }
    }

    /**
     * A knockout round: its size, who enters it, how it is paired (the name of the rule that declares
     * it says so), and the criteria that decide its ties. Who enters, in English and in Spanish.
     */
    public record Round(String stage, int size, String zone, String winnersOf, String entrants, RuleRef rule,
                        String pairing, List<String> tieCriteria, String entrantsEs) {
        public String entrants(Messages m) {
            return m.spanish() ? entrantsEs : entrants;
        }
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
        Map<String, String> stagesEs = stagesEs(set);
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
                        text(meta.get("whenMissing")), rules.get(name), text(meta.get("source")), spanish(meta, "wordingEs"),
                        spanish(meta, "columnEs"), spanish(meta, "whenMissingEs")));
            }
            Rule orderRule = compiled.get(declared.ruleOf(p));
            String kindEs = orderRule == null ? null : spanish(orderRule.getMetaData(), "kindEs");
            tables.add(new Table(p.getKind(), rules.get(declared.ruleOf(p)), List.copyOf(criteria),
                    orderRule == null ? "" : text(orderRule.getMetaData().get("source")),
                    kindEs != null ? kindEs : stagesEs.get(slug(p.getKind()))));
        }

        List<Zone> zones = new ArrayList<>();
        for (ZonePlaces z : declared.zones()) {
            Map<String, Object> meta = compiled.containsKey(z.rule()) ? compiled.get(z.rule()).getMetaData() : Map.of();
            zones.add(new Zone(z.table(), z.zone(), z.first(), z.last(), z.says(), rules.get(z.rule()), stagesEs.get(slug(z.table())),
                    spanish(meta, "wordingEs"), spanish(meta, "saysEs")));
        }

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
            rounds.add(new Round(r.stage(), r.size(), r.zone(), r.winnersOf(), entrants(r, zones, byStage, Messages.ENGLISH, stagesEs),
                    rules.get(r.rule()), pairing, tieCriteria, entrants(r, zones, byStage, Messages.SPANISH, stagesEs)));
        }

        List<SettingValue> settings = new ArrayList<>();
        for (Setting s : declared.settings()) settings.add(new SettingValue(s.getName(), s.getText(), rules.get(declared.ruleOf(s))));

        RuleRef stagesRule = declared.stages().isEmpty() ? null : rules.get(declared.ruleOf(declared.stages().get(0)));
        List<RuleSet.Layer> layers = set.layers().stream().map(l -> new RuleSet.Layer(l.name(), shown(l.folder()), l.adds(), l.replaces(),
                l.removes())).toList();
        return new Regulation(set.name(), set.shownFolder(), set.bases(), layers, order, stagesRule, List.copyOf(stages),
                List.copyOf(tables), List.copyOf(zones), List.copyOf(rounds), List.copyOf(settings), java.util.Collections.unmodifiableMap(rules),
                Map.copyOf(stagesEs));
    }

    /** A stage's name in a language: in Spanish from the set's {@code @stagesEs}, else as the rules name it. */
    public String stage(Messages m, String stage) {
        return m.spanish() ? stagesEs.getOrDefault(stage, stage) : stage;
    }

    /** A criterion of any order of the criteria, by its rule's name (null: none). */
    public Criterion criterion(String name) {
        for (Table t : tables) for (Criterion c : t.criteria()) if (c.name().equals(name)) return c;
        return null;
    }

    /** A criterion's name as a report names it in a language ({@link Criterion#name(Messages)}). */
    public String criterionName(Messages m, String name) {
        Criterion c = criterion(name);
        return c == null ? name : c.name(m);
    }

    /** "general-table: Tabla única; ..." of the rule that carries {@code @stagesEs}, as a map. */
    private static Map<String, String> stagesEs(RuleSet set) {
        Map<String, String> names = new LinkedHashMap<>();
        String list = set.anyMetadata("stagesEs");
        if (list == null) return names;
        for (String item : list.split(";")) {
            int colon = item.indexOf(':');
            if (colon > 0) names.put(item.substring(0, colon).strip(), item.substring(colon + 1).strip());
        }
        return names;
    }

    /** "General table" as a stage is named: "general-table" (a table a stage makes is named after it). */
    private static String slug(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    /** A Spanish metadata value, null when the rule gives none. */
    private static String spanish(Map<String, Object> meta, String key) {
        String value = text(meta.get(key));
        return value.isEmpty() ? null : value;
    }

    /** Rules as they are written: file, then line, then name. */
    private static final Comparator<RuleRef> WRITTEN = Comparator.comparing(RuleRef::file).thenComparingInt(RuleRef::line)
            .thenComparing(r -> r.name());

    private static RuleRef ref(RuleSet set, Rule rule) {
        String stage = ((RuleImpl) rule).getAgendaGroup();
        RuleSet.RuleSource source = set.sources().get(rule.getName());
        String nameEs = spanish(rule.getMetaData(), "nameEs");
        return new RuleRef(rule.getName(), stage == null || NO_STAGE.equals(stage) ? "" : stage,
                source == null ? set.shownFolder() : source.file(), source == null ? 0 : source.line(),
                source == null ? null : source.path(), nameEs != null ? nameEs : spanish(rule.getMetaData(), "wordingEs"));
    }

    /** "the places of the zone "repechage" (9-24 of the General table) and the 16 winners of the round "repechage"", in a language. */
    private static String entrants(KnockoutRound r, List<Zone> zones, Map<String, KnockoutRound> rounds, Messages m, Map<String, String> stagesEs) {
        List<String> parts = new ArrayList<>();
        if (!r.zone().isEmpty()) {
            Zone zone = zones.stream().filter(z -> z.name().equals(r.zone())).findFirst().orElse(null);
            parts.add(zone == null ? m.text("rules.entrants.zoneUnknown", r.zone())
                    : m.text("rules.entrants.zone", zone.name(m), String.valueOf(zone.first()), String.valueOf(zone.last()), zone.table(m)));
        }
        if (!r.winnersOf().isEmpty()) {
            KnockoutRound earlier = rounds.get(r.winnersOf());
            String round = m.spanish() ? stagesEs.getOrDefault(r.winnersOf(), r.winnersOf()) : r.winnersOf();
            parts.add(earlier == null ? m.text("rules.entrants.winnersOf", round) : m.text("rules.entrants.winners", String.valueOf(earlier.size() / 2), round));
        }
        return parts.isEmpty() ? m.text("rules.entrants.none") : m.and(parts);
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
