package dev.parley.engine.conflict;

import java.util.random.RandomGenerator;

/**
 * W_i(t) (formula in {@link FightingValueProblem}) by sampling front paths with an explicit random generator,
 * reporting the Monte Carlo standard error. Use it when the front's law of motion is not a plain random walk
 * ({@link FrontDynamics}: escalation taken at random, regime switches), which the grid method cannot represent, or as
 * an independent check of
 * {@link DiscretisedFrontValueOfFighting}. Paths are drawn one after another from the given generator, so the same
 * seed gives the same result.
 */
public final class SampledValueOfFighting {
    private final int paths;

    /** @param paths number of sampled paths (≥ 2) */
    public SampledValueOfFighting(int paths) {
        if (paths < 2) {
            throw new IllegalArgumentException("paths = " + paths + " must be >= 2 to state a standard error");
        }
        this.paths = paths;
    }

    /** W_i(t) at front f with its standard error, the front following the problem's walk. */
    public ValueEstimate estimate(FightingValueProblem problem, int month, double front, RandomGenerator rng) {
        return estimate(problem, problem.walk(), month, front, rng);
    }

    /**
     * W_i(t) at front f with its standard error, the front following {@code dynamics} instead of the problem's walk
     * (utility, costs, discount and horizon still come from the problem).
     */
    public ValueEstimate estimate(FightingValueProblem problem, FrontDynamics dynamics, int month, double front,
                                  RandomGenerator rng) {
        if (month < 0 || month > problem.horizonMonths()) {
            throw new IllegalArgumentException("month = " + month + " must lie in [0, horizon="
                    + problem.horizonMonths() + "]");
        }
        Require.probability("front", front);
        double delta = problem.discountPerMonth();
        int horizon = problem.horizonMonths();
        double mean = 0.0;
        double m2 = 0.0;
        for (int k = 0; k < paths; k++) {
            dynamics.startPath(rng);
            double f = front;
            double sum = 0.0;
            double weight = 1.0;
            for (int s = month; s < horizon; s++) {
                boolean decided = f <= 0.0 || f >= 1.0;
                sum += (1.0 - delta) * weight * (problem.utility(f) - (decided ? 0.0 : problem.cost(s)));
                f = dynamics.step(f, s, rng);
                weight *= delta;
            }
            double x = sum + weight * problem.utility(f);
            // Welford's running mean and variance
            double d = x - mean;
            mean += d / (k + 1);
            m2 += d * (x - mean);
        }
        double se = Math.sqrt(m2 / (paths - 1) / paths);
        return new ValueEstimate(mean, se, ValueEstimate.Method.SAMPLED);
    }
}
