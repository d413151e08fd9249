package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.parley.model.Distribution;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    private static final int N = 2000;

    /** y = a·x1 + small noise, x2 independent: PRCC(x1) ≈ sign(a), PRCC(x2) ≈ 0 (|r| < 4.5/√n). */
    @Test
    void linearOutputOfOneInput() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = new double[N][2];
        double[] up = new double[N];
        double[] down = new double[N];
        for (int i = 0; i < N; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextDouble();
            double noise = 0.01 * rng.nextGaussian();
            up[i] = 3 * x[i][0] + noise;
            down[i] = -3 * x[i][0] + noise;
        }
        double[] p = PartialRankCorrelation.of(x, up);
        assertThat(p[0]).isGreaterThan(0.99);
        assertThat(Math.abs(p[1])).isLessThan(4.5 / Math.sqrt(N));
        assertThat(PartialRankCorrelation.of(x, down)[0]).isLessThan(-0.99);
    }

    /** A monotone output of one input has PRCC exactly 1, whatever the transform (ranks only). */
    @Test
    void monotoneTransformIsPerfectlyRankCorrelated() {
        SplittableRandom rng = new SplittableRandom(4);
        double[][] x = new double[200][2];
        double[] y = new double[200];
        for (int i = 0; i < 200; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextDouble();
            y[i] = Math.exp(8 * x[i][0]) + 0.001 * x[i][1];
        }
        assertThat(PartialRankCorrelation.of(x, y)[0]).isGreaterThan(0.999);
    }

    /**
     * With two inputs, PRCC is the first-order partial correlation of Spearman coefficients:
     * r_{y1·2} = (r_y1 − r_y2 r_12) / √((1 − r_y2²)(1 − r_12²)) (Yule's formula), here with correlated inputs and
     * a non-linear output. Exact up to rounding, since both are the same partial correlation of the ranks.
     */
    @Test
    void twoInputsMatchYulesPartialCorrelationFormula() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 300;
        double[][] x = new double[n][2];
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rng.nextDouble();
            x2[i] = 0.6 * x1[i] + 0.4 * rng.nextDouble();
            y[i] = Math.sqrt(x1[i]) - x2[i] * x2[i] + 0.3 * rng.nextGaussian();
            x[i][0] = x1[i];
            x[i][1] = x2[i];
        }
        SpearmansCorrelation s = new SpearmansCorrelation();
        double ry1 = s.correlation(y, x1);
        double ry2 = s.correlation(y, x2);
        double r12 = s.correlation(x1, x2);
        double expected1 = (ry1 - ry2 * r12) / Math.sqrt((1 - ry2 * ry2) * (1 - r12 * r12));
        double expected2 = (ry2 - ry1 * r12) / Math.sqrt((1 - ry1 * ry1) * (1 - r12 * r12));
        double[] p = PartialRankCorrelation.of(x, y);
        assertThat(p[0]).isCloseTo(expected1, offset(1e-10));
        assertThat(p[1]).isCloseTo(expected2, offset(1e-10));
    }

    /**
     * With k inputs, PRCC_j is the partial correlation of rank(x_j) and rank(y) given the other ranks, which is
     * −P_jy / √(P_jj·P_yy) for P the inverse of the (k + 1) × (k + 1) Spearman correlation matrix of inputs and
     * output (the precision-matrix identity; e.g. Marino et al. 2008, §2.5.3). Six correlated inputs, one constant
     * input (NaN, the others unaffected) and a noisy non-linear output.
     */
    @Test
    void manyInputsMatchThePrecisionMatrixOfTheSpearmanCorrelations() {
        SplittableRandom rng = new SplittableRandom(6);
        int n = 500;
        int k = 6;
        double[][] x = new double[n][k + 1];
        double[][] columns = new double[k + 1][n];
        for (int i = 0; i < n; i++) {
            double common = rng.nextDouble();
            for (int j = 0; j < k; j++) {
                x[i][j] = 0.3 * common + rng.nextDouble();
                columns[j][i] = x[i][j];
            }
            x[i][k] = 7.0; // constant
            columns[k][i] = Math.exp(x[i][0]) - 2 * x[i][1] * x[i][1] + 0.5 * x[i][2] - 0.1 * x[i][4]
                    + 0.4 * rng.nextGaussian();
        }
        double[][] spearman = new double[k + 1][k + 1];
        SpearmansCorrelation s = new SpearmansCorrelation();
        for (int a = 0; a <= k; a++) {
            for (int b = 0; b <= k; b++) {
                spearman[a][b] = s.correlation(columns[a], columns[b]); // index k is the output here
            }
        }
        var precision = org.hipparchus.linear.MatrixUtils.inverse(
                org.hipparchus.linear.MatrixUtils.createRealMatrix(spearman));
        double[] p = PartialRankCorrelation.of(x, columns[k]);
        for (int j = 0; j < k; j++) {
            double expected = -precision.getEntry(j, k)
                    / Math.sqrt(precision.getEntry(j, j) * precision.getEntry(k, k));
            assertThat(p[j]).as("input " + j).isCloseTo(expected, offset(1e-10));
        }
        assertThat(p[k]).isNaN();
        assertThat(p[1]).isLessThan(-0.5);
    }

    /** Two inputs with the same ranks leave neither's partial correlation defined: refused, not a wrong number. */
    @Test
    void collinearRanksAreRefused() {
        double[][] x = new double[20][2];
        double[] y = new double[20];
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 20; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = 3 * x[i][0] + 1;
            y[i] = rng.nextDouble();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartialRankCorrelation.of(x, y))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collinear");
    }

    /**
     * Hand-worked (n = 5, one input, so PRCC = Spearman): x = 1..5, y = 2, 1, 4, 3, 5: Σd² = 1+1+1+1+0 = 4,
     * ρ = 1 − 6·4/(5·24) = 0.8.
     */
    @Test
    void oneInputIsSpearmansRho() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}};
        double[] y = {2, 1, 4, 3, 5};
        assertThat(PartialRankCorrelation.of(x, y)[0]).isCloseTo(0.8, offset(1e-12));
    }

    /** f = 2·a − 5·b + c: swings are coefficient × (q95 − q05) of each law, widest first. */
    @Test
    void oneAtATimeSwingsOfALinearOutput() {
        List<UncertainParameter> params = List.of(
                new UncertainParameter("a", 0, new Distribution.Uniform(0, 1)),
                new UncertainParameter("b", 1, new Distribution.Uniform(10, 12)),
                new UncertainParameter("c", 2, new Distribution.Normal(0, 1, Double.NEGATIVE_INFINITY,
                        Double.POSITIVE_INFINITY)));
        double[] central = {0.5, 11, 0};
        List<OneAtATimeSwings.Swing> swings = OneAtATimeSwings.of(central, params,
                v -> 2 * v[0] - 5 * v[1] + v[2]);
        // b: −5 × (11.9 − 10.1) = −9; c: 2 × 1.6448536 = 3.2897; a: 2 × 0.9 = 1.8
        assertThat(swings).extracting(OneAtATimeSwings.Swing::path).containsExactly("b", "c", "a");
        assertThat(swings.get(0).outputAtLow()).isCloseTo(2 * 0.5 - 5 * 10.1, offset(1e-9));
        assertThat(swings.get(0).outputAtHigh()).isCloseTo(2 * 0.5 - 5 * 11.9, offset(1e-9));
        assertThat(swings.get(1).width()).isCloseTo(2 * 1.6448536269514722, offset(1e-8));
        assertThat(swings.get(2).width()).isCloseTo(1.8, offset(1e-12));
        assertThat(swings.get(2).lowValue()).isCloseTo(0.05, offset(1e-12));
    }

    @Test
    void swingsWithAnUndefinedOutputComeLast() {
        List<UncertainParameter> params = List.of(
                new UncertainParameter("a", 0, new Distribution.Uniform(0, 1)),
                new UncertainParameter("b", 1, new Distribution.Uniform(0, 1)));
        List<OneAtATimeSwings.Swing> swings = OneAtATimeSwings.of(new double[] {0.5, 0.5}, params,
                v -> v[0] > 0.9 ? Double.NaN : v[1]);
        assertThat(swings).extracting(OneAtATimeSwings.Swing::path).containsExactly("b", "a");
        assertThat(swings.get(0).width()).isCloseTo(0.9, offset(1e-12));
    }
}
