package dev.parley.engine.negotiate;

/**
 * Each decider's value of no deal W_i(t) month by month while the talks run (DESIGN.md §4.3–4.4), and the front
 * it comes from. Months past the last one given keep the last value: the conflict model freezes its path after
 * the horizon.
 */
public interface NoDealValues {
    /** Number of deciders (parties, then ratifiers). */
    int deciderCount();

    /** W_i(t). */
    double value(int decider, int month);

    /** The front at month t, or NaN when the values do not come from a front. */
    double front(int month);
}
