package org.emailresponder.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.emailresponder.rules.internal.ContributionRegistry;
import org.emailresponder.rules.internal.RuleEvaluation;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.spi.ActionExecutor;
import org.emailresponder.rules.spi.ConditionEvaluator;

/**
 * Evaluates a rule set against a message: rules in order, a rule applies when its conditions match (all or any;
 * none means always) and none of its exceptions does; its actions then change the decision, later actions override
 * earlier ones; a Stop action or stopProcessing ends the evaluation. Thread-safe.
 */
public final class RuleEngine {
    private final ContributionRegistry<ConditionEvaluator> conditions;
    private final ContributionRegistry<ActionExecutor> actions;

    /** An engine with the built-in conditions and actions plus those contributed through the extension points. */
    public RuleEngine() {
        this(ContributionRegistry.read(ContributionRegistry.CONDITIONS, ConditionEvaluator.class),
                ContributionRegistry.read(ContributionRegistry.ACTIONS, ActionExecutor.class));
    }

    private RuleEngine(ContributionRegistry<ConditionEvaluator> conditions, ContributionRegistry<ActionExecutor> actions) {
        this.conditions = conditions;
        this.actions = actions;
    }

    /** An engine without partner contributions (tools and tests that must not depend on installed partners). */
    public static RuleEngine builtInOnly() {
        return new RuleEngine(ContributionRegistry.empty(ConditionEvaluator.class), ContributionRegistry.empty(ActionExecutor.class));
    }

    public RoutingDecision evaluate(RuleSet ruleSet, RoutableMessage message) {
        return new RuleEvaluation(ruleSet, message, conditions, actions).run();
    }

    /** Evaluates the rule set, or gives an empty decision when there is none. */
    public RoutingDecision evaluate(Optional<RuleSet> ruleSet, RoutableMessage message) {
        if (ruleSet.isEmpty()) {
            List<String> notes = new ArrayList<>(List.of("no active rule set"));
            return new RoutingDecision("(none)", null, null, null, List.of(), false, null, false, null, List.of(), List.of(), notes);
        }
        return evaluate(ruleSet.get(), message);
    }
}
