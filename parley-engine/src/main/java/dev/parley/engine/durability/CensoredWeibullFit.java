package dev.parley.engine.durability;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * Maximum-likelihood Weibull fit to right-censored (and left-truncated) rows {@code (start, stop]}, no covariates:
 * {@code log L = Σ_failures [log k − k log λ + (k−1) log t] − Σ_rows (stop^k − start^k)/λ^k}. For fixed k the scale
 * has the closed form {@code λ^k = Σ (stop^k − start^k)/d}; the profile likelihood in k is maximised with Brent's
 * method over k ∈ [0.01, 100]. Standard errors from the observed information in (log k, log λ) by central
 * differences, mapped back with the delta method.
 */
public final class CensoredWeibullFit {
    private static final double MIN_LOG_SHAPE = Math.log(0.01);
    private static final double MAX_LOG_SHAPE = Math.log(100.0);

    /**
     * The fitted model.
     *
     * @param baseline       the Weibull (shape k, scale λ in the data's time unit)
     * @param shapeSe        standard error of k
     * @param scaleSe        standard error of λ
     * @param logLikelihood  log L at the maximum
     */
    public record Result(WeibullBaseline baseline, double shapeSe, double scaleSe, double logLikelihood) {
    }

    /** One row per spell starting at 0. */
    public Result fit(double[] time, int[] event) {
        return fit(new double[time.length], time, event);
    }

    /** Rows {@code (start, stop]}; a spell observed from {@code start > 0} is left-truncated there. */
    public Result fit(double[] start, double[] stop, int[] event) {
        SurvivalRows.check(start, stop, event);
        int d = 0;
        double sumLogT = 0.0;
        for (int r = 0; r < stop.length; r++) {
            if (event[r] == 1) {
                d++;
                sumLogT += Math.log(stop[r]);
            }
        }
        if (d == 0) {
            throw new IllegalArgumentException("no failures among " + stop.length
                    + " rows; a Weibull cannot be fitted to censored data alone");
        }
        final int failures = d;
        final double logTimes = sumLogT;
        UnivariatePointValuePair best = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(1_000),
                new UnivariateObjectiveFunction(logK -> profile(Math.exp(logK), start, stop, failures, logTimes)),
                GoalType.MAXIMIZE, new SearchInterval(MIN_LOG_SHAPE, MAX_LOG_SHAPE));
        double k = Math.exp(best.getPoint());
        if (best.getPoint() <= MIN_LOG_SHAPE + 1e-6 || best.getPoint() >= MAX_LOG_SHAPE - 1e-6) {
            throw new IllegalStateException("Weibull shape estimate " + k + " is at the search bound [0.01, 100]; "
                    + "the data do not identify a Weibull (check time units and events)");
        }
        double scale = Math.pow(exposure(k, start, stop) / failures, 1.0 / k);
        double[][] info = information(Math.log(k), Math.log(scale), start, stop, event);
        double det = info[0][0] * info[1][1] - info[0][1] * info[1][0];
        double varLogK = info[1][1] / det;
        double varLogL = info[0][0] / det;
        return new Result(new WeibullBaseline(k, scale), k * Math.sqrt(varLogK), scale * Math.sqrt(varLogL),
                best.getValue());
    }

    private static double exposure(double k, double[] start, double[] stop) {
        double a = 0.0;
        for (int r = 0; r < stop.length; r++) {
            a += Math.pow(stop[r], k) - (start[r] > 0.0 ? Math.pow(start[r], k) : 0.0);
        }
        return a;
    }

    private static double profile(double k, double[] start, double[] stop, int d, double sumLogT) {
        double theta = exposure(k, start, stop) / d;
        return d * Math.log(k) - d * Math.log(theta) + (k - 1.0) * sumLogT - d;
    }

    static double logLikelihood(double logK, double logScale, double[] start, double[] stop, int[] event) {
        double k = Math.exp(logK);
        double sum = 0.0;
        for (int r = 0; r < stop.length; r++) {
            double z = Math.pow(stop[r] / Math.exp(logScale), k);
            double z0 = start[r] > 0.0 ? Math.pow(start[r] / Math.exp(logScale), k) : 0.0;
            if (event[r] == 1) {
                sum += logK - logScale + (k - 1.0) * (Math.log(stop[r]) - logScale);
            }
            sum -= z - z0;
        }
        return sum;
    }

    private static double[][] information(double a, double b, double[] start, double[] stop, int[] event) {
        double h = 1e-4;
        double f = logLikelihood(a, b, start, stop, event);
        double faa = (logLikelihood(a + h, b, start, stop, event) - 2 * f + logLikelihood(a - h, b, start, stop, event))
                / (h * h);
        double fbb = (logLikelihood(a, b + h, start, stop, event) - 2 * f + logLikelihood(a, b - h, start, stop, event))
                / (h * h);
        double fab = (logLikelihood(a + h, b + h, start, stop, event) - logLikelihood(a + h, b - h, start, stop, event)
                - logLikelihood(a - h, b + h, start, stop, event) + logLikelihood(a - h, b - h, start, stop, event))
                / (4 * h * h);
        return new double[][] {{-faa, -fab}, {-fab, -fbb}};
    }
}
