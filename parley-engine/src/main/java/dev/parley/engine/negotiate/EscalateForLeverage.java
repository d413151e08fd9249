package dev.parley.engine.negotiate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Escalate-for-leverage (DESIGN.md §4.4): negotiates like the strategy it wraps, and at the start of each month
 * takes the open rung that it expects to raise its own W_i(t) the most, if any raises it by more than
 * {@code minimumGain}. How it reckons the counter-move is a parameter: {@code counterWeight = 0} ignores it (the
 * naive escalator the seed warns about: it backfires when the counter-move comes), {@code counterWeight = 1}
 * assumes it always comes; the rung's probability gives the expected drift.
 */
public final class EscalateForLeverage implements NegotiationStrategy, Escalating {
    private final NegotiationStrategy inner;
    private final double counterWeight;
    private final boolean weightByProbability;
    private final double minimumGain;

    private EscalateForLeverage(NegotiationStrategy inner, double counterWeight, boolean byProbability,
                                double minimumGain) {
        this.inner = Objects.requireNonNull(inner, "inner");
        if (!(counterWeight >= 0 && counterWeight <= 1)) {
            throw new IllegalArgumentException("counterWeight = " + counterWeight + " must lie in [0, 1]");
        }
        this.counterWeight = counterWeight;
        this.weightByProbability = byProbability;
        this.minimumGain = minimumGain;
    }

    /** Ignores counter-moves. */
    public static EscalateForLeverage naive(NegotiationStrategy inner) {
        return new EscalateForLeverage(inner, 0.0, false, 0.0);
    }

    /** Weighs the counter-move's drift by its probability. */
    public static EscalateForLeverage expecting(NegotiationStrategy inner) {
        return new EscalateForLeverage(inner, 0.0, true, 0.0);
    }

    /** Counts the counter-move with a fixed weight in [0, 1], escalating only for a gain above minimumGain. */
    public static EscalateForLeverage of(NegotiationStrategy inner, double counterWeight, double minimumGain) {
        return new EscalateForLeverage(inner, counterWeight, false, minimumGain);
    }

    @Override
    public double target(NegotiationState state) {
        return inner.target(state);
    }

    @Override
    public boolean accepts(NegotiationState state, double offerUtility) {
        return inner.accepts(state, offerUtility);
    }

    @Override
    public Optional<EscalationStep> escalate(NegotiationState state, EscalableConflict conflict,
                                             List<EscalationStep> open) {
        int me = state.party();
        double now = conflict.value(me, state.month());
        EscalationStep best = null;
        double bestGain = minimumGain;
        for (EscalationStep step : open) {
            double weight = weightByProbability ? step.counterProbability() : counterWeight;
            double gain = conflict.valueIfTaken(me, state.month(), step, weight) - now;
            if (gain > bestGain) {
                bestGain = gain;
                best = step;
            }
        }
        return Optional.ofNullable(best);
    }
}
