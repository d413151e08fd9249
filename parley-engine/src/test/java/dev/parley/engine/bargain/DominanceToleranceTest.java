package dev.parley.engine.bargain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dominance within the tolerance band, where presorting by the utility sum alone would give the wrong answer. */
class DominanceToleranceTest {
    /**
     * w = (1, 1, 1) comes first by sum; p = (1 − 0.9e-9, 1 − 0.9e-9, 1 + 1.5e-9) has a smaller sum but dominates w at
     * tolerance 1e-9 (no coordinate worse by more than 1e-9, the third better by more than 1e-9), and w does not
     * dominate p. So the frontier is {p} alone, and p must evict w from a presorted window.
     */
    @Test
    void aLaterPointWithSmallerSumCanDominateWithinTheTolerance() {
        double[][] u = {{1, 1 - 0.9e-9}, {1, 1 - 0.9e-9}, {1, 1 + 1.5e-9}};
        assertThat(Dominance.dominates(u, 1, 0, 1e-9)).isTrue();
        assertThat(Dominance.dominates(u, 0, 1, 1e-9)).isFalse();
        for (ParetoFrontier f : new ParetoFrontier[] {new BruteForceParetoFrontier(), new PresortedSkylineParetoFrontier(),
                new NaiveSkylineParetoFrontier(), new ThreePartySweepParetoFrontier()}) {
            ParetoSet s = f.compute(u);
            assertThat(s.allMembers(10)).as(f.getClass().getSimpleName()).containsExactly(1L);
        }
    }

    @Test
    void vectorsWithinTheToleranceAreTiedAndKeptTogether() {
        double[][] u = {{0.3, 0.1 + 0.2, 0.2}, {0.7, 0.7, 0.9}};
        assertThat(0.1 + 0.2).isNotEqualTo(0.3); // rounding: the tie exists only up to the tolerance
        ParetoSet s = new SortSweepParetoFrontier().compute(u);
        assertThat(s.distinctCount()).isEqualTo(2);
        assertThat(s.members(0, 10)).containsExactly(0L, 1L); // first point: largest first utility
        ParetoSet exact = new SortSweepParetoFrontier(0).compute(u);
        assertThat(exact.totalOutcomeCount()).isEqualTo(2); // at tolerance 0 the rounded point dominates the other
    }
}
