package dev.parley.engine.negotiate;

/**
 * How a party negotiates, in one small interface (DESIGN.md §4.4): the own utility it aims at when it proposes,
 * and whether it accepts an offer. The protocol turns the target into a concrete offer (the outcome best for the
 * others, under a frequency opponent model, among those at or just above the target; see
 * {@link StackedAlternatingOffers}), so a new strategy is one class implementing {@link #target}.
 *
 * <p>One instance per party per negotiation: a strategy may keep state between calls (tit-for-tat remembers its
 * last target). Calls come in turn order; a strategy that needs randomness takes a seeded generator in its
 * constructor.
 */
public interface NegotiationStrategy {
    /** The own utility this party aims at if it proposes now. */
    double target(NegotiationState state);

    /**
     * Whether to accept an offer of own utility {@code offerUtility}. Default: when it reaches the utility the
     * party would itself ask for now (the "AC_next" acceptance condition of Baarslag, Hindriks &amp; Jonker 2014,
     * "Effective acceptance conditions in real-time automated negotiation", Decision Support Systems 60:68–77).
     */
    default boolean accepts(NegotiationState state, double offerUtility) {
        return offerUtility >= target(state) - state.tolerance();
    }
}
