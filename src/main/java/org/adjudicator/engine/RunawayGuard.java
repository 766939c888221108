package org.adjudicator.engine;

import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adjudicator.UserError;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules of a session under a time budget, and turns the ways a rule can run away that
 * the firing limit does not catch into the rules folder's one-line error naming the rule: a
 * consequence or a condition that never ends (past the budget the thread running the rules is
 * stopped), a consequence that allocates without bound (OutOfMemoryError) or recurses without end
 * (StackOverflowError). A rules folder is code: it can still end the tool (System.exit), read files
 * or open connections; that is what the trust model in the README says.
 */
final class RunawayGuard {
    /** The time budget, in seconds, of one adjudication (a `-D` setting). */
    static final String SETTING = "adjudicator.timeLimit";
    static final double DEFAULT_SECONDS = 30;

    private static final ScheduledThreadPoolExecutor TIMER = timer();

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
        throw new UserError(null, "-D" + SETTING, "\"" + setting + "\" is not a number of seconds from 0 to 86400 (default "
                + format(DEFAULT_SECONDS) + ")");
    }

    /** Runs the work (inserting facts, firing rules) on this thread, within the budget. */
    static <T> T run(KieSession session, RuleSet rules, Supplier<T> work) {
        double seconds = seconds();
        Watch watch = new Watch(Thread.currentThread());
        try {
            try {
                watch.arm(seconds);
                return work.get();
            } finally {
                watch.close();
            }
        } catch (ThreadDeath stopped) {
            if (!watch.expired()) throw stopped;
            throw timedOut(running(session), "this rule was running", rules, seconds);
        } catch (StackOverflowError deep) {
            throw failed(running(session), rules, "recursed without end (StackOverflowError)");
        } catch (OutOfMemoryError memory) {
            throw failed(running(session), rules, "ran out of memory (OutOfMemoryError): does it allocate without bound?");
        } catch (RuntimeException e) {
            // A condition's evaluator wraps what stopped it; its message names the rule.
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof Error)) cause = cause.getCause();
            String rule = conditionOf(e);
            if (cause instanceof ThreadDeath && watch.expired()) throw timedOut(rule, "this rule's condition was evaluated", rules, seconds);
            if (cause instanceof StackOverflowError) throw failed(rule, rules, "recursed without end (StackOverflowError)");
            if (cause instanceof OutOfMemoryError) throw failed(rule, rules, "ran out of memory (OutOfMemoryError)");
            throw e;
        }
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

    private static UserError timedOut(String rule, String while_, RuleSet rules, double seconds) {
        String why = "the rules did not finish within " + format(seconds) + " s";
        if (rule == null) {
            return new UserError(RulesLoader.shown(rules.folder()), null, why + " while evaluating their conditions (does a "
                    + "function called from a condition loop?); raise the limit with -D" + SETTING + "=SECONDS if they need longer");
        }
        return new UserError(rules.fileOf(rule), rules.placeOf(rule), why + " while " + while_ + " (does it, or a "
                + "function it calls, loop?); raise the limit with -D" + SETTING + "=SECONDS if it needs longer");
    }

    private static UserError failed(String rule, RuleSet rules, String what) {
        if (rule == null) return new UserError(RulesLoader.shown(rules.folder()), null, "a rule " + what);
        return new UserError(rules.fileOf(rule), rules.placeOf(rule), "the rule " + what);
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
