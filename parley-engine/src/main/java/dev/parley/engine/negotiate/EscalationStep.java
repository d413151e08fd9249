package dev.parley.engine.negotiate;

/**
 * A rung of the escalation ladder as the engine sees it (DESIGN.md §3 {@code escalation_ladder}, §4.4): the party
 * who may take it, its effect on the front's monthly drift, and the expected counter-move — taken with a
 * probability, with its own effect on the drift. Drift is the share of the contested area gained by the side the
 * front counts (f rises) per month. Effects on trust are not modelled here yet.
 *
 * @param id                 the rung's id
 * @param party              who may take it
 * @param driftChange        added to the front's drift from the month it is taken
 * @param counterProbability probability of the counter-move, in [0, 1]
 * @param counterDriftChange added to the drift when the counter-move is taken
 */
public record EscalationStep(String id, int party, double driftChange, double counterProbability,
                             double counterDriftChange) {
    public EscalationStep {
        if (!(counterProbability >= 0 && counterProbability <= 1)) {
            throw new IllegalArgumentException("rung '" + id + "': counter probability " + counterProbability
                    + " must lie in [0, 1]");
        }
        if (!Double.isFinite(driftChange) || !Double.isFinite(counterDriftChange)) {
            throw new IllegalArgumentException("rung '" + id + "': drift changes must be finite, got " + driftChange
                    + " and " + counterDriftChange);
        }
    }
}
