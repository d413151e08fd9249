package dev.parley.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated, immutable scenario: everything DESIGN.md §3 names. Maps keyed by actor or issue id keep the order of
 * the scenario file where it matters (use {@link #actors()} and {@link #issues()} for order).
 */
public record Scenario(ScenarioInfo info, List<Actor> actors, List<Issue> issues, Map<String, Preferences> preferences,
        Map<String, Map<String, Param>> trust, Optional<ConflictModel> conflict, List<Factor> factors,
        Optional<Durability> durability, Map<String, Distribution> uncertainty, SimulationSettings simulation,
        List<OfferedChip> chips) {

    public Scenario {
        actors = List.copyOf(actors);
        issues = List.copyOf(issues);
        preferences = OrderedMaps.copy(preferences);
        trust = OrderedMaps.copy(trust);
        factors = List.copyOf(factors);
        chips = List.copyOf(chips);
        uncertainty = OrderedMaps.copy(uncertainty);
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Issue> issue(String id) {
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<Actor> actorsWithRole(Role role) {
        return actors.stream().filter(a -> a.role() == role).toList();
    }

    /**
     * Number of outcomes: the product of each discrete issue's option count and each continuous issue's grid size
     * (exact, as it easily exceeds a long).
     */
    public java.math.BigInteger outcomeCount() {
        java.math.BigInteger count = java.math.BigInteger.ONE;
        for (Issue issue : issues) {
            int size = issue instanceof Issue.Discrete d ? d.options().size() : ((Issue.Continuous) issue).gridSize();
            count = count.multiply(java.math.BigInteger.valueOf(size));
        }
        return count;
    }

    /**
     * Trust of {@code truster} in commitments whose obligor is {@code trustee}: 1 when the scenario says nothing
     * (an actor trusts itself fully).
     */
    public double trust(String truster, String trustee) {
        Map<String, Param> row = trust.get(truster);
        if (row == null || !row.containsKey(trustee)) {
            return 1.0;
        }
        return row.get(trustee).value();
    }
}
