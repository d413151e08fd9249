package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

class ValueOfFightingTest {

    @Test
    void constantUtilityWithoutCostsIsWorthExactlyThatUtility() {
        FightingValueProblem problem = new FightingValueProblem(FrontRandomWalk.constant(0.01, 0.05), 0.4,
                f -> 0.0, 0.0, 0.0, 0.99, 36);
        FightingValueTable table = new DiscretisedFrontValueOfFighting().table(problem);
        for (double f : new double[] {0.0, 0.03, 0.5, 0.97, 1.0}) {
            assertThat(table.value(0, f)).isCloseTo(0.4, within(1e-12));
            assertThat(table.value(20, f)).isCloseTo(0.4, within(1e-12));
        }
    }

    /**
     * Far from the bounds and with u linear in f, E[u(f(s))] = u(f0 + μ(s−t)) exactly, so W has the closed form
     * (1−δ) Σ_{s=t}^{H−1} δ^{s−t} (a + b(f0 + μ(s−t)) − c0 − g·s) + δ^{H−t} (a + b(f0 + μ(H−t))).
     */
    @Test
    void linearUtilityFarFromTheBoundsMatchesTheClosedForm() {
        double a = 0.2;
        double b = 0.5;
        double mu = -0.004;
        double c0 = 0.01;
        double g = 0.0004;
        double delta = 0.99;
        int horizon = 36;
        double f0 = 0.6;
        int t = 3;
        FightingValueProblem problem = new FightingValueProblem(FrontRandomWalk.constant(mu, 0.01), a,
                f -> b * f, c0, g, delta, horizon);
        double expected = 0.0;
        double w = 1.0;
        for (int s = t; s < horizon; s++) {
            expected += (1 - delta) * w * (a + b * (f0 + mu * (s - t)) - c0 - g * s);
            w *= delta;
        }
        expected += w * (a + b * (f0 + mu * (horizon - t)));
        ValueEstimate estimate = new DiscretisedFrontValueOfFighting().estimate(problem, t, f0);
        assertThat(estimate.method()).isEqualTo(ValueEstimate.Method.DISCRETISED);
        assertThat(estimate.value()).isCloseTo(expected, within(1e-6));
        assertThat(estimate.error()).isLessThan(1e-5);
    }

    @Test
    void deterministicFrontIsFollowedExactly() {
        FightingValueProblem problem = new FightingValueProblem(FrontRandomWalk.constant(-0.1, 0.0), 0.0,
                f -> f, 0.05, 0.0, 0.9, 10);
        // f: 0.25, 0.15, 0.05, then decided at 0 (no more costs, utility 0)
        double expected = 0.1 * (0.25 - 0.05) + 0.1 * 0.9 * (0.15 - 0.05) + 0.1 * 0.81 * (0.05 - 0.05);
        ValueEstimate estimate = new DiscretisedFrontValueOfFighting().estimate(problem, 0, 0.25);
        assertThat(estimate.method()).isEqualTo(ValueEstimate.Method.EXACT);
        assertThat(estimate.value()).isCloseTo(expected, within(1e-12));
    }

    /** Backward induction over a long horizon approaches the stationary discounted values, solved directly by LU. */
    @Test
    void latticeInductionMatchesTheStationaryLinearSystem() {
        int n = 10;
        double pi = 0.6;
        double delta = 0.95;
        double cost = 0.02;
        int horizon = 2_000; // δ^H ≈ 1e-45: the frozen tail is negligible
        FightingValueProblem problem = new FightingValueProblem(FrontRandomWalk.constant(0.0, 0.0), 0.0,
                f -> f, cost, 0.0, delta, horizon);
        FrontTransition lattice = FrontTransition.lattice(n, pi);
        FightingValueTable table = DiscretisedFrontValueOfFighting.backwardInduction(problem, s -> lattice, false);
        // V_j = (1−δ)(j/N − c) + δ(π V_{j+1} + (1−π) V_{j−1}), V_0 = 0, V_N = 1
        int m = n - 1;
        Array2DRowRealMatrix matrix = new Array2DRowRealMatrix(m, m);
        RealVector rhs = new ArrayRealVector(m);
        for (int i = 0; i < m; i++) {
            int j = i + 1;
            matrix.setEntry(i, i, 1.0);
            double r = (1 - delta) * ((double) j / n - cost);
            if (j + 1 < n) {
                matrix.setEntry(i, i + 1, -delta * pi);
            } else {
                r += delta * pi * 1.0;
            }
            if (j - 1 > 0) {
                matrix.setEntry(i, i - 1, -delta * (1 - pi));
            }
            rhs.setEntry(i, r);
        }
        RealVector stationary = new LUDecomposition(matrix).getSolver().solve(rhs);
        for (int i = 0; i < m; i++) {
            assertThat(table.value(0, (i + 1.0) / n)).as("j=%d", i + 1).isCloseTo(stationary.getEntry(i), within(1e-12));
        }
    }

    @Test
    void discretisedAndSampledValuesAgreeWithAbsorptionAndNonlinearUtility() {
        FightingValueProblem problem = new FightingValueProblem(FrontRandomWalk.constant(-0.005, 0.04), 0.1,
                f -> 0.6 * Math.sqrt(f), 0.01, 0.0005, 0.98, 36);
        ValueEstimate exact = new DiscretisedFrontValueOfFighting().estimate(problem, 0, 0.15);
        ValueEstimate sampled = new SampledValueOfFighting(20_000).estimate(problem, 0, 0.15, new SplittableRandom(11));
        assertThat(sampled.method()).isEqualTo(ValueEstimate.Method.SAMPLED);
        assertThat(sampled.error()).isBetween(1e-5, 5e-3);
        assertThat(exact.error()).isLessThan(2e-3);
        assertThat(exact.value()).isCloseTo(sampled.value(), within(4 * sampled.error() + exact.error()));
    }

    /**
     * Escalation decided once per path (probability 0.4: from month 6 the drift turns from −0.004 to +0.01) is a
     * mixture of two walks, so its exact value is 0.4·W(escalated walk) + 0.6·W(plain walk), each on the grid.
     */
    @Test
    void sampledRegimeSwitchMatchesTheExactMixture() {
        FrontRandomWalk plain = FrontRandomWalk.constant(-0.004, 0.02);
        double[] escalatedDrift = {-0.004, -0.004, -0.004, -0.004, -0.004, -0.004, 0.01};
        FrontRandomWalk escalated = FrontRandomWalk.byMonth(escalatedDrift, new double[] {0.02});
        FightingValueProblem onPlain = new FightingValueProblem(plain, 0.0, f -> f, 0.01, 0.0002, 0.99, 36);
        FightingValueProblem onEscalated = new FightingValueProblem(escalated, 0.0, f -> f, 0.01, 0.0002, 0.99, 36);
        DiscretisedFrontValueOfFighting exact = new DiscretisedFrontValueOfFighting();
        double mixture = 0.4 * exact.estimate(onEscalated, 0, 0.3).value() + 0.6 * exact.estimate(onPlain, 0, 0.3).value();
        FrontDynamics ladder = new FrontDynamics() {
            private boolean escalates;

            @Override
            public void startPath(java.util.random.RandomGenerator rng) {
                escalates = rng.nextDouble() < 0.4;
            }

            @Override
            public double step(double front, int month, java.util.random.RandomGenerator rng) {
                return (escalates ? escalated : plain).step(front, month, rng);
            }
        };
        ValueEstimate sampled = new SampledValueOfFighting(40_000).estimate(onPlain, ladder, 0, 0.3,
                new SplittableRandom(99));
        assertThat(sampled.value()).isCloseTo(mixture, within(4 * sampled.error() + 1e-4));
        assertThat(mixture - exact.estimate(onPlain, 0, 0.3).value()).isGreaterThan(10 * sampled.error());
    }

    @Test
    void mutualOptimismEachSideValuesFightingByItsOwnDrift() {
        // front = share held by A; A believes it advances, B believes A retreats
        FrontRandomWalk aView = FrontRandomWalk.constant(0.005, 0.02);
        FrontRandomWalk bView = aView.withDrift(-0.005);
        FightingValueProblem a = new FightingValueProblem(aView, 0.0, f -> f, 0.01, 0.0, 0.99, 36);
        FightingValueProblem b = new FightingValueProblem(bView, 0.0, f -> 1 - f, 0.01, 0.0, 0.99, 36);
        DiscretisedFrontValueOfFighting method = new DiscretisedFrontValueOfFighting();
        double wA = method.estimate(a, 0, 0.5).value();
        double wB = method.estimate(b, 0, 0.5).value();
        // each expects to gain ground: together they claim more than the whole (no way out on a divisible good)
        assertThat(wA + wB).isGreaterThan(1.0 - 2 * 0.01);
        assertThat(wA).isGreaterThan(method.estimate(new FightingValueProblem(bView, 0.0, f -> f, 0.01, 0.0, 0.99, 36),
                0, 0.5).value());
    }

    @Test
    void sameSeedSameEstimate() {
        FightingValueProblem problem = new FightingValueProblem(FrontRandomWalk.constant(0.0, 0.03), 0.0,
                f -> f, 0.01, 0.0, 0.99, 24);
        SampledValueOfFighting sampler = new SampledValueOfFighting(500);
        assertThat(sampler.estimate(problem, 0, 0.5, new SplittableRandom(3)))
                .isEqualTo(sampler.estimate(problem, 0, 0.5, new SplittableRandom(3)));
    }
}
