package dev.parley.engine.montecarlo;

import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * Partial rank correlation coefficients (PRCC; Marino, Hogue, Ray and Kirschner, "A methodology for performing global
 * uncertainty and sensitivity analysis in systems biology", J. Theor. Biol. 254, 2008): the ranks of every input
 * and of the output (ties averaged), then for input j the Pearson correlation of the residuals of rank(x_j) and of
 * rank(y), each regressed (ordinary least squares with intercept, Hipparchus) on the ranks of the other inputs.
 *
 * <p>The residual route is used rather than inverting the rank correlation matrix because it stays defined when the
 * output is an exact monotone function of one input (that matrix is then singular). A coefficient is NaN when
 * either residual has no variance (a constant input, or an output fully explained by the other inputs).
 */
public final class PartialRankCorrelation {

    private PartialRankCorrelation() {
    }

    /**
     * @param inputs  n × k sampled inputs (row = draw)
     * @param output  n outputs; NaN outputs (e.g. no deal in that draw) drop their rows
     * @return PRCC of each input with the output, in [−1, 1]
     */
    public static double[] of(double[][] inputs, double[] output) {
        int n0 = output.length;
        if (inputs.length != n0) {
            throw new IllegalArgumentException(inputs.length + " input rows for " + n0 + " outputs; give one row per"
                    + " draw");
        }
        int kept = 0;
        for (double y : output) {
            if (!Double.isNaN(y)) {
                kept++;
            }
        }
        int k = n0 == 0 ? 0 : inputs[0].length;
        if (kept < k + 3) {
            throw new IllegalArgumentException(kept + " usable draws for " + k + " inputs; PRCC needs at least k + 3"
                    + " (run more draws)");
        }
        double[][] x = new double[k][kept];
        double[] y = new double[kept];
        for (int i = 0, r = 0; i < n0; i++) {
            if (!Double.isNaN(output[i])) {
                for (int j = 0; j < k; j++) {
                    x[j][r] = inputs[i][j];
                }
                y[r++] = output[i];
            }
        }
        NaturalRanking ranking = new NaturalRanking(TiesStrategy.AVERAGE);
        double[][] rx = new double[k][];
        for (int j = 0; j < k; j++) {
            rx[j] = ranking.rank(x[j]);
        }
        double[] ry = ranking.rank(y);
        double[] prcc = new double[k];
        for (int j = 0; j < k; j++) {
            double[][] others = new double[kept][k - 1];
            for (int r = 0; r < kept; r++) {
                for (int m = 0, c = 0; m < k; m++) {
                    if (m != j) {
                        others[r][c++] = rx[m][r];
                    }
                }
            }
            prcc[j] = correlation(residuals(rx[j], others), residuals(ry, others));
        }
        return prcc;
    }

    private static double[] residuals(double[] target, double[][] regressors) {
        if (regressors.length == 0 || regressors[0].length == 0) {
            double mean = 0;
            for (double v : target) {
                mean += v;
            }
            mean /= target.length;
            double[] r = new double[target.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = target[i] - mean;
            }
            return r;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(target, regressors);
        return ols.estimateResiduals();
    }

    private static double correlation(double[] a, double[] b) {
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            va += a[i] * a[i];
            vb += b[i] * b[i];
        }
        // residual sums of squares below 1e-20 of n³ (the scale of squared ranks) are rounding noise: no variance
        double scale = 1e-20 * Math.pow(a.length, 3);
        if (va <= scale || vb <= scale) {
            return Double.NaN;
        }
        return new PearsonsCorrelation().correlation(a, b);
    }
}
