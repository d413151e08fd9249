package dev.parley.engine.durability;

/**
 * The Kaplan–Meier product-limit estimator with Greenwood standard errors. Rows are {@code (start, stop]} so
 * counting-process and left-truncated data work: a row is at risk at t iff {@code start < t ≤ stop}. For one row
 * per spell pass start = 0 (or use {@link #estimate(double[], int[])}).
 */
public final class KaplanMeierEstimator {

    /** One row per spell starting at 0. */
    public KaplanMeierCurve estimate(double[] time, int[] event) {
        return estimate(new double[time.length], time, event);
    }

    /** Counting-process rows, O(rows·log rows). */
    public KaplanMeierCurve estimate(double[] start, double[] stop, int[] event) {
        SurvivalRows.check(start, stop, event);
        double[] times = SurvivalRows.eventTimes(stop, event);
        int m = times.length;
        int[] atRisk = new int[m];
        int[] deaths = new int[m];
        int[] change = new int[m + 1];
        for (int r = 0; r < stop.length; r++) {
            // a row is at risk at t_j for start < t_j <= stop: +1 from its first such j, −1 after its last
            change[upperBound(times, start[r])]++;
            change[upperBound(times, stop[r])]--;
            if (event[r] == 1) {
                deaths[java.util.Arrays.binarySearch(times, stop[r])]++;
            }
        }
        int running = 0;
        for (int j = 0; j < m; j++) {
            running += change[j];
            atRisk[j] = running;
        }
        double[] survival = new double[m];
        double[] se = new double[m];
        double s = 1.0;
        double greenwood = 0.0;
        for (int j = 0; j < m; j++) {
            s *= 1.0 - (double) deaths[j] / atRisk[j];
            greenwood += atRisk[j] > deaths[j]
                    ? (double) deaths[j] / ((double) atRisk[j] * (atRisk[j] - deaths[j])) : Double.NaN;
            survival[j] = s;
            se[j] = s * Math.sqrt(greenwood);
        }
        return new KaplanMeierCurve(times, atRisk, deaths, survival, se);
    }

    /** First index with value > x. */
    private static int upperBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
