package dev.parley.engine.negotiate;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random additive domains for property tests. */
final class RandomDomains {
    private RandomDomains() {
    }

    /** Additive utilities with normalised weights and values in [0, 1], one per decider, over a random space. */
    static List<AdditiveUtility> additive(SplittableRandom rng, int deciders, int issues, int maxOptions) {
        int[] counts = new int[issues];
        for (int k = 0; k < issues; k++) {
            counts[k] = 2 + rng.nextInt(maxOptions - 1);
        }
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(counts);
        List<AdditiveUtility> out = new ArrayList<>();
        for (int i = 0; i < deciders; i++) {
            double[] w = new double[issues];
            double[][] v = new double[issues][];
            for (int k = 0; k < issues; k++) {
                w[k] = 0.05 + rng.nextDouble();
                v[k] = new double[counts[k]];
                for (int o = 0; o < counts[k]; o++) {
                    v[k][o] = rng.nextDouble();
                }
            }
            out.add(AdditiveUtility.normalised(space, w, v));
        }
        return out;
    }
}
