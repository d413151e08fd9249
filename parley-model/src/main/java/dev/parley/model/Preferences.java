package dev.parley.model;

import java.util.List;
import java.util.Map;

/**
 * One actor's preferences: salience weights per issue (summing to 1 after normalisation), a value function per
 * issue, red lines and optional interaction terms.
 */
public record Preferences(String actor, Map<String, Param> weights, Map<String, ValueFunction> values,
        List<RedLine> redLines, List<Interaction> interactions) {

    public Preferences {
        weights = OrderedMaps.copy(weights);
        values = OrderedMaps.copy(values);
        redLines = List.copyOf(redLines);
        interactions = List.copyOf(interactions);
    }
}
