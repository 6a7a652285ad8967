package org.emailresponder.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.emailresponder.rules.RoutableMessage;
import org.emailresponder.rules.RoutingDecision;
import org.emailresponder.rules.model.Action;
import org.emailresponder.rules.model.Condition;
import org.emailresponder.rules.model.Rule;
import org.emailresponder.rules.model.RuleSet;
import org.emailresponder.rules.spi.ActionExecutor;
import org.emailresponder.rules.spi.ConditionEvaluator;
import org.emailresponder.rules.spi.ConditionResult;

/** One run of a rule set over one message. */
public final class RuleEvaluation {
    private final RuleSet ruleSet;
    private final RoutableMessage message;
    private final ContributionRegistry<ConditionEvaluator> conditions;
    private final ContributionRegistry<ActionExecutor> actions;
    private final BuiltInConditions builtInConditions;
    private final DecisionRecorder decision;
    private final BuiltInActions builtInActions;

    public RuleEvaluation(RuleSet ruleSet, RoutableMessage message, ContributionRegistry<ConditionEvaluator> conditions,
            ContributionRegistry<ActionExecutor> actions) {
        this.ruleSet = ruleSet;
        this.message = message;
        this.conditions = conditions;
        this.actions = actions;
        this.builtInConditions = new BuiltInConditions(message);
        this.decision = new DecisionRecorder(ruleSet.getName());
        this.builtInActions = new BuiltInActions(decision);
    }

    public RoutingDecision run() {
        for (Rule rule : ruleSet.getRules()) {
            if (!rule.isEnabled()) {
                continue;
            }
            Optional<List<String>> evidence = match(rule);
            if (evidence.isEmpty()) {
                continue;
            }
            decision.startRule();
            rule.getActions().forEach(this::execute);
            decision.finishRule(rule.getName(), evidence.get());
            if (rule.isStopProcessing() || decision.stopped()) {
                break;
            }
        }
        return decision.build();
    }

    /** The evidence when the rule applies, empty when it does not. */
    private Optional<List<String>> match(Rule rule) {
        List<String> evidence = new ArrayList<>();
        if (rule.getConditions().isEmpty()) {
            evidence.add("the rule has no conditions (matches every message)");
        }
        boolean anyMatched = false;
        for (Condition condition : rule.getConditions()) {
            ConditionResult result = evaluate(condition);
            if (result.matched()) {
                anyMatched = true;
                evidence.add(result.evidence());
                if (!rule.isMatchAll()) {
                    break;
                }
            } else if (rule.isMatchAll()) {
                return Optional.empty();
            }
        }
        if (!rule.getConditions().isEmpty() && !anyMatched) {
            return Optional.empty();
        }
        for (Condition exception : rule.getExceptions()) {
            ConditionResult result = evaluate(exception);
            if (result.matched()) {
                decision.note("rule '" + rule.getName() + "' matched but was skipped by an exception: " + result.evidence());
                return Optional.empty();
            }
        }
        return Optional.of(evidence);
    }

    private ConditionResult evaluate(Condition condition) {
        // a contribution wins over the built-in switch, so a partner may refine a built-in EClass
        ConditionResult result = conditions.isContributed(condition.eClass()) ? null : builtInConditions.doSwitch(condition);
        if (result == null) {
            result = conditions.call(condition.eClass(), evaluator -> evaluator.evaluate(condition, message))
                    .orElseGet(() -> ConditionResult.notMatched("condition " + condition.eClass().getName()
                            + " could not be evaluated (no working contribution)"));
        }
        if (condition.isNegated()) {
            return new ConditionResult(!result.matched(), "not (" + result.evidence() + ")");
        }
        return result;
    }

    private void execute(Action action) {
        if (!actions.isContributed(action.eClass()) && builtInActions.doSwitch(action) != null) {
            return;
        }
        boolean done = actions.call(action.eClass(), executor -> {
            executor.execute(action, message, decision);
            return Boolean.TRUE;
        }).orElse(Boolean.FALSE);
        if (!done) {
            decision.explain("action " + action.eClass().getName() + " skipped (no working contribution)");
        }
    }
}
