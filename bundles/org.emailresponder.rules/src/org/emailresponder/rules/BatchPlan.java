package org.emailresponder.rules;

import java.util.List;

import org.emailresponder.store.model.AgentGroup;

/** The planned routings of a batch and the groups whose assignment state they advance. */
record BatchPlan(List<PlannedRouting> routings, List<AgentGroup> changedGroups) {
}
