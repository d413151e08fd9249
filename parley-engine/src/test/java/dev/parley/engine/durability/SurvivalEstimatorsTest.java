package dev.parley.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier, censored Weibull and Cox against reference values computed outside this code base:
 * <ul>
 *   <li>Freireich et al. (1963, Blood 21:699–716) leukaemia remission data as analysed by Gehan (1965) and Cox
 *       (1972), 6-MP vs placebo, 21 patients each — the
 *       textbook example of Kleinbaum &amp; Klein, "Survival Analysis: A Self-Learning Text" (figures as recalled): KM
 *       of the 6-MP group
 *       (S = 0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448 at 6, 7, 10, 13, 16, 22, 23 weeks; Greenwood SE 0.0764
 *       … 0.1346) and the Cox coefficient of placebo vs 6-MP, 1.509 (SE 0.410) with Breslow ties and 1.572 (SE
 *       0.412) with Efron ties. More digits, and the Weibull fit, were recomputed independently in Python: NumPy for
 *       KM, a separately written partial likelihood maximised with SciPy's bounded scalar minimiser, and
 *       {@code scipy.stats.weibull_min.fit(CensoredData, floc=0)} (SciPy 1.17.1).</li>
 *   <li>A 10-spell counting-process data set with a time-varying covariate and tied failures (below), fitted in
 *       Python with the same independent likelihood (rows at risk iff start &lt; t ≤ stop) and Nelder–Mead.</li>
 *   <li>A 5-spell example computed by hand.</li>
 * </ul>
 */
class SurvivalEstimatorsTest {
    // 6-MP group: weeks of remission, 1 = relapse
    static final double[] MP_TIME = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    static final int[] MP_EVENT = {1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0};
    static final double[] PLACEBO_TIME = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};

    @Test
    void kaplanMeierByHand() {
        // times 1, 2, 2, 3+, 4: S = 4/5 = 0.8 at 1; 0.8·(1 − 2/4) = 0.4 at 2; 0.4·(1 − 1/1) = 0 at 4
        KaplanMeierCurve km = new KaplanMeierEstimator().estimate(new double[] {1, 2, 2, 3, 4},
                new int[] {1, 1, 1, 0, 1});
        assertThat(km.times()).containsExactly(1, 2, 4);
        assertThat(km.atRisk()).containsExactly(5, 4, 1);
        assertThat(km.events()).containsExactly(1, 2, 1);
        assertThat(km.survival()).containsExactly(new double[] {0.8, 0.4, 0.0}, within(1e-15));
        // Greenwood at 2: 0.4·sqrt(1/(5·4) + 2/(4·2)) = 0.4·sqrt(0.3)
        assertThat(km.standardErrorAt(2.5)).isCloseTo(0.4 * Math.sqrt(0.3), within(1e-15));
        assertThat(km.survivalAt(0.5)).isEqualTo(1.0);
        assertThat(km.median()).isEqualTo(2.0);
    }

    @Test
    void kaplanMeierGehanSixMp() {
        KaplanMeierCurve km = new KaplanMeierEstimator().estimate(MP_TIME, MP_EVENT);
        assertThat(km.times()).containsExactly(6, 7, 10, 13, 16, 22, 23);
        assertThat(km.atRisk()).containsExactly(21, 17, 15, 12, 11, 7, 6);
        assertThat(km.survival()).containsExactly(new double[] {0.857143, 0.806723, 0.752941, 0.690196, 0.627451,
            0.537815, 0.448179}, within(5e-7));
        assertThat(km.standardError()).containsExactly(new double[] {0.076360, 0.086935, 0.096350, 0.106815,
            0.114054, 0.128234, 0.134591}, within(5e-7));
        assertThat(km.median()).isEqualTo(23.0);
    }

    @Test
    void kaplanMeierCountingProcessRowsEqualWholeSpells() {
        // splitting a spell into (0, 3] and (3, 6] must not change the estimate
        KaplanMeierCurve whole = new KaplanMeierEstimator().estimate(new double[] {6, 4, 8}, new int[] {1, 1, 0});
        KaplanMeierCurve split = new KaplanMeierEstimator().estimate(new double[] {0, 3, 0, 0},
                new double[] {3, 6, 4, 8}, new int[] {0, 1, 1, 0});
        assertThat(split.survival()).containsExactly(whole.survival());
        assertThat(split.atRisk()).containsExactly(whole.atRisk());
    }

    @Test
    void coxGehanBreslowAndEfron() {
        double[] time = concat(MP_TIME, PLACEBO_TIME);
        int[] event = new int[42];
        double[][] x = new double[42][1];
        for (int i = 0; i < 42; i++) {
            event[i] = i < 21 ? MP_EVENT[i] : 1;
            x[i][0] = i < 21 ? 0 : 1;
        }
        CoxFit breslow = new CoxProportionalHazardsFit(CoxProportionalHazardsFit.Ties.BRESLOW).fit(time, event, x);
        assertThat(breslow.coefficients()[0]).isCloseTo(1.509191, within(1e-5));
        assertThat(breslow.standardError(0)).isCloseTo(0.409564, within(1e-5));
        assertThat(breslow.logPartialLikelihood()).isCloseTo(-86.379622, within(1e-5));
        assertThat(breslow.nullLogLikelihood()).isCloseTo(-93.985050, within(1e-5));
        CoxFit efron = new CoxProportionalHazardsFit(CoxProportionalHazardsFit.Ties.EFRON).fit(time, event, x);
        assertThat(efron.coefficients()[0]).isCloseTo(1.572125, within(1e-5));
        assertThat(efron.standardError(0)).isCloseTo(0.412397, within(1e-5));
        assertThat(efron.hazardRatio(0)).isCloseTo(4.817, within(5e-4));
        assertThat(efron.logPartialLikelihood()).isCloseTo(-85.008425, within(1e-5));
        assertThat(efron.nullLogLikelihood()).isCloseTo(-93.184270, within(1e-5));
    }

    /** id, start, stop, event, pk (time-varying), cost. */
    static final double[][] TIME_VARYING = {
        {1, 0, 2, 0, 0, 1.2}, {1, 2, 7, 1, 1, 1.2}, {2, 0, 3, 1, 0, 0.4}, {3, 0, 1, 0, 0, 2.0}, {3, 1, 9, 0, 1, 2.0},
        {4, 0, 4, 1, 0, 0.9}, {5, 0, 5, 0, 1, 0.1}, {5, 5, 6, 1, 0, 0.1}, {6, 0, 2, 1, 0, 1.5}, {7, 0, 3, 0, 0, 0.7},
        {7, 3, 8, 1, 1, 0.7}, {8, 0, 4, 1, 1, 0.3}, {9, 0, 7, 1, 0, 1.1}, {10, 0, 10, 0, 0, 0.5},
    };

    @Test
    void coxCountingProcessWithTimeVaryingCovariateAndTies() {
        int n = TIME_VARYING.length;
        double[] start = new double[n];
        double[] stop = new double[n];
        int[] event = new int[n];
        double[][] x = new double[n][2];
        for (int r = 0; r < n; r++) {
            start[r] = TIME_VARYING[r][1];
            stop[r] = TIME_VARYING[r][2];
            event[r] = (int) TIME_VARYING[r][3];
            x[r][0] = TIME_VARYING[r][4];
            x[r][1] = TIME_VARYING[r][5];
        }
        CoxFit breslow = new CoxProportionalHazardsFit(CoxProportionalHazardsFit.Ties.BRESLOW)
                .fit(start, stop, event, x);
        assertThat(breslow.coefficients()).containsExactly(new double[] {-0.590628, -0.492470}, within(2e-5));
        assertThat(breslow.standardError(0)).isCloseTo(0.760000, within(2e-5));
        assertThat(breslow.standardError(1)).isCloseTo(0.768885, within(2e-5));
        assertThat(breslow.logPartialLikelihood()).isCloseTo(-14.062071, within(1e-6));
        assertThat(breslow.nullLogLikelihood()).isCloseTo(-14.767940, within(1e-6));
        CoxFit efron = new CoxProportionalHazardsFit(CoxProportionalHazardsFit.Ties.EFRON).fit(start, stop, event, x);
        assertThat(efron.coefficients()).containsExactly(new double[] {-0.609117, -0.467602}, within(2e-5));
        assertThat(efron.standardError(0)).isCloseTo(0.764879, within(2e-5));
        assertThat(efron.standardError(1)).isCloseTo(0.759429, within(2e-5));
        assertThat(efron.logPartialLikelihood()).isCloseTo(-13.689279, within(1e-6));
        assertThat(efron.nullLogLikelihood()).isCloseTo(-14.411265, within(1e-6));
    }

    /** Splitting spells into (start, stop] pieces with unchanged covariates must not change the Cox fit. */
    @Test
    void coxIsInvariantToSplittingSpellsIntoCountingProcessRows() {
        double[] time = concat(MP_TIME, PLACEBO_TIME);
        int n = time.length;
        double[] start = new double[2 * n];
        double[] stop = new double[2 * n];
        int[] event = new int[2 * n];
        double[][] x = new double[2 * n][1];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            double cut = time[i] * rng.nextDouble(0.1, 0.9);
            int e = i < 21 ? MP_EVENT[i] : 1;
            double z = i < 21 ? 0 : 1;
            start[2 * i] = 0;
            stop[2 * i] = cut;
            event[2 * i] = 0;
            start[2 * i + 1] = cut;
            stop[2 * i + 1] = time[i];
            event[2 * i + 1] = e;
            x[2 * i][0] = z;
            x[2 * i + 1][0] = z;
        }
        for (CoxProportionalHazardsFit.Ties ties : CoxProportionalHazardsFit.Ties.values()) {
            CoxFit split = new CoxProportionalHazardsFit(ties).fit(start, stop, event, x);
            assertThat(split.coefficients()[0]).as("%s", ties)
                    .isCloseTo(ties == CoxProportionalHazardsFit.Ties.EFRON ? 1.572125 : 1.509191, within(1e-5));
        }
    }

    @Test
    void coxWithThreeCovariatesOnSyntheticDataRecoversTheTrueCoefficients() {
        // seeded exponential spells with hazard 0.1·exp(0.5·z0 − 0.7·z1 + 0·z2), censored uniformly on 1..20
        java.util.SplittableRandom rng = new java.util.SplittableRandom(2026);
        int n = 4000;
        double[] time = new double[n];
        int[] event = new int[n];
        double[][] x = new double[n][3];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextInt(2);
            x[i][2] = rng.nextGaussian();
            double rate = 0.1 * Math.exp(0.5 * x[i][0] - 0.7 * x[i][1]);
            double t = -Math.log(rng.nextDouble()) / rate;
            double censor = 1 + rng.nextInt(20);
            time[i] = Math.min(t, censor);
            event[i] = t <= censor ? 1 : 0;
        }
        CoxFit fit = new CoxProportionalHazardsFit(CoxProportionalHazardsFit.Ties.EFRON).fit(time, event, x);
        double[] truth = {0.5, -0.7, 0.0};
        for (int k = 0; k < 3; k++) {
            assertThat(fit.coefficients()[k]).as("beta %d", k).isCloseTo(truth[k], within(4 * fit.standardError(k)));
            assertThat(fit.covariance()[k]).containsExactly(
                    new double[] {fit.covariance()[0][k], fit.covariance()[1][k], fit.covariance()[2][k]});
        }
    }

    @Test
    void coxWithAConstantCovariateSaysWhy() {
        assertThatThrownBy(() -> new CoxProportionalHazardsFit(CoxProportionalHazardsFit.Ties.EFRON)
                .fit(new double[] {1, 2, 3}, new int[] {1, 1, 0}, new double[][] {{1}, {1}, {1}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a covariate is constant among the rows at risk");
    }

    @Test
    void weibullFitGehanSixMp() {
        CensoredWeibullFit.Result fit = new CensoredWeibullFit().fit(MP_TIME, MP_EVENT);
        assertThat(fit.baseline().shape()).isCloseTo(1.353731, within(1e-5));
        assertThat(fit.baseline().scale()).isCloseTo(33.765182, within(1e-4));
        assertThat(fit.shapeSe()).isPositive();
        double[] all = concat(MP_TIME, PLACEBO_TIME);
        int[] events = new int[42];
        for (int i = 0; i < 42; i++) {
            events[i] = i < 21 ? MP_EVENT[i] : 1;
        }
        CensoredWeibullFit.Result pooled = new CensoredWeibullFit().fit(all, events);
        assertThat(pooled.baseline().shape()).isCloseTo(1.140818, within(1e-5));
        assertThat(pooled.baseline().scale()).isCloseTo(17.903996, within(1e-4));
    }

    /**
     * Weibull PH regression on the Gehan data, placebo vs 6-MP. Reference: weibull_regression_reference.py (own
     * likelihood, SciPy BFGS + Nelder–Mead, finite-difference Hessian); in accelerated-failure-time form it gives
     * intercept 3.5157, treatment −1.2673, scale 0.7322, the survreg fit of these data printed in Venables &amp;
     * Ripley's MASS (3.516, −1.267, 0.732).
     */
    @Test
    void weibullRegressionGehan() {
        double[] time = concat(MP_TIME, PLACEBO_TIME);
        int[] event = new int[42];
        double[][] x = new double[42][1];
        for (int i = 0; i < 42; i++) {
            event[i] = i < 21 ? MP_EVENT[i] : 1;
            x[i][0] = i < 21 ? 0 : 1;
        }
        CensoredWeibullRegression.Result fit = new CensoredWeibullRegression().fit(time, event, x);
        assertThat(fit.baseline().shape()).isCloseTo(1.365757, within(2e-6));
        assertThat(fit.baseline().scale()).isCloseTo(33.639028, within(5e-5));
        assertThat(fit.coefficients()[0]).isCloseTo(1.730872, within(2e-6));
        assertThat(fit.standardErrors()[0]).isCloseTo(0.413082, within(2e-5));
        assertThat(fit.shapeSe()).isCloseTo(0.201165, within(2e-5));
        assertThat(fit.logLikelihood()).isCloseTo(-106.579492, within(1e-6));
        // splitting every spell into two counting-process rows changes nothing
        double[] start = new double[84];
        double[] stop = new double[84];
        int[] ev = new int[84];
        double[][] xs = new double[84][1];
        for (int i = 0; i < 42; i++) {
            start[2 * i + 1] = stop[2 * i] = time[i] / 3;
            stop[2 * i + 1] = time[i];
            ev[2 * i + 1] = event[i];
            xs[2 * i][0] = xs[2 * i + 1][0] = x[i][0];
        }
        CensoredWeibullRegression.Result split = new CensoredWeibullRegression().fit(start, stop, ev, xs);
        assertThat(split.coefficients()[0]).isCloseTo(fit.coefficients()[0], within(1e-9));
        assertThat(split.baseline().shape()).isCloseTo(fit.baseline().shape(), within(1e-9));
    }

    @Test
    void weibullRegressionWithoutCovariatesEqualsTheProfileFit() {
        CensoredWeibullRegression.Result fit = new CensoredWeibullRegression().fit(MP_TIME, MP_EVENT,
                new double[21][0]);
        assertThat(fit.baseline().shape()).isCloseTo(1.353731, within(1e-5));
        assertThat(fit.baseline().scale()).isCloseTo(33.765182, within(1e-4));
        CensoredWeibullFit.Result profile = new CensoredWeibullFit().fit(MP_TIME, MP_EVENT);
        assertThat(fit.logLikelihood()).isCloseTo(profile.logLikelihood(), within(1e-8));
        assertThat(fit.shapeSe()).isCloseTo(profile.shapeSe(), within(1e-4));
    }

    /** With shape fixed at 1 the Weibull is exponential: λ̂ = total time / failures, so the fit must beat it. */
    @Test
    void weibullFitIsAtLeastAsGoodAsTheExponentialMle() {
        CensoredWeibullFit.Result fit = new CensoredWeibullFit().fit(MP_TIME, MP_EVENT);
        double total = 0;
        for (double t : MP_TIME) {
            total += t;
        }
        double exponentialScale = total / 9.0;
        double exponential = CensoredWeibullFit.logLikelihood(0.0, Math.log(exponentialScale), new double[21],
                MP_TIME, MP_EVENT);
        assertThat(fit.logLikelihood()).isGreaterThan(exponential);
        assertThat(CensoredWeibullFit.logLikelihood(Math.log(fit.baseline().shape()), Math.log(fit.baseline().scale()),
                new double[21], MP_TIME, MP_EVENT)).isCloseTo(fit.logLikelihood(), within(1e-9));
    }

    @Test
    void badRowsAreRejectedWithTheRowAndValues() {
        assertThatThrownBy(() -> new KaplanMeierEstimator().estimate(new double[] {2, 1}, new double[] {1, 3},
                new int[] {1, 0})).hasMessageContaining("row 0: (start, stop] = (2.0, 1.0]");
        assertThatThrownBy(() -> new CensoredWeibullFit().fit(new double[] {1, 2}, new int[] {0, 0}))
                .hasMessageContaining("no failures");
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
