package dev.parley.engine.conflict;

import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * The risk–return trade-off of a take-it-or-leave-it offer under private information (Fearon 1995): A knows p and
 * c_A; B's cost c_B is private with distribution F. A offers x; B accepts iff {@code x ≤ p + c_B}, so
 * {@code U_A(x) = (1 − F(x − p))·x + F(x − p)·(p − c_A)}. For c_B ~ U[0, c̄] the optimum is
 * {@code x* = p + (c̄ − c_A)/2} when c̄ > c_A (else x* = p, no war), clipped at 1, and
 * {@code P(war) = (x* − p)/c̄}. Source: reference/conflict-models.md §1.1 [D].
 */
public final class RiskReturnOffer {
    private static final int GRID = 2_000;

    /**
     * @param offer            A's optimal share x*
     * @param warProbability   the probability that B rejects and war follows
     * @param expectedUtilityA A's expected utility at x*
     */
    public record Result(double offer, double warProbability, double expectedUtilityA) {
    }

    private RiskReturnOffer() {
    }

    /** The closed form for {@code c_B ~ U[0, maxCostB]}. */
    public static Result uniformPrivateCost(double p, double costA, double maxCostB) {
        Require.probability("p", p);
        Require.nonNegative("costA", costA);
        Require.positive("maxCostB", maxCostB);
        double offer = maxCostB > costA ? p + (maxCostB - costA) / 2.0 : p;
        offer = Math.min(offer, Math.min(1.0, p + maxCostB));
        double war = (offer - p) / maxCostB;
        return new Result(offer, war, (1.0 - war) * offer + war * (p - costA));
    }

    /**
     * The optimum for any distribution of B's cost (support within [0, ∞)), by a grid scan of U_A over
     * {@code [p, min(1, p + sup c_B)]} refined with Brent's method (relative accuracy 1e-12).
     */
    public static Result optimal(double p, double costA, RealDistribution costB) {
        Require.probability("p", p);
        Require.nonNegative("costA", costA);
        if (costB.getSupportLowerBound() < 0.0) {
            throw new IllegalArgumentException("costB distribution has support starting at "
                    + costB.getSupportLowerBound() + "; costs must be >= 0");
        }
        double hi = Math.min(1.0, p + costB.getSupportUpperBound());
        if (hi <= p) {
            return new Result(p, 0.0, p);
        }
        double bestX = p;
        double best = utility(p, p, costA, costB);
        double step = (hi - p) / GRID;
        for (int k = 1; k <= GRID; k++) {
            double x = p + k * step;
            double u = utility(x, p, costA, costB);
            if (u > best) {
                best = u;
                bestX = x;
            }
        }
        double lo = Math.max(p, bestX - step);
        double up = Math.min(hi, bestX + step);
        UnivariatePointValuePair refined = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(500),
                new UnivariateObjectiveFunction(x -> utility(x, p, costA, costB)), GoalType.MAXIMIZE,
                new SearchInterval(lo, up, bestX));
        if (refined.getValue() > best) {
            bestX = refined.getPoint();
            best = refined.getValue();
        }
        return new Result(bestX, costB.cumulativeProbability(bestX - p), best);
    }

    private static double utility(double x, double p, double costA, RealDistribution costB) {
        double war = costB.cumulativeProbability(x - p);
        return (1.0 - war) * x + war * (p - costA);
    }
}
