package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random additive domains for property tests, with ties by construction (coarse value grids). */
final class RandomDomains {
    final OutcomeSpace space;
    final List<AdditiveUtility> parties;

    private RandomDomains(OutcomeSpace space, List<AdditiveUtility> parties) {
        this.space = space;
        this.parties = parties;
    }

    /**
     * 2–4 parties, 1–8 issues, 1–5 options per issue, at most {@code maxSize} outcomes. Values are multiples of
     * 1/4 and weights multiples of 1/10 (so sums such as 0.1+0.2 vs 0.3 differ in the last bit: ties that only
     * the tolerance recovers); one seed in four uses a single grid step for every value (massive ties).
     */
    static RandomDomains generate(long seed, int maxSize) {
        SplittableRandom rng = new SplittableRandom(seed);
        int parties = 2 + rng.nextInt(3);
        int issues = 1 + rng.nextInt(8);
        int[] radix = new int[issues];
        long size = 1;
        for (int k = 0; k < issues; k++) {
            int r = 1 + rng.nextInt(5);
            while (size * r > maxSize && r > 1) {
                r--;
            }
            radix[k] = r;
            size *= r;
        }
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(radix);
        boolean coarse = rng.nextInt(4) == 0;
        List<AdditiveUtility> us = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            double[] w = new double[issues];
            double[][] v = new double[issues][];
            for (int k = 0; k < issues; k++) {
                w[k] = (1 + rng.nextInt(10)) / 10.0;
                v[k] = new double[radix[k]];
                for (int o = 0; o < radix[k]; o++) {
                    v[k][o] = coarse ? rng.nextInt(2) : rng.nextInt(5) / 4.0;
                }
            }
            us.add(AdditiveUtility.of(space, w, v));
        }
        return new RandomDomains(space, us);
    }

    /** @return {@code u[party][outcome]} by evaluating every outcome index with {@link AdditiveUtility#utility(int[])} */
    double[][] enumerate() {
        int n = (int) space.size();
        double[][] u = new double[parties.size()][n];
        int[] x = new int[space.issueCount()];
        for (int j = 0; j < n; j++) {
            space.decode(j, x);
            for (int i = 0; i < parties.size(); i++) {
                u[i][j] = parties.get(i).utility(x);
            }
        }
        return u;
    }
}
