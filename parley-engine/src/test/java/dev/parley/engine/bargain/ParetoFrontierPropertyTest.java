package dev.parley.engine.bargain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every frontier algorithm against the O(n²) definition on thousands of seeded random domains (2–4 parties,
 * 1–8 issues, ties included by construction).
 */
class ParetoFrontierPropertyTest {

    static LongStream domainSeeds() {
        return LongStream.range(0, 3000);
    }

    static LongStream pointSeeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("domainSeeds")
    void everyAlgorithmMatchesBruteForceOnRandomAdditiveDomains(long seed) {
        RandomDomains d = RandomDomains.generate(seed, 400);
        double[][] u = d.enumerate();
        ParetoSet expected = new BruteForceParetoFrontier().compute(u);
        assertThat(expected.distinctCount()).isPositive();

        assertSame(new PresortedSkylineParetoFrontier().compute(u), expected, "presorted skyline, seed " + seed);
        assertSame(new NaiveSkylineParetoFrontier().compute(u), expected, "naive skyline, seed " + seed);
        assertSame(new AdditiveMergeParetoFrontier().compute(d.parties), expected, "additive merge, seed " + seed);
        if (u.length == 2) {
            assertSame(new SortSweepParetoFrontier().compute(u), expected, "sort-sweep, seed " + seed);
        }
        if (u.length == 3) {
            assertSame(new ThreePartySweepParetoFrontier().compute(u), expected, "three-party sweep, seed " + seed);
        }
    }

    /** Large 2-party point sets exercise the bucket pre-filter of the sort-and-sweep (>= 4096 points). */
    @ParameterizedTest
    @MethodSource("pointSeeds")
    void sortSweepMatchesBruteForceOnLargeTiedPointSets(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 4096 + rng.nextInt(3000);
        int grid = 2 + rng.nextInt(60);
        double[][] u = new double[2][n];
        for (int j = 0; j < n; j++) {
            if (seed % 2 == 0) {
                u[0][j] = rng.nextInt(grid) / (double) grid;
                u[1][j] = rng.nextInt(grid) / (double) grid;
            } else { // anti-correlated: many points on or near the frontier
                double a = rng.nextInt(grid) / (double) grid;
                u[0][j] = a;
                u[1][j] = 1 - a - rng.nextInt(3) / (double) (4 * grid);
            }
        }
        ParetoSet expected = new BruteForceParetoFrontier().compute(u);
        assertSame(new SortSweepParetoFrontier().compute(u), expected, "sort-sweep, seed " + seed);
        assertSame(new PresortedSkylineParetoFrontier().compute(u), expected, "presorted skyline, seed " + seed);
    }

    /** Large 3-party tied sets: grid points and points on a grid simplex (all on the frontier). */
    @ParameterizedTest
    @MethodSource("pointSeeds")
    void threePartyAlgorithmsMatchBruteForceOnLargeTiedPointSets(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 3000 + rng.nextInt(3000);
        int grid = 2 + rng.nextInt(30);
        double[][] u = new double[3][n];
        for (int j = 0; j < n; j++) {
            if (seed % 2 == 0) {
                for (int i = 0; i < 3; i++) {
                    u[i][j] = rng.nextInt(grid) / (double) grid;
                }
            } else {
                int x = rng.nextInt(grid + 1);
                int y = rng.nextInt(grid + 1 - x);
                u[0][j] = x / (double) grid;
                u[1][j] = y / (double) grid;
                u[2][j] = 1 - u[0][j] - u[1][j] - rng.nextInt(2) / (double) (3 * grid);
            }
        }
        ParetoSet expected = new BruteForceParetoFrontier().compute(u);
        assertSame(new ThreePartySweepParetoFrontier().compute(u), expected, "three-party sweep, seed " + seed);
        assertSame(new PresortedSkylineParetoFrontier().compute(u), expected, "presorted skyline, seed " + seed);
    }

    private static void assertSame(ParetoSet actual, ParetoSet expected, String what) {
        assertThat(actual.distinctCount()).as(what + ": distinct points").isEqualTo(expected.distinctCount());
        assertThat(actual.totalOutcomeCount()).as(what + ": outcomes").isEqualTo(expected.totalOutcomeCount());
        for (int p = 0; p < expected.distinctCount(); p++) {
            for (int i = 0; i < expected.partyCount(); i++) {
                assertThat(actual.utility(p, i)).as(what + ": point " + p + " party " + i)
                        .isCloseTo(expected.utility(p, i), within(1e-9));
            }
            assertThat(actual.members(p, Long.MAX_VALUE)).as(what + ": members of point " + p)
                    .containsExactly(expected.members(p, Long.MAX_VALUE));
        }
    }
}
