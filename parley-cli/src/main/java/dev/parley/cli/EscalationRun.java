package dev.parley.cli;

import dev.parley.engine.pipeline.EscalationComparison;
import dev.parley.model.Scenario;
import java.util.Map;
import java.util.Set;

/**
 * The escalation comparison as {@code parley run} includes it in the negotiation section: min(N, 200) draws, N being
 * the run's Monte Carlo draws ({@code --draws}, default the scenario's {@code simulation.draws}), so {@code --draws 0}
 * skips it with the Monte Carlo; the run's seed and threads.
 */
final class EscalationRun {

    private EscalationRun() {
    }

    /**
     * @return the comparison, or null when the run skips draws, the scenario has no conflict, or no party at the table
     *         has a rung
     */
    static EscalationComparison.Result of(Scenario central, Integer draws, Long seed, Integer threads) {
        int n = draws != null ? draws : central.simulation().draws();
        if (n <= 0 || central.conflict().isEmpty()) {
            return null;
        }
        boolean partyRung = central.conflict().get().escalationLadder().stream().anyMatch(r -> central.actor(r.by())
                .map(a -> a.role() == dev.parley.model.Role.PARTY).orElse(false));
        if (!partyRung) {
            return null;
        }
        EscalationComparison.Settings settings = new EscalationComparison.Settings(
                Math.min(n, EscalationComparison.DEFAULT_SEEDS), seed != null ? seed : central.simulation().seed(),
                threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                EscalationComparison.DEFAULT_ESCALATION, Map.of(), Set.of());
        return EscalationComparison.run(central, settings);
    }
}
