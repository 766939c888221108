package org.adjudicator.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/** The raw rule-firing trace: each firing, its rule, where it is written and what it matched. */
final class TraceListener extends DefaultAgendaEventListener {
    private final RuleSet rules;
    private final List<String> lines = new ArrayList<>();
    private String lastRule;

    TraceListener(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        lastRule = match.getRule().getName();
        if (lines.size() < 100_000) {
            String bound = match.getDeclarationIds().stream().sorted()
                    .filter(id -> !(match.getDeclarationValue(id) instanceof java.util.Collection<?> c && c.size() > 8))
                    .map(id -> id + "=" + match.getDeclarationValue(id))
                    .collect(Collectors.joining(", "));
            lines.add(String.format(Locale.ROOT, "%4d  %s%s", lines.size() + 1, rules.cite(lastRule), bound.isEmpty() ? "" : "  " + bound));
        }
    }

    List<String> lines() { return lines; }
}
