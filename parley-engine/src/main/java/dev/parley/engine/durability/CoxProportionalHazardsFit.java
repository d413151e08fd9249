package dev.parley.engine.durability;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;

/**
 * Cox proportional hazards by Newton–Raphson on the partial likelihood, with Breslow's or Efron's handling of tied
 * failure times, on counting-process rows {@code (start, stop]} (a row is at risk at t iff start &lt; t ≤ stop), so
 * time-varying covariates are split into several rows of one spell. With d tied failures D at t and risk set R:
 * <pre>
 *   Breslow: log L += Σ_{i∈D} x_iβ − d·log Σ_{R} e^{xβ}
 *   Efron:   log L += Σ_{i∈D} x_iβ − Σ_{l=0}^{d−1} log( Σ_{R} e^{xβ} − (l/d)·Σ_{D} e^{xβ} )
 * </pre>
 * (both written out in the H2O documentation on ties, cited in reference/conflict-models.md §1.6). Steps are halved
 * while the log-likelihood falls; convergence when the relative change of log L is below 1e-10 (as R's coxph uses
 * 1e-9).
 */
public final class CoxProportionalHazardsFit {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-10;

    /** How tied failure times are handled. */
    public enum Ties { BRESLOW, EFRON }

    private final Ties ties;

    public CoxProportionalHazardsFit(Ties ties) {
        this.ties = ties;
    }

    /** One row per spell starting at 0; {@code x[r][k]} = covariate k of row r. */
    public CoxFit fit(double[] time, int[] event, double[][] x) {
        return fit(new double[time.length], time, event, x);
    }

    /** Counting-process rows. */
    public CoxFit fit(double[] start, double[] stop, int[] event, double[][] x) {
        SurvivalRows.check(start, stop, event);
        if (x.length != stop.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but there are " + stop.length
                    + " survival rows");
        }
        int p = x.length == 0 ? 0 : x[0].length;
        if (p == 0) {
            throw new IllegalArgumentException("no covariates; give at least one column in x");
        }
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != p) {
                throw new IllegalArgumentException("x[" + r + "] has " + x[r].length + " covariates, x[0] has " + p);
            }
        }
        Prepared data = new Prepared(start, stop, event, x);
        double[] beta = new double[p];
        double[] gradient = new double[p];
        double[][] information = new double[p][p];
        double logLik = evaluate(data, beta, gradient, information);
        double nullLogLik = logLik;
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            double[] step = solve(information, gradient);
            double[] candidate = new double[p];
            double[] g = new double[p];
            double[][] info = new double[p][p];
            double scale = 1.0;
            double next = Double.NEGATIVE_INFINITY;
            for (int halving = 0; halving < 30; halving++) {
                for (int k = 0; k < p; k++) {
                    candidate[k] = beta[k] + scale * step[k];
                }
                next = evaluate(data, candidate, g, info);
                if (next >= logLik - 1e-12 * Math.abs(logLik)) {
                    break;
                }
                scale /= 2.0;
            }
            boolean converged = Math.abs(next - logLik) <= TOLERANCE * Math.abs(next);
            beta = candidate;
            gradient = g;
            information = info;
            logLik = next;
            if (converged) {
                break;
            }
        }
        if (iteration == MAX_ITERATIONS) {
            throw new IllegalStateException("Cox fit did not converge in " + MAX_ITERATIONS
                    + " iterations; a covariate may separate failures perfectly (monotone likelihood)");
        }
        double[][] covariance = cholesky(information).getSolver().getInverse().getData();
        for (int k = 0; k < p; k++) {
            for (int j = 0; j < k; j++) {
                double mean = 0.5 * (covariance[k][j] + covariance[j][k]);
                covariance[k][j] = mean;
                covariance[j][k] = mean;
            }
        }
        return new CoxFit(beta, covariance, logLik, nullLogLik, iteration);
    }

    private static double[] solve(double[][] information, double[] gradient) {
        return cholesky(information).getSolver().solve(new ArrayRealVector(gradient)).toArray();
    }

    private static CholeskyDecomposition cholesky(double[][] information) {
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(information));
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("the Cox information matrix is not positive definite ("
                    + e.getMessage() + "); a covariate is constant among the rows at risk or covariates are "
                    + "collinear — drop or combine them", e);
        }
    }

    /** Row orders and centred covariates shared by every likelihood evaluation of one fit. */
    private static final class Prepared {
        final double[] start;
        final double[] stop;
        final int[] event;
        final double[][] x;
        final int[] byStopDescending;
        final int[] byStartDescending;
        final int[] failuresByStopDescending;

        Prepared(double[] start, double[] stop, int[] event, double[][] x) {
            this.start = start;
            this.stop = stop;
            this.event = event;
            int n = stop.length;
            int p = x[0].length;
            // centring leaves the partial likelihood unchanged and keeps exp(xβ) from overflowing
            double[] mean = new double[p];
            for (double[] row : x) {
                for (int k = 0; k < p; k++) {
                    mean[k] += row[k] / n;
                }
            }
            this.x = new double[n][p];
            for (int r = 0; r < n; r++) {
                for (int k = 0; k < p; k++) {
                    this.x[r][k] = x[r][k] - mean[k];
                }
            }
            this.byStopDescending = order(stop);
            this.byStartDescending = order(start);
            this.failuresByStopDescending = java.util.Arrays.stream(byStopDescending).filter(r -> event[r] == 1)
                    .toArray();
        }

        private static int[] order(double[] keys) {
            return java.util.stream.IntStream.range(0, keys.length).boxed()
                    .sorted((a, b) -> Double.compare(keys[b], keys[a])).mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Log partial likelihood at β; fills its gradient and the observed information (minus the Hessian). One sweep
     * down the failure times keeps the risk-set sums: a row enters when t ≤ stop and leaves when t ≤ start, so each
     * evaluation costs O(rows·p²) after the sorts.
     */
    private double evaluate(Prepared data, double[] beta, double[] gradient, double[][] information) {
        double[][] x = data.x;
        int n = x.length;
        int p = beta.length;
        double[] risk = new double[n];
        double[] eta = new double[n];
        for (int r = 0; r < n; r++) {
            double e = 0.0;
            for (int k = 0; k < p; k++) {
                e += x[r][k] * beta[k];
            }
            eta[r] = e;
            risk[r] = Math.exp(e);
        }
        java.util.Arrays.fill(gradient, 0.0);
        for (double[] row : information) {
            java.util.Arrays.fill(row, 0.0);
        }
        double logLik = 0.0;
        double s0 = 0.0;
        double[] s1 = new double[p];
        double[][] s2 = new double[p][p];
        double[] d1 = new double[p];
        double[][] d2 = new double[p][p];
        double[] a1 = new double[p];
        int entering = 0;
        int leaving = 0;
        int failure = 0;
        int[] failures = data.failuresByStopDescending;
        while (failure < failures.length) {
            double t = data.stop[failures[failure]];
            while (entering < n && data.stop[data.byStopDescending[entering]] >= t) {
                int r = data.byStopDescending[entering++];
                s0 += risk[r];
                accumulate(s1, s2, x[r], risk[r]);
            }
            while (leaving < n && data.start[data.byStartDescending[leaving]] >= t) {
                int r = data.byStartDescending[leaving++];
                s0 -= risk[r];
                accumulate(s1, s2, x[r], -risk[r]);
            }
            double d0 = 0.0;
            int d = 0;
            java.util.Arrays.fill(d1, 0.0);
            for (int k = 0; k < p; k++) {
                java.util.Arrays.fill(d2[k], 0.0);
            }
            while (failure < failures.length && data.stop[failures[failure]] == t) {
                int r = failures[failure++];
                d++;
                d0 += risk[r];
                accumulate(d1, d2, x[r], risk[r]);
                logLik += eta[r];
                for (int k = 0; k < p; k++) {
                    gradient[k] += x[r][k];
                }
            }
            int terms = ties == Ties.EFRON ? d : 1;
            double multiplicity = ties == Ties.EFRON ? 1.0 : d;
            for (int l = 0; l < terms; l++) {
                double f = ties == Ties.EFRON ? (double) l / d : 0.0;
                double a0 = s0 - f * d0;
                for (int k = 0; k < p; k++) {
                    a1[k] = s1[k] - f * d1[k];
                }
                logLik -= multiplicity * Math.log(a0);
                for (int k = 0; k < p; k++) {
                    double mean = a1[k] / a0;
                    gradient[k] -= multiplicity * mean;
                    // lower triangle only, mirrored below: the information must be exactly symmetric
                    for (int j = 0; j <= k; j++) {
                        double a2 = s2[k][j] - f * d2[k][j];
                        information[k][j] += multiplicity * (a2 / a0 - mean * a1[j] / a0);
                    }
                }
            }
        }
        for (int k = 0; k < p; k++) {
            for (int j = 0; j < k; j++) {
                information[j][k] = information[k][j];
            }
        }
        return logLik;
    }

    private static void accumulate(double[] sum1, double[][] sum2, double[] xr, double w) {
        for (int k = 0; k < xr.length; k++) {
            double wx = w * xr[k];
            sum1[k] += wx;
            for (int j = 0; j < xr.length; j++) {
                sum2[k][j] += wx * xr[j];
            }
        }
    }
}
