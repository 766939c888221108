package org.adjudicator.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.rule.Rule;

/** The constraints of a compiled rule's condition as written, read from every pattern it holds (under not, exists, accumulate, from...). */
final class Conditions {
    private Conditions() {
    }

    /** The text of each constraint on facts of the type (every type: null), e.g. {@code name == "points for a win"}. */
    static List<String> constraints(Rule rule, Class<?> type) {
        List<String> found = new ArrayList<>();
        collect(((RuleImpl) rule).getLhs(), type, found);
        return found;
    }

    private static void collect(RuleConditionElement element, Class<?> type, List<String> found) {
        if (element == null) return;
        if (element instanceof Pattern pattern && (type == null || pattern.getObjectType() instanceof ClassObjectType objects
                && objects.getClassName().equals(type.getName()))) {
            for (Constraint c : pattern.getConstraints()) {
                if (c instanceof MVELConstraint mvel && mvel.getExpression() != null) found.add(mvel.getExpression());
            }
        }
        for (RuleConditionElement nested : element.getNestedElements()) collect(nested, type, found);
    }
}
