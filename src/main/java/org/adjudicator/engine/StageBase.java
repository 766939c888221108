package org.adjudicator.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A rule base holding only some stages of a regulation set: the rules of those stages and the
 * rules of no stage (records, criteria, positions). Every fact inserted propagates into the
 * patterns of every rule of a base, so a stage run alone (a benchmark, a table checked on its own)
 * is cheaper in a base that leaves the other stages out. The rules are the same compiled rules: a
 * copy of the set's packages with the other stages' rules taken out.
 */
final class StageBase {
    /** The agenda group of a rule in no ruleflow group. */
    private static final String NO_STAGE = "MAIN";

    private StageBase() {
    }

    static KieBase of(KieBase full, Set<String> stages) {
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(copy(full.getKiePackages()));
        for (KiePackage pkg : List.copyOf(base.getKiePackages())) {
            for (Rule rule : List.copyOf(pkg.getRules())) {
                String stage = ((RuleImpl) rule).getAgendaGroup();
                if (!NO_STAGE.equals(stage) && !stages.contains(stage)) base.removeRule(pkg.getName(), rule.getName());
            }
        }
        return base;
    }

    @SuppressWarnings("unchecked")
    private static Collection<KiePackage> copy(Collection<KiePackage> packages) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeObject(new ArrayList<>(packages));
            }
            try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()),
                    StageBase.class.getClassLoader())) {
                return (Collection<KiePackage>) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not copy the compiled rules", e);
        }
    }
}
