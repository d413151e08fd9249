package dev.parley.engine.conflict;

/**
 * The front's distribution month by month from a starting month: entry k is month {@code startMonth + k}.
 * Means include the decided states (f = 0 or 1).
 *
 * @param startMonth  the month of entry 0
 * @param mean        E[f]
 * @param sd          the standard deviation of f
 * @param decidedLow  P(f has reached 0 by then)
 * @param decidedHigh P(f has reached 1 by then)
 */
public record FrontForecast(int startMonth, double[] mean, double[] sd, double[] decidedLow, double[] decidedHigh) {

    /** Number of months forecast (entries − 1). */
    public int months() {
        return mean.length - 1;
    }

    /** P(a decisive outcome by month startMonth + k). */
    public double decided(int k) {
        return decidedLow[k] + decidedHigh[k];
    }

    /** E[f(start + k) − f(start)]. */
    public double expectedChange(int k) {
        return mean[k] - mean[0];
    }
}
