package dev.parley.engine.durability;

/**
 * A Kaplan–Meier survival curve: at each distinct failure time t_j, the number at risk n_j, failures d_j,
 * {@code S(t_j) = Π_{i≤j} (1 − d_i/n_i)} and Greenwood's standard error
 * {@code S(t_j)·sqrt(Σ_{i≤j} d_i/(n_i(n_i − d_i)))}.
 *
 * @param times         distinct failure times, increasing
 * @param atRisk        n_j
 * @param events        d_j
 * @param survival      S(t_j)
 * @param standardError Greenwood standard error of S(t_j) (NaN once S reaches 0)
 */
public record KaplanMeierCurve(double[] times, int[] atRisk, int[] events, double[] survival, double[] standardError) {

    /** S(t): the step function, 1 before the first failure time. */
    public double survivalAt(double t) {
        int j = lastIndexAtOrBefore(t);
        return j < 0 ? 1.0 : survival[j];
    }

    /** Greenwood standard error at t (0 before the first failure time). */
    public double standardErrorAt(double t) {
        int j = lastIndexAtOrBefore(t);
        return j < 0 ? 0.0 : standardError[j];
    }

    /**
     * The pointwise 95 % interval at t on the log(−log S) scale (the usual default of Stata and lifelines),
     * {@code S^{exp(±1.96·se/(S·ln S))}}; [1, 1] before the first failure.
     */
    public double[] logLogInterval(double t) {
        double s = survivalAt(t);
        if (s >= 1.0) {
            return new double[] {1.0, 1.0};
        }
        if (s <= 0.0) {
            return new double[] {0.0, 0.0};
        }
        double se = standardErrorAt(t);
        double spread = 1.959963984540054 * se / (s * Math.abs(Math.log(s)));
        return new double[] {Math.pow(s, Math.exp(spread)), Math.pow(s, Math.exp(-spread))};
    }

    /** The median: the first failure time with S ≤ 0.5, or NaN when the curve stays above 0.5. */
    public double median() {
        for (int j = 0; j < times.length; j++) {
            if (survival[j] <= 0.5) {
                return times[j];
            }
        }
        return Double.NaN;
    }

    private int lastIndexAtOrBefore(double t) {
        int lo = 0;
        int hi = times.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
