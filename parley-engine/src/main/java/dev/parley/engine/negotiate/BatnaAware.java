package dev.parley.engine.negotiate;

/**
 * Wraps a strategy so that it never asks for, and never accepts, less than its value of no deal W_i(t) this month
 * (DESIGN.md §4.4: "BATNA-aware (never below W_i(t))"; BATNA after Fisher &amp; Ury 1981, Getting to Yes). The
 * target is {@code max(inner target, W_i(t))}; an offer is accepted only when the inner strategy accepts it and it
 * is worth at least W_i(t). Agreements between BATNA-aware parties therefore always lie inside the ZOPA of the
 * month they are reached.
 */
public final class BatnaAware implements NegotiationStrategy {
    private final NegotiationStrategy inner;

    public BatnaAware(NegotiationStrategy inner) {
        this.inner = java.util.Objects.requireNonNull(inner, "inner");
    }

    @Override
    public double target(NegotiationState state) {
        return Math.max(inner.target(state), state.noDealValue());
    }

    @Override
    public boolean accepts(NegotiationState state, double offerUtility) {
        return offerUtility >= state.noDealValue() && inner.accepts(state, offerUtility);
    }
}
