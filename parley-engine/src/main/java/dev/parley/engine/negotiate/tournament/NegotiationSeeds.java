package dev.parley.engine.negotiate.tournament;

import java.nio.charset.StandardCharsets;

/**
 * The seed of one tournament negotiation, derived from (master seed, domain, first strategy, second strategy, side,
 * repetition) alone, by chaining SplitMix64's finaliser (Steele, Lea &amp; Flood, OOPSLA 2014) over the parts. Names,
 * not positions, enter the hash, so a negotiation keeps its seed when domains or strategies are added to or removed
 * from the tournament, and whichever thread runs it. Names are hashed as their UTF-8 bytes (FNV-1a, 64-bit), not by
 * {@code String.hashCode}, so that two names rarely share a hash.
 */
public final class NegotiationSeeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private NegotiationSeeds() {
    }

    /**
     * @return the seed of the negotiation {@code repetition} of {@code first} against {@code second} on
     *         {@code domain}, with {@code first} playing profile {@code side + 1}
     */
    public static long of(long masterSeed, String domain, String first, String second, int side, int repetition) {
        long h = mix64(masterSeed);
        h = mix64(h + GOLDEN_GAMMA + fnv1a(domain));
        h = mix64(h + GOLDEN_GAMMA + fnv1a(first));
        h = mix64(h + GOLDEN_GAMMA + fnv1a(second));
        h = mix64(h + GOLDEN_GAMMA + side);
        return mix64(h + GOLDEN_GAMMA + repetition);
    }

    static long fnv1a(String s) {
        long h = FNV_OFFSET;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= FNV_PRIME;
        }
        return h;
    }

    /** SplitMix64's finaliser (variant 13 of Stafford's mixers). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
