package dev.parley.engine.conflict;

import java.util.random.RandomGenerator;

/**
 * Any monthly law of motion of the front, for valuation by sampling when the exact grid method does not apply —
 * e.g. escalation rungs taken at random, counter-escalation with a probability, regime switches. Implementations
 * must return 0 or 1 once the front is decided and draw all randomness from the generator passed in; paths are
 * sampled one after another, so per-path state kept in the object is safe.
 * {@link FrontRandomWalk} is the basic case.
 */
@FunctionalInterface
public interface FrontDynamics {

    /**
     * The front one month later.
     *
     * @param front the front at the start of the month (0 or 1 = decided)
     * @param month the month (from the scenario start)
     * @param rng   the only source of randomness
     */
    double step(double front, int month, RandomGenerator rng);

    /**
     * Called before each sampled path, so dynamics with per-path state (a regime drawn once, a rung already taken)
     * can reset it, drawing from the same generator. Default: nothing.
     */
    default void startPath(RandomGenerator rng) {
    }
}
