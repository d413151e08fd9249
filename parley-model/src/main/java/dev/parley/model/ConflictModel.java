package dev.parley.model;

import java.util.List;
import java.util.Map;

/** The no-deal path (DESIGN.md §4.3): front, costs, beliefs and the escalation ladder. */
public record ConflictModel(Front front, Map<String, Cost> costs, Map<String, Belief> beliefs,
        List<EscalationRung> escalationLadder) {

    public ConflictModel {
        costs = OrderedMaps.copy(costs);
        beliefs = OrderedMaps.copy(beliefs);
        escalationLadder = List.copyOf(escalationLadder);
    }
}
