package org.adjudicator.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules of a session under a time budget, and turns the ways a rule can run away that
 * the firing limit does not catch into the rules folder's one-line error naming the rule: a
 * consequence or a condition that never ends (past the budget the thread running the rules is
 * stopped), a consequence that allocates without bound (OutOfMemoryError) or recurses without end
 * (StackOverflowError). A rules folder is code: it can still end the tool (System.exit), read files
 * or open connections; that is what the trust model in the README says.
 *
 * <p>Up to Java 19 the thread running the rules is stopped ({@code Thread.stop}) and the work runs on
 * the caller's thread. From Java 20 on {@code Thread.stop} only throws, and nothing else can end a
 * loop that never looks at an interrupt: there the work runs on a thread of its own, which the caller
 * waits for within the budget and, past it, abandons, still running, with the same one-line error.
 * A command then ends (the process ends the thread); the workspace goes on serving, and the error says
 * that the abandoned thread keeps a processor busy until it is restarted.
 */
final class RunawayGuard {
    /** The time budget, in seconds, of one adjudication (a `-D` setting). */
    static final String SETTING = "adjudicator.timeLimit";
    static final double DEFAULT_SECONDS = 30;

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    /** Whether this Java stops a thread: {@code Thread.stop} throws UnsupportedOperationException from Java 20 on. */
    static final boolean CAN_STOP_A_THREAD = Runtime.version().feature() < 20;

    /** The threads that run rules where a thread cannot be stopped (daemons: an abandoned one does not keep the process alive). */
    private static final ExecutorService RUNNERS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "adjudicator-rules");
        thread.setDaemon(true);
        return thread;
    });

    /** The threads abandoned, still running a rule that never ended, in this process. */
    private static final AtomicInteger ABANDONED = new AtomicInteger();

    /** The sessions whose rules still run on an abandoned thread: disposing one would wait for them for ever. */
    private static final Set<KieSession> ABANDONED_SESSIONS = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    /** Whether this thread runs rules for a caller that waits for it (work nested in that work runs here, under its budget). */
    private static final ThreadLocal<Boolean> RUNNER = ThreadLocal.withInitial(() -> false);

    private RunawayGuard() {
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, work -> {
            Thread thread = new Thread(work, "adjudicator-time-limit");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** The budget in seconds: the setting, or 30. */
    static double seconds() {
        String setting = System.getProperty(SETTING);
        if (setting == null) return DEFAULT_SECONDS;
        try {
            double seconds = Double.parseDouble(setting.strip());
            if (seconds > 0 && seconds <= 86_400) return seconds;
        } catch (NumberFormatException e) {
            // said below
        }
        throw UserError.at(null, "-D" + SETTING, "error.guard.seconds", setting, format(DEFAULT_SECONDS));
    }

    /** Runs the work (inserting facts, firing rules) within the budget: on this thread where it can be stopped, else on a thread of its own. */
    static <T> T run(KieSession session, RuleSet rules, Supplier<T> work) {
        double seconds = seconds();
        if (CAN_STOP_A_THREAD) return onThisThread(session, rules, work, seconds, true);
        if (RUNNER.get()) return onThisThread(session, rules, work, seconds, false);
        return onARunner(session, rules, work, seconds);
    }

    /**
     * The work on a thread of its own, waited for within the budget; past it the thread is
     * abandoned (interrupted and the session halted, which a loop that looks at neither ignores).
     */
    private static <T> T onARunner(KieSession session, RuleSet rules, Supplier<T> work, double seconds) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread[] runner = new Thread[1];
        RUNNERS.execute(() -> {
            RUNNER.set(true);
            synchronized (runner) {
                runner[0] = Thread.currentThread();
            }
            try {
                result.complete(onThisThread(session, rules, work, seconds, false));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                RUNNER.set(false);
                Thread.interrupted(); // an interrupt meant for this work is not left for the next
            }
        });
        try {
            return result.get((long) (seconds * 1_000_000), TimeUnit.MICROSECONDS);
        } catch (TimeoutException e) {
            String rule = running(session);
            synchronized (runner) {
                if (rule == null && runner[0] != null) rule = conditionCalling(rules, runner[0].getStackTrace());
                if (runner[0] != null) runner[0].interrupt();
            }
            try {
                session.halt();
            } catch (RuntimeException ignored) {
                // nothing more can be done for it
            }
            ABANDONED_SESSIONS.add(session);
            int abandoned = ABANDONED.incrementAndGet();
            UserError timedOut = rule == null ? timedOut(null, null, rules, seconds)
                    : timedOut(rule, running(session) != null ? "error.guard.running" : "error.guard.condition", rules, seconds);
            throw UserError.at(timedOut.file(), timedOut.place(), "error.guard.cannotStop", timedOut.phrase(), Runtime.version().feature(),
                    abandoned > 1 ? UserError.Phrase.of("error.guard.threads", abandoned) : UserError.Phrase.both("", ""));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules ran", e);
        }
    }

    /** Runs the work on this thread; with {@code stoppable}, past the budget this thread is stopped (Java 19 and before). */
    private static <T> T onThisThread(KieSession session, RuleSet rules, Supplier<T> work, double seconds, boolean stoppable) {
        Watch watch = new Watch(Thread.currentThread());
        try {
            try {
                if (stoppable) watch.arm(seconds);
                return work.get();
            } finally {
                watch.close();
            }
        } catch (ThreadDeath stopped) {
            if (!watch.expired()) throw stopped;
            throw timedOut(running(session), "error.guard.running", rules, seconds);
        } catch (StackOverflowError deep) {
            throw failed(running(session), rules, "error.guard.recursed");
        } catch (OutOfMemoryError memory) {
            throw failed(running(session), rules, "error.guard.memoryUnbound");
        } catch (RuntimeException e) {
            // A condition's evaluator wraps what stopped it; its message names the rule.
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof Error)) cause = cause.getCause();
            String rule = conditionOf(e);
            if (cause instanceof ThreadDeath && watch.expired()) throw timedOut(rule, "error.guard.condition", rules, seconds);
            if (cause instanceof StackOverflowError) throw failed(rule, rules, "error.guard.recursed");
            if (cause instanceof OutOfMemoryError) throw failed(rule, rules, "error.guard.memory");
            throw e;
        }
    }

    /**
     * The rule whose condition calls the function of the set that a thread is running (a loop in a
     * condition is in a function it calls: a condition holds no loop of its own), or null. Stopping
     * the thread made the condition's evaluator name it (Java 19 and before); here its stack does.
     */
    private static String conditionCalling(RuleSet rules, StackTraceElement[] stack) {
        Set<String> functions = new HashSet<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) functions.addAll(pkg.getFunctionNames());
        for (StackTraceElement frame : stack) {
            String function = frame.getMethodName();
            String owner = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
            if (!functions.contains(function) || !owner.equalsIgnoreCase(function)) continue;
            Pattern call = Pattern.compile("(?<![\\w.])" + Pattern.quote(function) + "\\s*\\(");
            List<String> callers = new ArrayList<>();
            for (KiePackage pkg : rules.kieBase().getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (Conditions.constraints(rule, null).stream().anyMatch(c -> call.matcher(c).find())) callers.add(rule.getName());
                }
            }
            if (callers.size() == 1) return callers.get(0);
        }
        return null;
    }

    /** Disposes a session, unless its rules still run on an abandoned thread (Drools would wait for them to end). */
    static void dispose(KieSession session) {
        if (!ABANDONED_SESSIONS.contains(session)) session.dispose();
    }

    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\" in ");

    /** The rule named by a condition's evaluation error, or null. */
    private static String conditionOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher named = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (named.find()) return named.group(1);
        }
        return null;
    }

    /** {@code while_}: the key of what the rule was doing ("this rule was running"). */
    private static UserError timedOut(String rule, String while_, RuleSet rules, double seconds) {
        if (rule == null) return UserError.at(RulesLoader.shown(rules.folder()), null, "error.guard.timedOutConditions", format(seconds), SETTING);
        return UserError.at(rules.fileOf(rule), rules.placeOf(rule), "error.guard.timedOut", format(seconds), UserError.Phrase.of(while_), SETTING);
    }

    /** {@code what}: the key of what the rule did ("recursed without end"). */
    private static UserError failed(String rule, RuleSet rules, String what) {
        if (rule == null) return UserError.at(RulesLoader.shown(rules.folder()), null, "error.guard.aRule", UserError.Phrase.of(what));
        return UserError.at(rules.fileOf(rule), rules.placeOf(rule), "error.guard.theRule", UserError.Phrase.of(what));
    }

    /** The rule whose consequence was running when the work stopped: the agenda keeps its match until it returns. */
    private static String running(KieSession session) {
        try {
            InternalMatch match = ((ReteEvaluator) session).getActivationsManager().getKnowledgeHelper().getActivation();
            return match == null ? null : match.getRule().getName();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.format(Locale.ROOT, "%.1f", seconds);
    }

    /** The budget of one piece of work: when it expires first, the thread doing it is stopped. */
    private static final class Watch {
        private final Thread thread;
        private ScheduledFuture<?> timer;
        private boolean closed;
        private boolean expired;

        Watch(Thread thread) {
            this.thread = thread;
        }

        void arm(double seconds) {
            timer = TIMER.schedule(this::expire, (long) (seconds * 1_000_000), TimeUnit.MICROSECONDS);
        }

        @SuppressWarnings({"deprecation", "removal"})
        private synchronized void expire() {
            if (closed) return;
            expired = true;
            // A consequence that loops never looks at an interrupt or a halt; stopping its thread is the only way back (Java 17).
            thread.stop();
        }

        synchronized boolean expired() {
            return expired;
        }

        synchronized void close() {
            closed = true;
            if (timer != null) timer.cancel(false);
        }
    }
}
