package dev.parley.engine.conflict;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Fearon's (1995) bargaining range over a good of size 1, x = A's share, p = probability that A wins a war,
 * c_A, c_B = costs of war in units of the good (risk-neutral) or in utility units (risk-averse).
 *
 * <p>Risk-neutral: {@code [p − c_A, p + c_B]}. Risk-averse, with increasing utilities normalised to u(0)=0, u(1)=1
 * (war utility {@code p·u(1) + (1−p)·u(0) − c}): {@code x_L = u_A⁻¹(p − c_A)}, {@code 1 − x_H = u_B⁻¹(1 − p − c_B)},
 * a bound being 0 (resp. 1) when its war value is not positive. Source: reference/conflict-models.md §1.1
 * (Fearon 1995, via the edegan wiki summary; risk-averse form derived there [D]).
 */
public final class FearonBargainingRange {
    private static final double SOLVER_ACCURACY = 1e-14;

    private FearonBargainingRange() {
    }

    /** The risk-neutral range {@code [p − c_A, p + c_B]}, not clipped to [0, 1]. */
    public static BargainingRange riskNeutral(double p, double costA, double costB) {
        Require.probability("p", p);
        Require.nonNegative("costA", costA);
        Require.nonNegative("costB", costB);
        return new BargainingRange(p - costA, p + costB);
    }

    /**
     * Mutual optimism (Blainey; Fearon 1995): A estimates its win probability at {@code pByA}, B estimates A's win
     * probability at {@code pByB}. A accepts x ≥ pByA − c_A and B concedes x ≤ pByB + c_B, so a range exists iff
     * {@code pByA − pByB ≤ c_A + c_B} (reference/conflict-models.md §1.5, one-shot form of the way-out test).
     */
    public static BargainingRange mutualOptimism(double pByA, double pByB, double costA, double costB) {
        Require.probability("pByA", pByA);
        Require.probability("pByB", pByB);
        Require.nonNegative("costA", costA);
        Require.nonNegative("costB", costB);
        return new BargainingRange(pByA - costA, pByB + costB);
    }

    /**
     * The range for power utilities {@code u_A(z) = z^alphaA}, {@code u_B(z) = z^alphaB} (alpha in (0,1] is risk
     * averse): {@code x_L = (p − c_A)^{1/alphaA}}, {@code x_H = 1 − (1 − p − c_B)^{1/alphaB}}.
     */
    public static BargainingRange powerUtility(double p, double costA, double costB, double alphaA, double alphaB) {
        Require.positive("alphaA", alphaA);
        Require.positive("alphaB", alphaB);
        return withInverseUtilities(p, costA, costB,
                v -> Math.pow(v, 1.0 / alphaA), v -> Math.pow(v, 1.0 / alphaB));
    }

    /** The risk-averse range given the inverse utilities u_A⁻¹ and u_B⁻¹ (each mapping [0,1] onto [0,1]). */
    public static BargainingRange withInverseUtilities(double p, double costA, double costB,
                                                       DoubleUnaryOperator inverseUtilityA,
                                                       DoubleUnaryOperator inverseUtilityB) {
        Require.probability("p", p);
        Require.nonNegative("costA", costA);
        Require.nonNegative("costB", costB);
        double warA = p - costA;
        double warB = 1.0 - p - costB;
        double lower = warA <= 0.0 ? 0.0 : inverseUtilityA.applyAsDouble(warA);
        double upper = warB <= 0.0 ? 1.0 : 1.0 - inverseUtilityB.applyAsDouble(warB);
        return new BargainingRange(lower, upper);
    }

    /**
     * The risk-averse range for arbitrary increasing utilities with u(0)=0 and u(1)=1, inverting them numerically
     * (Brent's method, absolute accuracy 1e-14).
     */
    public static BargainingRange withUtilities(double p, double costA, double costB,
                                                DoubleUnaryOperator utilityA, DoubleUnaryOperator utilityB) {
        return withInverseUtilities(p, costA, costB, inverse(utilityA, "utilityA"), inverse(utilityB, "utilityB"));
    }

    private static DoubleUnaryOperator inverse(DoubleUnaryOperator utility, String name) {
        double u0 = utility.applyAsDouble(0.0);
        double u1 = utility.applyAsDouble(1.0);
        if (Math.abs(u0) > 1e-12 || Math.abs(u1 - 1.0) > 1e-12) {
            throw new IllegalArgumentException(name + " must satisfy u(0)=0 and u(1)=1, got u(0)=" + u0
                    + ", u(1)=" + u1 + "; rescale it as (u(z)−u(0))/(u(1)−u(0))");
        }
        BrentSolver solver = new BrentSolver(SOLVER_ACCURACY);
        return target -> target >= 1.0 ? 1.0
                : solver.solve(200, z -> utility.applyAsDouble(z) - target, 0.0, 1.0);
    }
}
