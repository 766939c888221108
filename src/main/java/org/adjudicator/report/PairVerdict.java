package org.adjudicator.report;

import java.util.List;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Explanation;
import org.adjudicator.facts.Placement;
import org.adjudicator.facts.Tiebreak;

/**
 * Why one team stands above another, read off the explanations the rules inserted: the criteria
 * applied to both, in order, and the one that separated them (or left them sharing a position).
 *
 * @param upper    the better-placed team (the first named when they share a position)
 * @param steps    every decision that involved both teams, in the order the criteria were applied
 * @param decisive the decision that separated them, or the one that left them level; null if none
 */
public record PairVerdict(String upper, String lower, boolean shared, List<Explanation> steps, Explanation decisive) {

    public static PairVerdict of(Ranking ranking, String a, String b) {
        Placement pa = ranking.placementOf(a);
        Placement pb = ranking.placementOf(b);
        boolean aFirst = pa.getPosition() < pb.getPosition()
                || (pa.getPosition() == pb.getPosition() && a.compareTo(b) <= 0);
        String upper = aFirst ? a : b;
        String lower = aFirst ? b : a;
        List<Explanation> steps = ranking.explanations().stream()
                .filter(e -> e.involves(a) && e.involves(b)).toList();
        boolean shared = pa.getPosition() == pb.getPosition();
        Explanation decisive = steps.stream()
                .filter(e -> shared ? Explanation.UNRESOLVED.equals(e.kind()) : e.separates(a, b))
                .findFirst().orElse(null);
        return new PairVerdict(upper, lower, shared, steps, decisive);
    }

    /** True when a tie-break was needed: the pair was level on the first criterion applied. */
    public boolean neededTieBreak() {
        return shared || (decisive != null && decisive.step() > 0);
    }

    /** The criteria on which the two were level before the decisive one, with their values. */
    public List<Explanation> levelOn() {
        return steps.stream().filter(e -> e != decisive && !Explanation.UNRESOLVED.equals(e.kind())
                && (decisive == null || e.step() < decisive.step())).toList();
    }

    /** The sentence an official reads aloud. */
    public String sentence() {
        return sentence(Messages.ENGLISH, null);
    }

    /** The sentence in the language of {@code messages}, each criterion in the words its rule gives that language. */
    public String sentence(Messages m, RuleSet rules) {
        if (decisive == null) return m.text("pair.none", upper, lower);
        if (shared) return description(m, rules, decisive);
        List<String> level = levelOn().stream()
                .map(e -> m.text("pair.level.item", lowerFirst(m.wording(rules, e.rule(), e.wording())), e.values().get(upper))).toList();
        String wording = lowerFirst(m.wording(rules, decisive.rule(), decisive.wording()));
        String criterion = decisive.regulation().isEmpty() ? m.text("pair.criterion", wording)
                : m.text("pair.criterion.numbered", wording, decisive.regulation());
        return m.text("pair.above", upper, lower, level.isEmpty() ? "" : m.text("pair.level", m.and(level)), criterion,
                decisive.values().get(upper), decisive.values().get(lower),
                decisive.workingsOf(List.of(upper, lower)).isEmpty() ? "" : ": " + m.workings(decisive.workingsOf(List.of(upper, lower))));
    }

    /**
     * A decision's sentence in a language: the rules write it in English ({@link Explanation#description()});
     * teams level on every criterion are said again in the language's words, and so are teams a criterion
     * could not separate for lack of data, when its rule says why in that language ({@code @whenMissingEs})
     * and every reason a figure is unknown is data ({@link Explanation#missing()}). (Other sentences the
     * rules write are still English.)
     */
    static String description(Messages m, RuleSet rules, Explanation e) {
        if (!m.spanish() || !Explanation.UNRESOLVED.equals(e.kind())) return e.description();
        if (e.wording().isEmpty()) return m.text("explanation.shared", m.and(e.teams()), String.valueOf(e.firstPosition()));
        String why = rules == null ? null : rules.metadata(e.rule(), "whenMissingEs");
        if (why == null || why.isEmpty() || e.missing().isEmpty() || e.missing().stream().anyMatch(r -> r.key() == null)) {
            return e.description();
        }
        String wording = lowerFirst(m.wording(rules, e.rule(), e.wording()));
        String criterion = e.regulation().isEmpty() ? m.text("pair.criterion", wording)
                : m.text("pair.criterion.numbered", wording, e.regulation());
        return m.text("explanation.blocked", m.and(e.teams()), String.valueOf(e.firstPosition()), criterion, why,
                m.workings(e.missing()));
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static String and(List<String> items) {
        return Tiebreak.and(items);
    }
}
