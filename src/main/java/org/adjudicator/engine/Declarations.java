package org.adjudicator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.UserError;
import org.adjudicator.facts.KnockoutRound;
import org.adjudicator.facts.Precedence;
import org.adjudicator.facts.Setting;
import org.adjudicator.facts.SettingDeclaration;
import org.adjudicator.facts.Stages;
import org.adjudicator.facts.ZonePlaces;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * What a regulation set declares with no scenario at all: the rules of no stage that have no
 * condition fire once on an empty session and insert the order of the stages, the orders of the
 * criteria, the zones, the knockout rounds, the settings and the declarations of the settings. Read here, once, for the structure
 * check and for the commands that describe and compare sets; each declaration with the rule that
 * inserted it. The host reads what the rules say; it knows no set.
 */
public final class Declarations {
    /** Firings allowed while the declarations are read (rules with no condition fire once each). */
    private static final int FIRINGS = 10_000;

    private final List<Stages> stages;
    private final List<Precedence> precedences;
    private final List<ZonePlaces> zones;
    private final List<KnockoutRound> rounds;
    private final List<Setting> settings;
    private final List<SettingDeclaration> settingDeclarations;
    private final Map<Object, String> insertedBy;

    private Declarations(List<Stages> stages, List<Precedence> precedences, List<ZonePlaces> zones, List<KnockoutRound> rounds,
                         List<Setting> settings, List<SettingDeclaration> settingDeclarations, Map<Object, String> insertedBy) {
        this.stages = List.copyOf(stages);
        this.precedences = List.copyOf(precedences);
        this.zones = List.copyOf(zones);
        this.rounds = List.copyOf(rounds);
        this.settings = List.copyOf(settings);
        this.settingDeclarations = List.copyOf(settingDeclarations);
        this.insertedBy = insertedBy;
    }

    /**
     * The declarations of a set, or null when they do not come to rest or a rule fails while they
     * are read (a run of a scenario then names the rule, with its file and line).
     */
    public static Declarations read(RuleSet rules) {
        KieSession session = rules.kieBase().newKieSession();
        Map<Object, String> insertedBy = new IdentityHashMap<>();
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) insertedBy.put(event.getObject(), event.getRule().getName());
            }
        });
        try {
            // Within the time budget: a rule of no stage that never ends is named, as in a run.
            int fired = RunawayGuard.run(session, rules, () -> session.fireAllRules(FIRINGS));
            if (fired >= FIRINGS) return null;
            List<Stages> stages = new ArrayList<>();
            List<Precedence> precedences = new ArrayList<>();
            List<ZonePlaces> zones = new ArrayList<>();
            List<KnockoutRound> rounds = new ArrayList<>();
            List<Setting> settings = new ArrayList<>();
            List<SettingDeclaration> settingDeclarations = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Stages s) stages.add(s);
                else if (o instanceof Precedence p) precedences.add(p);
                else if (o instanceof ZonePlaces z) zones.add(z);
                else if (o instanceof KnockoutRound r) rounds.add(r);
                else if (o instanceof Setting s) settings.add(s);
                else if (o instanceof SettingDeclaration d) settingDeclarations.add(d);
            }
            Comparator<Object> written = Comparator.comparing((Object o) -> rules.fileOf(String.valueOf(insertedBy.get(o))))
                    .thenComparingInt(o -> lineOf(rules, insertedBy.get(o)));
            stages.sort(Comparator.comparing(s -> String.valueOf(insertedBy.get(s))));
            // The orders of the criteria as they are written (file, then line), then by kind.
            precedences.sort(written.thenComparing(p -> ((Precedence) p).getKind()));
            zones.sort(Comparator.comparing(ZonePlaces::table).thenComparingInt(ZonePlaces::first)
                    .thenComparingInt(ZonePlaces::last).thenComparing(ZonePlaces::zone));
            rounds.sort(Comparator.comparing(KnockoutRound::stage));
            settings.sort(Comparator.comparing(Setting::getName).thenComparing(Setting::getText).thenComparing(Setting::getKind)
                    .thenComparing(s -> String.valueOf(insertedBy.get(s))));
            settingDeclarations.sort(Comparator.comparing(SettingDeclaration::name).thenComparing(d -> String.valueOf(insertedBy.get(d))));
            return new Declarations(stages, precedences, zones, rounds, settings, settingDeclarations, insertedBy);
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            return null;
        } finally {
            RunawayGuard.dispose(session);
        }
    }

    private static int lineOf(RuleSet rules, String rule) {
        RuleSet.RuleSource source = rule == null ? null : rules.sources().get(rule);
        return source == null ? 0 : source.line();
    }

    /** Every order of the stages declared (one, in a set that works). */
    public List<Stages> stages() {
        return stages;
    }

    /** The order of the stages (the first declared), or no stage. */
    public List<String> stageNames() {
        return stages.isEmpty() ? List.of() : stages.get(0).getNames();
    }

    /** The orders of the criteria, one per kind of table, as written. */
    public List<Precedence> precedences() {
        return precedences;
    }

    /** The zones, by table and first place. */
    public List<ZonePlaces> zones() {
        return zones;
    }

    /** The knockout rounds, by stage. */
    public List<KnockoutRound> rounds() {
        return rounds;
    }

    /** The settings, by name. */
    public List<Setting> settings() {
        return settings;
    }

    /** The declarations of the settings a set may give (name, kind, meaning), by name. */
    public List<SettingDeclaration> settingDeclarations() {
        return settingDeclarations;
    }

    /** The rule that inserted a declaration (null for none). */
    public String ruleOf(Object declaration) {
        return insertedBy.get(declaration);
    }
}
