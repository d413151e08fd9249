package dev.parley.engine.bargain;

/** Why a chip is empty (DESIGN.md §4.2). Checked in this order; the first that applies is reported. */
public enum EmptyChipReason {
    /**
     * The recipient values the option worse than the no-deal state: v(o) − v(nd) &lt; −ε, so "giving" it is
     * no concession at all to the recipient.
     */
    WORSE_THAN_NO_DEAL,
    /** The recipient values the option as the no-deal state: |v(o) − v(nd)| ≤ ε. */
    ALREADY_NO_DEAL_STATE,
    /** Valuable if kept (w·(v(o) − v(nd)) ≥ ε) but the recipient does not believe it will be: q_i(o) too small. */
    NOT_CREDIBLE,
    /** Valuable and credible enough per unit of weight, but the recipient's weight on the issue is too small. */
    NOT_SALIENT
}
