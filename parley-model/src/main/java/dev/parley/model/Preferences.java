package dev.parley.model;

import java.util.List;
import java.util.Map;

/**
 * One actor's preferences: salience weights per issue (summing to 1 after normalisation), a value function per
 * issue, red lines, optional interaction terms, and optionally the actor's value of no deal ({@code reservation},
 * on the utility scale) where the scenario states it rather than leaving it to the conflict model.
 */
public record Preferences(String actor, Map<String, Param> weights, Map<String, ValueFunction> values,
        List<RedLine> redLines, List<Interaction> interactions, java.util.Optional<Param> reservation) {

    public Preferences {
        weights = OrderedMaps.copy(weights);
        values = OrderedMaps.copy(values);
        redLines = List.copyOf(redLines);
        interactions = List.copyOf(interactions);
    }
}
