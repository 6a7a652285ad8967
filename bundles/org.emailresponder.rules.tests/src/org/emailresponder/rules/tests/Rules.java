package org.emailresponder.rules.tests;

import org.emailresponder.rules.model.Action;
import org.emailresponder.rules.model.AssignToGroup;
import org.emailresponder.rules.model.Condition;
import org.emailresponder.rules.model.FactCondition;
import org.emailresponder.rules.model.Operator;
import org.emailresponder.rules.model.Rule;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.model.RulesFactory;
import org.emailresponder.rules.model.SenderCondition;
import org.emailresponder.rules.model.SubjectCondition;
import org.emailresponder.rules.model.Tag;
import org.emailresponder.rules.model.TextCondition;

/** Short builders for rule sets in tests. */
final class Rules {
    static final RulesFactory F = RulesFactory.eINSTANCE;

    private Rules() {
    }

    static RuleSet ruleSet(String name, Rule... rules) {
        RuleSet set = F.createRuleSet();
        set.setName(name);
        for (Rule rule : rules) {
            set.getRules().add(rule);
        }
        return set;
    }

    static Rule rule(String name, Condition[] conditions, Action... actions) {
        Rule rule = F.createRule();
        rule.setName(name);
        for (Condition c : conditions) {
            rule.getConditions().add(c);
        }
        for (Action a : actions) {
            rule.getActions().add(a);
        }
        return rule;
    }

    static Condition[] when(Condition... conditions) {
        return conditions;
    }

    static SubjectCondition subject(Operator operator, String value) {
        return text(F.createSubjectCondition(), operator, value);
    }

    static SenderCondition sender(Operator operator, String value) {
        return text(F.createSenderCondition(), operator, value);
    }

    static <T extends TextCondition> T text(T condition, Operator operator, String value) {
        condition.setOperator(operator);
        condition.setValue(value);
        return condition;
    }

    static FactCondition fact(String key, String value, double minConfidence) {
        FactCondition condition = F.createFactCondition();
        condition.setKey(key);
        condition.setValue(value);
        condition.setMinConfidence(minConfidence);
        return condition;
    }

    static AssignToGroup group(String name) {
        AssignToGroup action = F.createAssignToGroup();
        action.setGroupName(name);
        return action;
    }

    static Tag tag(String value) {
        Tag action = F.createTag();
        action.setTag(value);
        return action;
    }
}
