package org.adjudicator.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.adjudicator.facts.Tiebreak;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Sessions reused for the many adjudications of one piece of work (the seasons of a simulation and
 * their trial ties), instead of a new session each time: Drools resets a session given back (its
 * facts, agenda, listeners and fact-handle counters, so a reused session fires in the order a new
 * one does) and keeps what it built for the rule base (its node memories, its class stores). One
 * pool per rule base and kind of session: a session that explains its decisions, or one that only
 * counts (see {@link Tiebreak#EXPLANATIONS}), whose pool's environment says so once. A session
 * whose work failed is discarded, never given back. Close when the work is done.
 */
public final class Sessions implements AutoCloseable {
    private final Map<KieBase, KieSessionsPool> explained = new ConcurrentHashMap<>();
    private final Map<KieBase, KieSessionsPool> counting = new ConcurrentHashMap<>();

    /** A session of the base, reset, whose rules explain their decisions or not. */
    KieSession take(KieBase base, boolean explains) {
        return (explains ? explained : counting).computeIfAbsent(base, b -> pool(b, explains)).newKieSession();
    }

    private static KieSessionsPool pool(KieBase base, boolean explains) {
        KieSessionsPool pool = base.newKieSessionsPool(2);
        // Every session of a pool shares the pool's environment: the setting is made once, here.
        KieSession first = pool.newKieSession();
        if (!explains) first.getEnvironment().set(Tiebreak.EXPLANATIONS, Boolean.FALSE);
        first.dispose();
        return pool;
    }

    /**
     * Gives the session back; one whose work failed (it may be left half-way) is not given back, and
     * is disposed with its pool on {@link #close()}.
     */
    static void release(KieSession session, boolean failed) {
        if (!failed) RunawayGuard.dispose(session);
    }

    @Override
    public void close() {
        for (KieSessionsPool pool : explained.values()) pool.shutdown();
        for (KieSessionsPool pool : counting.values()) pool.shutdown();
        explained.clear();
        counting.clear();
    }
}
