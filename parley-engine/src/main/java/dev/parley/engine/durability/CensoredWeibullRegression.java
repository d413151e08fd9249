package dev.parley.engine.durability;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;

/**
 * Weibull proportional-hazards regression on right-censored, left-truncated rows {@code (start, stop]}:
 * {@code S(t | x) = exp(−(t/λ)^k · e^{xβ})}. Newton–Raphson with the analytic gradient and Hessian in
 * θ = (a = ln k, c = −k ln λ, β), where the cumulative hazard is {@code e^{c + xβ}·(stop^k − start^k)} and
 * {@code log L = Σ_failures [a + (k−1) ln t + c + xβ] − Σ_rows e^{c + xβ}(stop^k − start^k)}; steps are halved while
 * log L falls. Standard errors from the inverse observed information (delta method for k and λ).
 */
public final class CensoredWeibullRegression {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-11;

    /**
     * The fitted model.
     *
     * @param baseline      the Weibull at x = 0 (shape k, scale λ in the data's time unit)
     * @param coefficients  β (log hazard ratios)
     * @param standardErrors standard errors of β
     * @param shapeSe       standard error of k
     * @param logLikelihood log L at the maximum
     */
    public record Result(WeibullBaseline baseline, double[] coefficients, double[] standardErrors, double shapeSe,
                         double logLikelihood) {

        /** exp(β_k). */
        public double hazardRatio(int k) {
            return Math.exp(coefficients[k]);
        }
    }

    /** One row per spell starting at 0. */
    public Result fit(double[] time, int[] event, double[][] x) {
        return fit(new double[time.length], time, event, x);
    }

    /** Counting-process rows; {@code x[r]} may be empty (no covariates). */
    public Result fit(double[] start, double[] stop, int[] event, double[][] x) {
        SurvivalRows.check(start, stop, event);
        if (x.length != stop.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but there are " + stop.length
                    + " survival rows");
        }
        int p = x[0].length;
        int d = 0;
        double exposure = 0.0;
        for (int r = 0; r < stop.length; r++) {
            if (x[r].length != p) {
                throw new IllegalArgumentException("x[" + r + "] has " + x[r].length + " covariates, x[0] has " + p);
            }
            d += event[r];
            exposure += stop[r] - start[r];
        }
        if (d == 0) {
            throw new IllegalArgumentException("no failures among " + stop.length
                    + " rows; a Weibull cannot be fitted to censored data alone");
        }
        int q = p + 2;
        double[] theta = new double[q];
        theta[1] = Math.log(d / exposure); // the exponential MLE as the start
        double[] gradient = new double[q];
        double[][] hessian = new double[q][q];
        double logLik = evaluate(theta, start, stop, event, x, gradient, hessian);
        int iteration = 0;
        while (true) {
            if (++iteration > MAX_ITERATIONS) {
                throw new IllegalStateException("Weibull regression did not converge in " + MAX_ITERATIONS
                        + " iterations; a covariate may separate failures perfectly");
            }
            double[] step = newtonStep(hessian, gradient);
            double[] candidate = new double[q];
            double[] g = new double[q];
            double[][] h = new double[q][q];
            double next = Double.NEGATIVE_INFINITY;
            double scale = 1.0;
            for (int halving = 0; halving < 40; halving++) {
                for (int k = 0; k < q; k++) {
                    candidate[k] = theta[k] + scale * step[k];
                }
                next = evaluate(candidate, start, stop, event, x, g, h);
                if (next >= logLik - 1e-12 * Math.abs(logLik)) {
                    break;
                }
                scale /= 2.0;
            }
            boolean converged = Math.abs(next - logLik) <= TOLERANCE * Math.abs(next);
            theta = candidate;
            gradient = g;
            hessian = h;
            logLik = next;
            if (converged) {
                break;
            }
        }
        double[][] covariance = invert(hessian);
        double k = Math.exp(theta[0]);
        double lambda = Math.exp(-theta[1] / k);
        double[] beta = new double[p];
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            beta[j] = theta[2 + j];
            se[j] = Math.sqrt(covariance[2 + j][2 + j]);
        }
        return new Result(new WeibullBaseline(k, lambda), beta, se, k * Math.sqrt(covariance[0][0]), logLik);
    }

    /** The Newton step −H⁻¹g; a plain gradient step where H is not negative definite (far from the optimum). */
    private static double[] newtonStep(double[][] hessian, double[] gradient) {
        try {
            double[] step = new LUDecomposition(new Array2DRowRealMatrix(hessian)).getSolver()
                    .solve(new ArrayRealVector(gradient)).mapMultiply(-1.0).toArray();
            double ascent = 0.0;
            for (int k = 0; k < step.length; k++) {
                ascent += step[k] * gradient[k];
            }
            if (ascent > 0.0) {
                return step;
            }
        } catch (MathIllegalArgumentException singular) {
            // fall through to the gradient step
        }
        double norm = 0.0;
        for (double g : gradient) {
            norm += g * g;
        }
        double[] step = gradient.clone();
        double scale = 1.0 / Math.max(1.0, Math.sqrt(norm));
        for (int k = 0; k < step.length; k++) {
            step[k] *= scale;
        }
        return step;
    }

    private static double[][] invert(double[][] hessian) {
        int q = hessian.length;
        double[][] information = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                information[i][j] = -hessian[i][j];
            }
        }
        try {
            return new LUDecomposition(new Array2DRowRealMatrix(information)).getSolver().getInverse().getData();
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("the Weibull information matrix is singular; a covariate is constant "
                    + "or covariates are collinear — drop or combine them", e);
        }
    }

    private static double evaluate(double[] theta, double[] start, double[] stop, int[] event, double[][] x,
                                   double[] gradient, double[][] hessian) {
        int q = theta.length;
        double k = Math.exp(theta[0]);
        java.util.Arrays.fill(gradient, 0.0);
        for (double[] row : hessian) {
            java.util.Arrays.fill(row, 0.0);
        }
        double logLik = 0.0;
        double[] z = new double[q - 1];
        for (int r = 0; r < stop.length; r++) {
            z[0] = 1.0;
            System.arraycopy(x[r], 0, z, 1, q - 2);
            double eta = 0.0;
            for (int j = 0; j < z.length; j++) {
                eta += theta[1 + j] * z[j];
            }
            double e = Math.exp(eta);
            double logT = Math.log(stop[r]);
            double tk = Math.pow(stop[r], k);
            double a = tk;
            double b = k * tk * logT;
            double c = b + k * k * tk * logT * logT;
            if (start[r] > 0.0) {
                double logS = Math.log(start[r]);
                double sk = Math.pow(start[r], k);
                a -= sk;
                b -= k * sk * logS;
                c -= k * sk * logS + k * k * sk * logS * logS;
            }
            if (event[r] == 1) {
                logLik += theta[0] + (k - 1.0) * logT + eta;
                gradient[0] += 1.0 + k * logT;
                hessian[0][0] += k * logT;
                for (int j = 0; j < z.length; j++) {
                    gradient[1 + j] += z[j];
                }
            }
            logLik -= e * a;
            gradient[0] -= e * b;
            hessian[0][0] -= e * c;
            for (int j = 0; j < z.length; j++) {
                gradient[1 + j] -= e * a * z[j];
                hessian[0][1 + j] -= e * b * z[j];
                for (int l = 0; l <= j; l++) {
                    hessian[1 + j][1 + l] -= e * a * z[j] * z[l];
                }
            }
        }
        for (int j = 0; j < q; j++) {
            for (int l = 0; l < j; l++) {
                if (l == 0) {
                    hessian[j][0] = hessian[0][j];
                } else {
                    hessian[l][j] = hessian[j][l];
                }
            }
        }
        return logLik;
    }
}
