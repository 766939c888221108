package org.adjudicator.engine;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.adjudicator.UserError;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.adjudicator.facts.Adjustment;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.InputProblem;
import org.adjudicator.facts.Lot;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Notice;
import org.adjudicator.facts.Pairing;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Precedence;
import org.adjudicator.facts.Promotion;
import org.adjudicator.facts.Qualified;
import org.adjudicator.facts.Rival;
import org.adjudicator.facts.Setting;
import org.adjudicator.facts.Stages;
import org.adjudicator.facts.Standing;
import org.adjudicator.facts.Table;
import org.adjudicator.facts.Team;
import org.adjudicator.facts.Tiebreak;
import org.adjudicator.facts.TiedGroup;
import org.adjudicator.facts.Violation;
import org.adjudicator.facts.Zone;
import org.adjudicator.scenario.Tournament;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.InitialFact;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.Environment;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs a regulation set over a tournament: inserts the teams, matches and lots, fires the rules,
 * and collects what they decided. It decides nothing itself; it only checks that the rules gave
 * every team exactly one position, and says which rule is at fault when they did not.
 */
@Singleton
public class Adjudicator {
    /** Firings allowed per fact before the rules are taken to loop forever. */
    static final int FIRINGS_PER_FACT = 200;

    @Inject
    RulesLoader loader;

    /** Applies the scenario's regulation set, or {@code rulesOverride} (a name or a folder) when given. */
    public Adjudication adjudicate(Tournament tournament, String rulesOverride, boolean trace) {
        java.nio.file.Path folder = rulesOverride == null
                ? loader.locate(tournament.rulesName(), tournament.source())
                : loader.locateFromCommandLine(rulesOverride, tournament.source());
        return adjudicate(tournament, loader.load(folder), trace);
    }

    public Adjudication adjudicate(Tournament tournament, RuleSet rules, boolean trace) {
        return adjudicate(tournament, rules, trace, null);
    }

    /**
     * Runs only the given stages (and the rules of no stage), e.g. the general table alone for a
     * benchmark; null runs every stage.
     */
    public Adjudication adjudicate(Tournament tournament, RuleSet rules, boolean trace, Set<String> onlyStages) {
        try {
            return run(tournament, rules, trace, null, onlyStages, null);
        } catch (Looping looping) {
            // Run again, counting firings per rule, to name the rule that does not stop.
            Map<String, Integer> counts = new HashMap<>();
            try {
                run(tournament, rules, false, counts, onlyStages, null);
            } catch (Looping again) {
                // expected
            }
            String rule = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse("?");
            throw looping.stage == null
                    ? UserError.at(rules.fileOf(rule), rules.placeOf(rule), "error.run.loops", looping.fired, counts.getOrDefault(rule, 0))
                    : UserError.at(rules.fileOf(rule), rules.placeOf(rule), "error.run.loopsInStage", looping.fired, looping.stage,
                            counts.getOrDefault(rule, 0));
        }
    }

    /**
     * A session kept open, for a competition played match by match (a simulation): matches are added
     * as they are played, and only the work they cause is done. Close it when done.
     */
    public final class Live implements AutoCloseable {
        private final KieSession session;
        private final RuleSet rules;
        private final List<Match> matches;
        private final Tournament start;
        private final Settled settled;
        private final boolean pooled;
        private boolean failed;
        private Tournament tournament;
        private List<String> stages = List.of();
        private Adjudication current;

        private Live(Tournament tournament, RuleSet rules, Settled settled, boolean explained, Sessions sessions) {
            this.start = tournament;
            this.tournament = tournament;
            this.rules = rules;
            this.settled = settled;
            this.matches = new ArrayList<>(tournament.matches());
            KieBase base = liveBase(rules, settled);
            this.pooled = sessions != null;
            this.session = pooled ? sessions.take(base, explained)
                    : explained ? base.newKieSession() : base.newKieSession(null, unexplained());
            guarded(() -> {
                insertInputs(session, tournament);
                for (Object decision : settled.decisions()) {
                    if (explained || settled.read(decision)) session.insert(decision);
                }
                fireStages(); // the rules of no stage first: they name the stages
                stages = of(session, Stages.class).stream().findFirst().map(Stages::getNames).orElse(List.of());
                fireStages();
            });
        }

        /** Adds matches just played, fires what they change, and returns the adjudication as it now stands. */
        public Adjudication add(List<Match> played) {
            feed(played);
            return current();
        }

        /**
         * Adds matches just played and fires what they change, without collecting every decision:
         * {@link #progress()} says what is to be played next, {@link #current()} collects the rest.
         */
        public void feed(List<Match> played) {
            guarded(() -> {
                for (Match m : played) session.insert(m);
                matches.addAll(played);
                tournament = null;
                fireStages();
            });
        }

        /** The adjudication as it now stands (collected once per batch of matches, when asked). */
        public Adjudication current() {
            if (current == null) {
                if (tournament == null) tournament = start.with(List.copyOf(matches), start.sanctions());
                current = collect(tournament, rules, stages, session, List.of());
            }
            return current;
        }

        /**
         * What each team has reached so far (unsorted, unchecked: {@link #current()} checks): zones,
         * qualified places, promotions, and the placements of the first league table.
         */
        public Reached reached() {
            throwInputProblems(start, rules, of(session, InputProblem.class));
            Set<String> ranked = new HashSet<>();
            for (Placement p : of(session, Placement.class)) ranked.add(p.getTable());
            Table first = of(session, Table.class).stream().filter(t -> t.isLeague() && ranked.contains(t.getName()))
                    .min(tableOrder(stages)).orElse(null);
            List<Placement> placements = new ArrayList<>();
            if (first != null) {
                for (Placement p : of(session, Placement.class)) if (p.getTable().equals(first.getName())) placements.add(p);
            }
            return new Reached(of(session, Zone.class), of(session, Qualified.class), of(session, Promotion.class), placements);
        }

        /** What the rules have decided about the matches to come: the pairings, the qualified teams, the notices. */
        public Progress progress() {
            throwInputProblems(start, rules, of(session, InputProblem.class));
            return new Progress(stages, sorted(of(session, Pairing.class), pairingOrder(stages)),
                    sorted(of(session, Qualified.class), qualifiedOrder(stages)), sorted(of(session, Notice.class), noticeOrder(stages)));
        }

        private void fireStages() {
            current = null;
            Firing firing = new Firing(session, rules, 10_000 + FIRINGS_PER_FACT * (start.teams().size() + matches.size()));
            firing.fire(null);
            for (String stage : stages) if (!settled.settled().contains(stage)) firing.fire(stage);
        }

        /** Inserting facts and firing rules, within the time budget; a rule that fails or loops is the rules folder's error. */
        private void guarded(Runnable work) {
            Adjudicator.guarded(session, rules, () -> failed = true, () -> {
                work.run();
                return null;
            });
        }

        @Override
        public void close() {
            if (pooled) Sessions.release(session, failed);
            else RunawayGuard.dispose(session);
        }
    }

    /** What the teams of a live session have reached: see {@link Live#reached()}. */
    public record Reached(List<Zone> zones, List<Qualified> qualified, List<Promotion> promotions, List<Placement> firstTable) {
    }

    /** What a live session's rules have decided about the matches to come, sorted as in an {@link Adjudication}. */
    public record Progress(List<String> stages, List<Pairing> pairings, List<Qualified> qualified, List<Notice> notices) {
    }

    /** The rule base of a live session: every rule, or those of the stages not decided before play (see {@link #settle}). */
    private static KieBase liveBase(RuleSet rules, Settled settled) {
        return settled.stages().isEmpty() ? rules.kieBase() : rules.kieBaseFor(settled.remaining());
    }

    /**
     * The rule bases that a simulated season's sessions use, built now if they are not yet: its live
     * session's ({@code settled} null: every rule) and its trial session's (the rules of no stage).
     */
    public static List<KieBase> seasonBases(RuleSet rules, Settled settled) {
        return List.of(liveBase(rules, settled == null ? Settled.NONE : settled), rules.kieBaseFor(Set.of()));
    }

    public Live open(Tournament tournament, RuleSet rules) {
        return new Live(tournament, rules, Settled.NONE, true, null);
    }

    /** A live session that starts from decisions already taken (see {@link #settle}). */
    public Live open(Tournament tournament, RuleSet rules, Settled settled) {
        return new Live(tournament, rules, settled, true, null);
    }

    /**
     * A live session for what the teams reach alone ({@link Live#progress()}, {@link Live#reached()}):
     * its rules explain nothing (see {@link Tiebreak#EXPLANATIONS}), and of the decisions already
     * taken it is given only those that its rules read or that say what the stages wait for. Its
     * {@link Live#current()} has no explanations, no rivals, no departments: a simulated season
     * after the first, which counts only what each team reached.
     */
    public Live openToCount(Tournament tournament, RuleSet rules, Settled settled) {
        return new Live(tournament, rules, settled, false, null);
    }

    /** The same, its session taken from {@code sessions} and given back on {@link Live#close()}. */
    public Live openToCount(Tournament tournament, RuleSet rules, Settled settled, Sessions sessions) {
        return new Live(tournament, rules, settled, false, sessions);
    }

    /**
     * {@link #adjudicate(Tournament, RuleSet, boolean, Set)} without a trace, in a session taken from
     * {@code sessions} (and given back): the many small adjudications of a simulation (its trial ties).
     */
    public Adjudication adjudicate(Tournament tournament, RuleSet rules, Set<String> onlyStages, Sessions sessions) {
        try {
            return run(tournament, rules, false, null, onlyStages, sessions);
        } catch (Looping looping) {
            return adjudicate(tournament, rules, false, onlyStages); // names the rule that loops
        }
    }

    /**
     * One session for the trial ties of a simulated season, instead of one per round: each round's
     * ties (two legs each, with their teams) are added to it, and the rules of no stage (which rank a
     * tie) fire for them alone; ties of earlier rounds stay decided beside them, each a table of its
     * own. Lots of the tournament are inserted once. Close it when the season is over.
     */
    public Trial openTrial(Tournament start, RuleSet rules, Sessions sessions) {
        return new Trial(start, rules, sessions);
    }

    /** See {@link #openTrial}. */
    public final class Trial implements AutoCloseable {
        private final Tournament start;
        private final RuleSet rules;
        private final Sessions sessions;
        private final List<String> teams = new ArrayList<>();
        private final List<Match> matches = new ArrayList<>();
        private KieSession session;
        private boolean failed;
        private List<String> stages = List.of();

        private Trial(Tournament start, RuleSet rules, Sessions sessions) {
            this.start = start;
            this.rules = rules;
            this.sessions = sessions;
        }

        /** Adds the legs of some ties (first leg, second leg, ...), fires, and returns the adjudication of every tie so far. */
        public Adjudication add(List<Match> legs) {
            boolean opened = session == null;
            if (opened) {
                session = sessions == null ? rules.kieBaseFor(Set.of()).newKieSession() : sessions.take(rules.kieBaseFor(Set.of()), true);
            }
            List<Team> added = new ArrayList<>();
            for (Match m : legs) {
                for (String name : List.of(m.getHome(), m.getAway())) {
                    if (!teams.contains(name)) {
                        teams.add(name);
                        start.teams().stream().filter(t -> t.getName().equals(name)).forEach(added::add);
                    }
                }
            }
            matches.addAll(legs);
            Set<String> named = Set.copyOf(teams);
            Tournament ties = new Tournament(start.name(), start.source(), start.rulesName(),
                    start.teams().stream().filter(t -> named.contains(t.getName())).toList(), List.copyOf(matches), start.lots(),
                    List.of(), List.of(), start.expect(), List.of());
            return Adjudicator.guarded(session, rules, () -> failed = true, () -> {
                for (Team team : added) session.insert(team);
                for (Match match : legs) session.insert(match);
                if (opened) for (Lot lot : start.lots()) session.insert(lot);
                Firing firing = new Firing(session, rules, 10_000 + FIRINGS_PER_FACT * (teams.size() + matches.size() + start.lots().size()));
                firing.fire(null);
                if (opened) stages = of(session, Stages.class).stream().findFirst().map(Stages::getNames).orElse(List.of());
                return collect(ties, rules, stages, session, List.of());
            });
        }

        @Override
        public void close() {
            if (session == null) return;
            if (sessions != null) Sessions.release(session, failed);
            else RunawayGuard.dispose(session);
        }
    }

    /**
     * Work on a session (inserting facts, firing rules), within the time budget: a rule that fails or
     * loops is the rules folder's error. On any failure {@code onFailure} runs first, so that the
     * session is not given back to its pool.
     */
    private static <T> T guarded(KieSession session, RuleSet rules, Runnable onFailure, Supplier<T> work) {
        try {
            return RunawayGuard.run(session, rules, work);
        } catch (Looping looping) {
            onFailure.run();
            throw looping(rules, looping);
        } catch (ConsequenceException e) {
            onFailure.run();
            throw failed(rules, e);
        } catch (RuntimeException | Error e) {
            onFailure.run();
            throw e;
        }
    }

    /** A session environment whose rules explain nothing (the same rules serve both kinds of session). */
    private static Environment unexplained() {
        Environment environment = KieServices.get().newEnvironment();
        environment.set(Tiebreak.EXPLANATIONS, Boolean.FALSE);
        return environment;
    }

    /** The setting that names the stages a regulation set decides before any match is played. */
    public static final String DECIDED_BEFORE_PLAY = "stages decided before play";

    /**
     * The decisions of the stages that the rules declare decided before play (the setting
     * {@value #DECIDED_BEFORE_PLAY}, e.g. who is whose geographical rival, whether the fixture keeps
     * the restrictions): taken once, here, then carried into many live sessions of the same fixture
     * (a simulation's seasons), which run only the other stages. Those stages must read no result:
     * they see the tournament as given, never a simulated score.
     */
    public record Settled(List<String> stages, Set<String> settled, List<Object> decisions, Set<Class<?>> read) {
        static final Settled NONE = new Settled(List.of(), Set.of(), List.of(), Set.of());

        /**
         * Whether a session that only counts what the teams reach needs this decision: a rule of the
         * remaining stages reads its kind, or it says what a stage waits for (a notice, a problem of
         * the scenario). Who is whose rival, a department's neighbours: read by no later stage.
         */
        boolean read(Object decision) {
            return decision instanceof Notice || decision instanceof InputProblem || read.contains(decision.getClass());
        }

        /** The stages still to be run in each session. */
        Set<String> remaining() {
            Set<String> rest = new HashSet<>(stages);
            rest.removeAll(settled);
            return rest;
        }
    }

    public Settled settle(Tournament tournament, RuleSet rules) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            return RunawayGuard.run(session, rules, () -> settle(tournament, rules, session));
        } catch (Looping looping) {
            throw looping(rules, looping);
        } catch (ConsequenceException e) {
            throw failed(rules, e);
        } finally {
            RunawayGuard.dispose(session);
        }
    }

    private Settled settle(Tournament tournament, RuleSet rules, KieSession session) {
        insertInputs(session, tournament);
        Firing firing = new Firing(session, rules, 10_000 + FIRINGS_PER_FACT * (tournament.teams().size() + tournament.matches().size()));
        firing.fire(null);
        Facts facts = new Facts(session);
        List<String> stages = objects(facts, Stages.class).stream().findFirst().map(Stages::getNames).orElse(List.of());
        Setting declared = settings(objects(facts, Setting.class)).get(DECIDED_BEFORE_PLAY);
        if (declared == null) return Settled.NONE;
        List<String> named = Arrays.stream(declared.getText().split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        for (int i = 0; i < named.size(); i++) {
            if (i >= stages.size() || !stages.get(i).equals(named.get(i))) {
                throw rulesError(rules, "error.run.decidedBeforePlay", DECIDED_BEFORE_PLAY, String.join(", ", named), String.join(", ", stages));
            }
        }
        Set<String> settled = Set.copyOf(named);
        // Only what the rules of those stages insert is carried; the rules of no stage derive the rest again in each session.
        List<Object> made = new ArrayList<>();
        session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
                if (event.getRule() != null && settled.contains(((org.drools.base.definitions.rule.impl.RuleImpl) event.getRule()).getAgendaGroup())) {
                    made.add(event.getObject());
                }
            }
        });
        for (String stage : named) firing.fire(stage);
        throwInputProblems(tournament, rules, new Facts(session));
        List<Object> decisions = made.stream().filter(o -> session.getFactHandle(o) != null).toList();
        Set<String> remaining = new HashSet<>(stages);
        remaining.removeAll(settled);
        Set<Class<?>> read = new HashSet<>();
        for (Object decision : decisions) {
            if (!read.contains(decision.getClass()) && readByRules(rules.kieBaseFor(remaining), decision.getClass())) read.add(decision.getClass());
        }
        return new Settled(stages, settled, decisions, Set.copyOf(read));
    }

    /**
     * What {@link #adjudicate(Tournament, RuleSet, boolean)} gives (without a trace), from the
     * decisions of the stages decided before play already taken by {@link #settle} on a tournament
     * whose inputs those stages read are this one's (the workspace's what-ifs change results):
     * only the other stages are run. Rules that loop are named as a fresh adjudication names them.
     */
    public Adjudication adjudicate(Tournament tournament, RuleSet rules, Settled settled) {
        if (settled.stages().isEmpty()) return adjudicate(tournament, rules, false);
        KieSession session = rules.kieBaseFor(settled.remaining()).newKieSession();
        try {
            return RunawayGuard.run(session, rules, () -> {
                insertInputs(session, tournament);
                for (Object decision : settled.decisions()) session.insert(decision);
                Firing firing = new Firing(session, rules, 10_000 + FIRINGS_PER_FACT * (tournament.teams().size()
                        + tournament.matches().size() + tournament.lots().size() + tournament.sanctions().size()
                        + tournament.withdrawals().size() + tournament.cards().size()));
                firing.fire(null);
                List<String> stages = objects(new Facts(session), Stages.class).stream().findFirst()
                        .map(Stages::getNames).orElse(List.of());
                for (String stage : stages) if (!settled.settled().contains(stage)) firing.fire(stage);
                return collect(tournament, rules, stages, session, List.of());
            });
        } catch (Looping looping) {
            return adjudicate(tournament, rules, false);
        } catch (ConsequenceException e) {
            throw failed(rules, e);
        } finally {
            RunawayGuard.dispose(session);
        }
    }

    /** Whether a pattern of some rule of the base can match a fact of this class (an object type node with something after it). */
    private static boolean readByRules(KieBase base, Class<?> type) {
        for (ObjectTypeNode node : ((InternalRuleBase) base).getRete().getObjectTypeNodes()) {
            ObjectType matched = node.getObjectType();
            if (matched.isAssignableFrom(type) && node.getObjectSinkPropagator().size() > 0
                    && !(matched instanceof ClassObjectType c && c.getClassType() == InitialFact.class)) {
                return true;
            }
        }
        return false;
    }

    private static void insertInputs(KieSession session, Tournament tournament) {
        for (Team team : tournament.teams()) session.insert(team);
        for (Match match : tournament.matches()) session.insert(match);
        for (Lot lot : tournament.lots()) session.insert(lot);
        for (Object o : tournament.sanctions()) session.insert(o);
        for (Object o : tournament.withdrawals()) session.insert(o);
        for (Object o : tournament.cards()) session.insert(o);
        for (Object o : tournament.places()) session.insert(o);
        for (Object o : tournament.replacements()) session.insert(o);
    }

    /** Thrown when the firing limit is reached: the rules loop. */
    private static final class Looping extends RuntimeException {
        final String stage;
        final int fired;

        Looping(String stage, int fired) {
            super(null, null, false, false);
            this.stage = stage;
            this.fired = fired;
        }
    }

    private Adjudication run(Tournament tournament, RuleSet rules, boolean trace, Map<String, Integer> counts,
                             Set<String> onlyStages, Sessions sessions) {
        KieSession session = sessions == null ? rules.kieBaseFor(onlyStages).newKieSession()
                : sessions.take(rules.kieBaseFor(onlyStages), true);
        boolean failed = true;
        TraceListener listener = new TraceListener(rules);
        if (trace) session.addEventListener(listener);
        if (counts != null) {
            session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                    counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
        }
        try {
            Adjudication done = RunawayGuard.run(session, rules, () -> {
                insertInputs(session, tournament);
                int facts = tournament.teams().size() + tournament.matches().size() + tournament.lots().size()
                        + tournament.sanctions().size() + tournament.withdrawals().size() + tournament.cards().size();
                Firing firing = new Firing(session, rules, 10_000 + FIRINGS_PER_FACT * facts);
                firing.fire(null);
                List<String> stages = objects(new Facts(session), Stages.class).stream().findFirst()
                        .map(Stages::getNames).orElse(List.of());
                for (String stage : stages) if (onlyStages == null || onlyStages.contains(stage)) firing.fire(stage);
                return collect(tournament, rules, stages, session, trace ? List.copyOf(listener.lines()) : List.of());
            });
            failed = false;
            return done;
        } catch (ConsequenceException e) {
            throw failed(rules, e);
        } finally {
            if (sessions == null) RunawayGuard.dispose(session);
            else Sessions.release(session, failed);
        }
    }

    /** Fires the rules of one stage (its agenda group, then the rules of no stage) until none is left. */
    private static final class Firing {
        private final KieSession session;
        private final RuleSet rules;
        private final int limit;
        private int total;

        Firing(KieSession session, RuleSet rules, int limit) {
            this.session = session;
            this.rules = rules;
            this.limit = limit;
        }

        void fire(String stage) {
            int fired;
            do {
                if (stage != null) session.getAgenda().getAgendaGroup(stage).setFocus();
                fired = session.fireAllRules(limit - total);
                total += fired;
                if (total >= limit) throw new Looping(stage, total);
            } while (fired > 0 && stage != null);
        }
    }

    /** A rule that throws is the rules folder's fault: named with its file and line. */
    private static UserError failed(RuleSet rules, ConsequenceException e) {
        String rule = e.getMatch().getRule().getName();
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return UserError.at(rules.fileOf(rule), rules.placeOf(rule), "error.run.failed",
                cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    /** Rules that loop, in a session kept open (`run` names the rule: it can run the scenario again). */
    private static UserError looping(RuleSet rules, Looping looping) {
        return UserError.at(RulesLoader.shown(rules.folder()), null, "error.run.loopsUnnamed", looping.fired);
    }

    /** A problem of the scenario that the rules found (a lot missing, a shoot-out that decides nothing) is the user's to fix. */
    private static void throwInputProblems(Tournament tournament, RuleSet rules, Facts session) {
        throwInputProblems(tournament, rules, objects(session, InputProblem.class));
    }

    private static void throwInputProblems(Tournament tournament, RuleSet rules, List<InputProblem> found) {
        List<InputProblem> problems = sorted(found,
                Comparator.comparingInt(InputProblem::line).thenComparing(InputProblem::field).thenComparing(InputProblem::message));
        if (!problems.isEmpty()) {
            InputProblem first = problems.get(0);
            throw UserError.at(tournament.source().toString(), (first.line() > 0 ? first.line() + ": " : "") + first.field(),
                    "error.inputProblem", UserError.Phrase.both(first.message(), spanish(rules, first)),
                    problems.size() > 1 ? UserError.Phrase.of("error.andMoreProblems", problems.size() - 1) : UserError.Phrase.both("", ""));
        }
    }

    /** A problem in Spanish: its rule's {@code @sentenceEs} filled with the values it quotes, or null (said as the rule wrote it). */
    private static String spanish(RuleSet rules, InputProblem problem) {
        String template = rules.metadata(problem.rule(), "sentenceEs");
        if (template == null || (problem.args().isEmpty() && template.contains("{"))) return null;
        return new MessageFormat(template, Locale.ROOT).format(problem.args().stream().map(String::valueOf).toArray());
    }

    /** Tables in the order of their stages, league tables first, "Tie R2" before "Tie R10". */
    private static Comparator<Table> tableOrder(List<String> stages) {
        return Comparator.comparingInt((Table t) -> stageIndex(stages, t.getStage()))
                .thenComparing(t -> t.isLeague() ? 0 : 1).thenComparing(Table::getName, Adjudicator::naturalOrder);
    }

    private static Comparator<Qualified> qualifiedOrder(List<String> stages) {
        return Comparator.comparingInt((Qualified q) -> stageIndex(stages, q.stage()))
                .thenComparingInt(Qualified::position).thenComparing(Qualified::team);
    }

    private static Comparator<Pairing> pairingOrder(List<String> stages) {
        return Comparator.comparingInt((Pairing p) -> stageIndex(stages, p.stage()))
                .thenComparingInt(Pairing::number).thenComparing(Pairing::better);
    }

    private static Comparator<Notice> noticeOrder(List<String> stages) {
        return Comparator.comparingInt((Notice n) -> stageIndex(stages, n.stage())).thenComparing(Notice::description);
    }

    private static Adjudication collect(Tournament tournament, RuleSet rules, List<String> stages, KieSession kieSession,
                                        List<String> trace) {
        Facts session = new Facts(kieSession);
        throwInputProblems(tournament, rules, session);
        if (!tournament.matches().isEmpty() && objects(session, Precedence.class).isEmpty()) {
            throw rulesError(rules, "error.run.noPrecedence");
        }
        Map<String, Precedence> precedences = new HashMap<>();
        for (Precedence p : objects(session, Precedence.class)) {
            if (precedences.putIfAbsent(p.getKind(), p) != null) {
                throw rulesError(rules, "error.run.twoPrecedences", p.getKind());
            }
        }
        Map<String, List<Standing>> standings = byTable(objects(session, Standing.class), Standing::getTable);
        Map<String, List<Placement>> placements = byTable(objects(session, Placement.class), Placement::getTable);
        Map<String, List<Explanation>> explanations = byTable(objects(session, Explanation.class), Explanation::table);
        Map<String, org.adjudicator.facts.Columns> columns = new HashMap<>();
        for (org.adjudicator.facts.Columns c : objects(session, org.adjudicator.facts.Columns.class)) columns.put(c.getKind(), c);
        List<Table> tables = sorted(objects(session, Table.class), tableOrder(stages));
        List<Adjustment> adjustments = objects(session, Adjustment.class);
        // Every sanction, withdrawal and awarded match was applied by a table, or waits for one.
        List<Notice> notices = new ArrayList<>(objects(session, Notice.class));
        notices.addAll(new SanctionCheck(tournament, stages, tables, adjustments).check());
        List<Ranking> rankings = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Table table : tables) {
            if (!names.add(table.getName())) throw rulesError(rules, "error.run.twoTables", table.getName());
            List<Standing> records = standings.getOrDefault(table.getName(), List.of());
            if (records.isEmpty()) continue; // nothing to rank yet (a tie waiting for its legs)
            rankings.add(ranking(rules, session, table, precedences.get(table.getKind()), records,
                    placements.getOrDefault(table.getName(), List.of()),
                    explanations.getOrDefault(table.getName(), List.of()), columns.get(table.getKind())));
        }
        return new Adjudication(tournament, rules, stages, List.copyOf(rankings),
                sorted(objects(session, Zone.class), Comparator.comparingInt(Zone::position).thenComparing(Zone::team)),
                sorted(objects(session, Qualified.class), qualifiedOrder(stages)),
                sorted(objects(session, Pairing.class), pairingOrder(stages)),
                sorted(objects(session, Promotion.class), Comparator.comparingInt(Promotion::position).thenComparing(Promotion::team)),
                sorted(objects(session, Violation.class), Comparator.comparing(Violation::restriction)
                        .thenComparing(Violation::description)),
                sorted(notices, noticeOrder(stages)),
                sorted(objects(session, Rival.class), Comparator.comparing(Rival::getTeam).thenComparingInt(Rival::getRank)
                        .thenComparing(Rival::getRival)),
                sorted(adjustments, Comparator.comparing(Adjustment::table).thenComparing(Adjustment::team)
                        .thenComparing(Adjustment::description)),
                settings(objects(session, Setting.class)),
                trace);
    }

    private static Ranking ranking(RuleSet rules, Facts session, Table table, Precedence precedence,
                                   List<Standing> records, List<Placement> placed, List<Explanation> explained,
                                   org.adjudicator.facts.Columns columns) {
        Map<String, Standing> byTeam = new LinkedHashMap<>();
        for (Standing s : sorted(records, Comparator.comparing(Standing::getTeam))) {
            if (byTeam.putIfAbsent(s.getTeam(), s) != null) {
                throw rulesError(rules, "error.run.twoRecords", table.getName(), s.getTeam());
            }
        }
        if (precedence == null) {
            throw rulesError(rules, "error.run.noPrecedenceOfKind", table.getName(), table.getKind());
        }
        List<Placement> placements = sorted(placed, Comparator.comparingInt(Placement::getPosition).thenComparing(Placement::getTeam));
        Map<String, List<Placement>> perTeam = placements.stream().collect(Collectors.groupingBy(Placement::getTeam));
        for (String team : byTeam.keySet()) {
            List<Placement> mine = perTeam.getOrDefault(team, List.of());
            if (mine.size() > 1) {
                throw rulesError(rules, "error.run.placedTwice", table.getName(), team, UserError.Phrase.joined(UserError.Phrase.of("error.and"),
                        mine.stream().map(p -> UserError.Phrase.of("error.run.positionBy", p.getPosition(), rules.citation(p.getRule()))).toList()));
            }
            if (mine.isEmpty()) {
                throw rulesError(rules, "error.run.noPosition", table.getName(), team, whyUnplaced(session, table, team));
            }
        }
        List<Explanation> explanations = sorted(explained, Comparator.comparingInt(Explanation::firstPosition)
                .thenComparingInt(Explanation::step).thenComparingInt(e -> -e.teams().size()).thenComparing(Explanation::rule));
        return new Ranking(table, precedence, byTeam, placements, explanations, columns);
    }

    private static UserError.Phrase whyUnplaced(Facts session, Table table, String team) {
        for (TiedGroup group : objects(session, TiedGroup.class)) {
            if (group.getTable().equals(table.getName()) && group.teamNames().contains(team) && group.getNextCriterion() != null) {
                return UserError.Phrase.of("error.run.criterionApplied", group.getNextCriterion());
            }
        }
        return UserError.Phrase.of("error.run.notPlaced");
    }

    private static Map<String, Setting> settings(List<Setting> settings) {
        Map<String, Setting> byName = new TreeMap<>();
        for (Setting s : settings) byName.put(s.getName(), s);
        return Collections.unmodifiableMap(byName);
    }

    private static int stageIndex(List<String> stages, String stage) {
        int i = stages.indexOf(stage);
        return i < 0 ? stages.size() : i;
    }

    /** "Tie R2" before "Tie R10": runs of digits compare as numbers, the rest as text. */
    static int naturalOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                String n = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String m = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = n.length() != m.length() ? Integer.compare(n.length(), m.length()) : n.compareTo(m);
                if (c != 0) return c;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static <T> Map<String, List<T>> byTable(List<T> items, java.util.function.Function<T, String> table) {
        return items.stream().collect(Collectors.groupingBy(table));
    }

    private static UserError rulesError(RuleSet rules, String key, Object... args) {
        return UserError.at(RulesLoader.shown(rules.folder()), null, key, args);
    }

    /** The session's facts, asked for by class (the object store keeps them by class: no pass over the others). */
    private static final class Facts {
        private final KieSession session;

        Facts(KieSession session) {
            this.session = session;
        }

        <T> List<T> of(Class<T> type) {
            return Adjudicator.of(session, type);
        }
    }

    /** The facts of one class (the session's object store keeps them by class: no pass over the others). */
    private static <T> List<T> of(KieSession session, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object o : session.getObjects(new org.kie.api.runtime.ClassObjectFilter(type))) found.add(type.cast(o));
        return found;
    }

    private static <T> List<T> objects(Facts facts, Class<T> type) {
        return facts.of(type);
    }

    private static <T> List<T> sorted(Collection<T> items, Comparator<T> order) {
        List<T> list = new ArrayList<>(items);
        list.sort(order);
        return List.copyOf(list);
    }
}
