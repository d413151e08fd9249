package dev.parley.engine.negotiate;

/**
 * A conflict the parties may escalate while they talk (DESIGN.md §4.4): W_i(t) month by month, what a rung would
 * do to a decider's W, and taking a rung (its counter-move following with its probability). Two models implement
 * it: {@link EscalatingConflict}, where a rung shifts the front's drift only, and the pipeline's scenario-level
 * escalation, where a rung applies the scenario's parameter effects (drift, costs, trust) and may also change what
 * the deciders' offers are worth to them ({@link #domain()}).
 */
public interface EscalableConflict extends NoDealValues {

    /**
     * W_i at month t if the rung were taken now, as decider i would reckon it, the counter-move weighted by
     * {@code counterWeight} in [0, 1] (0: ignored; the rung's probability: expected).
     */
    double valueIfTaken(int decider, int month, EscalationStep step, double counterWeight);

    /**
     * Takes the rung at month t; the counter-move follows with its probability, drawn from the conflict's own
     * seeded generator.
     *
     * @return whether the counter-move was taken
     */
    boolean escalate(int month, EscalationStep step);

    /** The cumulative change of the front's monthly drift at month t caused by escalation so far. */
    double driftShift(int month);

    /**
     * Every decider's utility of every outcome as escalation has left it, or null when escalation does not change
     * utilities (the protocol then keeps its own domain). The protocol reads it after each escalation; a new
     * instance replaces the domain from that month on (same space, same deciders).
     */
    default NegotiationDomain domain() {
        return null;
    }
}
