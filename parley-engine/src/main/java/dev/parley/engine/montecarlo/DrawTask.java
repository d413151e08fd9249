package dev.parley.engine.montecarlo;

import java.util.random.RandomGenerator;

/**
 * The work of one Monte Carlo draw: from the draw's index and its own stream (see {@link DrawStreams}) to its outputs.
 * Implementations must use no other source of randomness and no state shared between draws, so that a draw's result
 * does not depend on the thread that runs it.
 *
 * @param <R> the per-draw outputs (a small immutable record)
 */
@FunctionalInterface
public interface DrawTask<R> {

    R run(long drawIndex, RandomGenerator rng);
}
