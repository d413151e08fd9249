package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The per-issue merge and the point-set sweeps against the O(n²) definition ({@link BruteForceParetoFrontier}) on
 * seeded domains shaped like the flagship scenario's bargaining space: 2 or 3 parties, a few small discrete issues
 * and one long issue with linear values (a line of contact: one party gains what another loses) among them, with
 * red lines. Values on coarse grids (multiples of 0.05 and of the line's step) make many candidates tie on the
 * first party's utility, exactly or in the last bit, which is what sends the three-party sweep through its tied
 * groups (inline below 64 points, via the two-party sweep above) and breaks the merge's sorted runs.
 */
class LinearIssueFrontierPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 120);
    }

    private record Domain(OutcomeSpace space, List<AdditiveUtility> parties, RedLines redLines) {
    }

    private static Domain generate(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int parties = 2 + rng.nextInt(2);
        int small = 2 + rng.nextInt(3);
        int lineAt = rng.nextInt(small + 1);
        int steps = 10 + rng.nextInt(41);
        int[] radix = new int[small + 1];
        for (int k = 0; k <= small; k++) {
            radix[k] = k == lineAt ? steps + 1 : 2 + rng.nextInt(3);
        }
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(radix);
        List<AdditiveUtility> us = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            double[][] contributions = new double[radix.length][];
            double slope = (rng.nextBoolean() ? 1 : -1) * (1 + rng.nextInt(4)) * 0.001;
            for (int k = 0; k < radix.length; k++) {
                contributions[k] = new double[radix[k]];
                for (int o = 0; o < radix[k]; o++) {
                    contributions[k][o] = k == lineAt ? (slope > 0 ? o * slope : (o - steps) * slope)
                            : rng.nextInt(6) * 0.05 + (rng.nextInt(4) == 0 ? rng.nextInt(3) * 0.0025 : 0.0);
                }
            }
            us.add(AdditiveUtility.ofContributions(space, contributions));
        }
        boolean[][] forbidden = new boolean[radix.length][];
        for (int k = 0; k < radix.length; k++) {
            forbidden[k] = new boolean[radix[k]];
            for (int o = 0; o < radix[k]; o++) {
                forbidden[k][o] = rng.nextInt(k == lineAt ? 8 : 5) == 0;
            }
        }
        return new Domain(space, us, RedLines.of(space, forbidden));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mergeAndSweepsMatchBruteForceOnLineOfContactDomains(long seed) {
        Domain d = generate(seed);
        int k = d.parties().size();
        int[] x = new int[d.space().issueCount()];
        List<Long> allowed = new ArrayList<>();
        for (long j = 0; j < d.space().size(); j++) {
            d.space().decode(j, x);
            if (!d.redLines().crosses(x)) {
                allowed.add(j);
            }
        }
        double[][] u = new double[k][allowed.size()];
        for (int t = 0; t < allowed.size(); t++) {
            d.space().decode(allowed.get(t), x);
            for (int i = 0; i < k; i++) {
                u[i][t] = d.parties().get(i).utility(x);
            }
        }
        ParetoSet merged = new AdditiveMergeParetoFrontier().compute(d.parties(), d.redLines());
        if (allowed.isEmpty()) {
            assertThat(merged.distinctCount()).isZero();
            return;
        }
        ParetoSet brute = new BruteForceParetoFrontier().compute(u);
        assertThat(brute.distinctCount()).isPositive();

        assertThat(merged.distinctCount()).as("distinct points, seed " + seed).isEqualTo(brute.distinctCount());
        for (int p = 0; p < brute.distinctCount(); p++) {
            for (int i = 0; i < k; i++) {
                assertThat(merged.utility(p, i)).as("seed " + seed + " point " + p + " party " + i)
                        .isCloseTo(brute.utility(p, i), within(1e-9));
            }
            long[] expected = LongStream.of(brute.members(p, Long.MAX_VALUE)).map(t -> allowed.get((int) t))
                    .sorted().toArray();
            assertThat(merged.members(p, Long.MAX_VALUE)).as("seed " + seed + " members of point " + p)
                    .containsExactly(expected);
        }
        ParetoFrontier sweep = k == 2 ? new SortSweepParetoFrontier() : new ThreePartySweepParetoFrontier();
        ParetoSet swept = sweep.compute(u);
        assertThat(swept.distinctCount()).as("sweep, seed " + seed).isEqualTo(brute.distinctCount());
        for (int p = 0; p < brute.distinctCount(); p++) {
            assertThat(swept.members(p, Long.MAX_VALUE)).as("sweep, seed " + seed + " point " + p)
                    .containsExactly(brute.members(p, Long.MAX_VALUE));
        }
    }
}
