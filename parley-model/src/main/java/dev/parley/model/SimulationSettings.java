package dev.parley.model;

import java.util.Map;

/**
 * Settings of the negotiation simulation and the Monte Carlo run. {@code strategies} maps an actor to a strategy
 * name (e.g. {@code boulware}); {@code roundsPerMonth} sets the clock of the talks.
 */
public record SimulationSettings(String protocol, Map<String, String> strategies, int maxMonths, int roundsPerMonth,
        long seed, int draws) {

    public SimulationSettings {
        strategies = OrderedMaps.copy(strategies);
    }
}
