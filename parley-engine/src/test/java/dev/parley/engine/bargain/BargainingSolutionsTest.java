package dev.parley.engine.bargain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Closed forms on the frontier u2 = 2(1 − u1²), u1 in [0, 1], sampled every 1e-5 (all points are
 * Pareto-optimal at tolerance 0). With d = (0, 0): ideal point (1, 2).
 * <ul>
 * <li>Nash: max u·2(1 − u²) → u1 = 1/√3.</li>
 * <li>Kalai–Smorodinsky: u2/2 = u1 → 1 − u² = u → u1 = (√5 − 1)/2.</li>
 * <li>Egalitarian: u1 = 2(1 − u1²) → u1 = (√17 − 1)/4 (also GENIUS's min |u1 − u2|).</li>
 * <li>Utilitarian: max u + 2 − 2u² → u1 = 1/4, welfare 2.125.</li>
 * <li>Nash with d = (0.2, 0): 1 + 0.4u − 3u² = 0 → u1 = (0.4 + √12.16)/6.</li>
 * </ul>
 */
class BargainingSolutionsTest {
    private static final int N = 100_001;

    private static ParetoSet parabola() {
        double[][] u = new double[2][N];
        for (int j = 0; j < N; j++) {
            double x = j / (double) (N - 1);
            u[0][j] = x;
            u[1][j] = 2 * (1 - x * x);
        }
        // tolerance 0: near u1 = 0 neighbouring points differ by less than the default 1e-9 in u2
        return new SortSweepParetoFrontier(0).compute(u);
    }

    private static double u1(SolutionConcept c, DisagreementPoint d) {
        return BargainingSolutions.solve(parabola(), c, d).orElseThrow().utilities()[0];
    }

    @Test
    void conceptsMatchClosedFormsOnAParabolicFrontier() {
        DisagreementPoint zero = DisagreementPoint.explicit(0, 0);
        assertThat(parabola().distinctCount()).isEqualTo(N);
        assertThat(u1(SolutionConcept.NASH, zero)).isCloseTo(1 / Math.sqrt(3), within(1e-4));
        assertThat(u1(SolutionConcept.KALAI_SMORODINSKY, zero)).isCloseTo((Math.sqrt(5) - 1) / 2, within(1e-4));
        assertThat(u1(SolutionConcept.EGALITARIAN, zero)).isCloseTo((Math.sqrt(17) - 1) / 4, within(1e-4));
        assertThat(u1(SolutionConcept.GENIUS_MIN_ASYMMETRY, DisagreementPoint.unconstrained(2)))
                .isCloseTo((Math.sqrt(17) - 1) / 4, within(1e-4));
        SolutionPoint w = BargainingSolutions.solve(parabola(), SolutionConcept.UTILITARIAN, zero).orElseThrow();
        assertThat(w.utilities()[0]).isCloseTo(0.25, within(1e-4));
        assertThat(w.objective()).isCloseTo(2.125, within(1e-8));
        assertThat(u1(SolutionConcept.NASH, DisagreementPoint.explicit(0.2, 0)))
                .isCloseTo((0.4 + Math.sqrt(12.16)) / 6, within(1e-4));
    }

    @Test
    void noRationalPointGivesEmptyAndInfiniteDisagreementIsRefusedForNash() {
        assertThat(BargainingSolutions.solve(parabola(), SolutionConcept.NASH, DisagreementPoint.explicit(0.9, 1.9)))
                .isEmpty();
        assertThatThrownBy(() -> BargainingSolutions.solve(parabola(), SolutionConcept.NASH,
                DisagreementPoint.unconstrained(2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite disagreement point");
    }

    @Test
    void negmasDisagreementUsesTheMinimumUtilityWhenTheReservationValueIsBelowIt() {
        DisagreementPoint d = DisagreementPoint.negmasRationalMinimum(new double[] {-0.5, 0.3}, new double[] {0, 0});
        assertThat(d.values()).containsExactly(0.0, 0.3);
    }

    @Test
    void tiedObjectivesAreAllReported() {
        // five points on u1 + u2 = 1: every one maximises welfare
        double[][] u = {{0, 0.25, 0.5, 0.75, 1}, {1, 0.75, 0.5, 0.25, 0}};
        ParetoSet f = new SortSweepParetoFrontier().compute(u);
        SolutionPoint w = BargainingSolutions.solve(f, SolutionConcept.UTILITARIAN,
                DisagreementPoint.unconstrained(2)).orElseThrow();
        assertThat(w.tiedPoints()).hasSize(5);
        assertThat(w.utilities()).containsExactly(1.0, 0.0); // first in frontier order
    }

    @Test
    void distancesToFrontierAndToSolutionAreEuclidean() {
        double[][] u = {{1, 0}, {0, 1}};
        ParetoSet f = new SortSweepParetoFrontier().compute(u);
        assertThat(BargainingSolutions.distanceToFrontier(f, new double[] {0, 0})).isCloseTo(1.0, within(1e-15));
        assertThat(BargainingSolutions.distanceToFrontier(f, new double[] {1, 0})).isZero();
        SolutionPoint nash = BargainingSolutions.solve(parabola(), SolutionConcept.NASH,
                DisagreementPoint.explicit(0, 0)).orElseThrow();
        double[] s = nash.utilities();
        assertThat(BargainingSolutions.distanceTo(nash, new double[] {s[0] - 0.3, s[1] - 0.4}))
                .isCloseTo(0.5, within(1e-12));
    }
}
