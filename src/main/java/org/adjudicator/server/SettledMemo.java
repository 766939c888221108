package org.adjudicator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.scenario.Tournament;

/**
 * The decisions of the stages a regulation set decides before play (the setting
 * {@value Adjudicator#DECIDED_BEFORE_PLAY}: for Copa Perú 2017 geography and the fixture's
 * restrictions), kept between the workspace's requests. Those stages read no result, so a what-if
 * that gives other results to the matches edited before (the usual edit, score after score) finds
 * them decided and only the later stages run again; every later stage is decided afresh on every
 * request. A match whose field is cleared or first given (the field is then absent or present)
 * moves the lines of the edited text, which errors cite: that is a new key.
 *
 * <p>They are kept by the set (the same compiled rules) and by every input of the scenario as
 * edited but the values of its results: the edited tree with each match's score, half-time, extra
 * time, penalties and awarded score blanked (kept present, so that the lines of the edited text,
 * which errors cite, are the same), or the file's text itself when nothing is edited. Anything
 * else edited (a sanction, a withdrawal, another set, a match's reason) decides them again.
 */
final class SettledMemo {
    /** The results that the stages decided before play do not read: blanked in the key. */
    private static final Set<String> RESULTS = Set.of("score", "halfTime", "extraTime", "penalties", "awarded");
    /** Scenarios and sets kept at once (a few officials, each on a scenario or two). */
    private static final int KEPT = 8;

    private final Adjudicator adjudicator;
    private final Map<Key, Adjudicator.Settled> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Adjudicator.Settled> eldest) {
            return size() > KEPT;
        }
    };
    private int settlements;

    SettledMemo(Adjudicator adjudicator) {
        this.adjudicator = adjudicator;
    }

    /** The set's compiled rules (the same object, not an equal one) and the scenario's inputs as {@link #inputs} gives them. */
    private record Key(RuleSet rules, JsonNode inputs) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.rules == rules && k.inputs.equals(inputs);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(rules) * 31 + inputs.hashCode();
        }
    }

    /**
     * What the stages decided before play read of a scenario: the tree of its text as edited with
     * the values of its results blanked; a value written on several lines is kept as it is.
     */
    static JsonNode inputs(ObjectNode edited) {
        ObjectNode copy = edited.deepCopy();
        JsonNode matches = copy.path("matches");
        for (JsonNode m : matches) {
            if (!(m instanceof ObjectNode match)) continue;
            for (String field : RESULTS) {
                JsonNode value = match.get(field);
                if (value != null && value.isValueNode() && !value.asText().contains("\n")) match.put(field, "");
            }
        }
        return copy;
    }

    /**
     * The adjudication of the tournament, as {@link Adjudicator#adjudicate(Tournament, RuleSet, boolean)}
     * gives it, from the kept decisions when the inputs are the same ({@code inputs}: {@link #inputs}
     * of the edited tree, or the file's text). A set whose stages decided before play fail is
     * adjudicated afresh: its error is then the one a fresh adjudication gives.
     */
    Adjudication adjudicate(Tournament tournament, RuleSet rules, JsonNode inputs) {
        Key key = new Key(rules, inputs);
        Adjudicator.Settled settled;
        synchronized (this) {
            settled = kept.get(key);
        }
        if (settled == null) {
            try {
                settled = adjudicator.settle(tournament, rules);
            } catch (UserError e) {
                return adjudicator.adjudicate(tournament, rules, false);
            }
            synchronized (this) {
                kept.put(key, settled);
                settlements++;
            }
        }
        return adjudicator.adjudicate(tournament, rules, settled);
    }

    /** How many times the stages decided before play were decided (for the tests). */
    synchronized int settlements() {
        return settlements;
    }
}
