package dev.parley.engine.montecarlo;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The random stream of each Monte Carlo draw, derived from (seed, draw index) alone (DESIGN.md §4.7), so that a draw
 * gives the same numbers whichever thread runs it and in whatever order.
 *
 * <p>The JDK's L64X128MixRandom is seeded with a SplitMix64 mix of the seed and the index (its long-seed constructor
 * then derives the LCG addend and the xorshift state from that value). SplitMix64's finaliser (Steele, Lea and
 * Flood, OOPSLA 2014) spreads neighbouring indices over the whole 64-bit space, and distinct LCG addends give the
 * statistically independent streams of the LXM design (Steele and Vigna, OOPSLA 2021). The algorithm is named, not
 * taken as the JDK default, so the numbers do not change with the JDK's choice of default generator.
 */
public final class DrawStreams {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private static final RandomGeneratorFactory<RandomGenerator> LXM = RandomGeneratorFactory.of("L64X128MixRandom");

    private DrawStreams() {
    }

    /** The generator of draw {@code index} under {@code seed}: a fresh object, never shared between draws. */
    public static RandomGenerator forDraw(long seed, long index) {
        if (index < 0) {
            throw new IllegalArgumentException("draw index " + index + " is negative; draws are numbered 0..N-1");
        }
        return LXM.create(mix64(mix64(seed) + (index + 1) * GOLDEN_GAMMA));
    }

    /** SplitMix64's finaliser (variant 13 of Stafford's mixers). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
