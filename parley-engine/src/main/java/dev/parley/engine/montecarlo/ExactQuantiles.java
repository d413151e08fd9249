package dev.parley.engine.montecarlo;

import java.util.Arrays;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Quantiles computed exactly from every kept value. A Monte Carlo run keeps all its draws (N is in the thousands and
 * the draws CSV needs them anyway), so no sketch is needed: a shard's summary is its sorted values and merging is
 * a merge of sorted arrays, which equals sorting the whole — merging loses nothing. The quantile is Hyndman and
 * Fan's definition 7 (linear between order statistics, the default of R and NumPy): for p ∈ [0, 1],
 * h = (n − 1)p, Q = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋). NaN values are dropped and counted.
 */
public final class ExactQuantiles {

    private final double[] sorted;
    private final long missing;

    private ExactQuantiles(double[] sorted, long missing) {
        this.sorted = sorted;
        this.missing = missing;
    }

    public static ExactQuantiles of(double[] values) {
        double[] kept = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(kept);
        return new ExactQuantiles(kept, values.length - kept.length);
    }

    public ExactQuantiles merge(ExactQuantiles other) {
        double[] a = sorted;
        double[] b = other.sorted;
        double[] m = new double[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            m[k++] = Double.compare(a[i], b[j]) <= 0 ? a[i++] : b[j++];
        }
        while (i < a.length) {
            m[k++] = a[i++];
        }
        while (j < b.length) {
            m[k++] = b[j++];
        }
        return new ExactQuantiles(m, missing + other.missing);
    }

    public int count() {
        return sorted.length;
    }

    public long missing() {
        return missing;
    }

    /** The p-quantile (definition 7), NaN when no value is kept. */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile level " + p + " is outside [0, 1]");
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        if (h == lo || sorted[hi] == sorted[lo]) {
            return sorted[lo]; // also keeps +∞ values (a hazard that vanishes) from giving ∞ − ∞
        }
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * A distribution-free confidence interval for the p-quantile from order statistics (e.g. Conover, Practical
     * Nonparametric Statistics, 3rd ed., §3.2): with B ~ Binomial(n, p), [x_(l), x_(u)] (1-based) where l − 1 is the
     * largest k with P(B ≤ k) ≤ α/2 and u − 1 the smallest k with P(B ≤ k) ≥ 1 − α/2; coverage
     * P(l ≤ B ≤ u − 1) ≥ level. An end that would fall outside the sample is infinite (too few values for it).
     */
    public double[] interval(double p, double level) {
        if (!(p > 0 && p < 1) || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("quantile " + p + " and level " + level + " must lie in (0, 1)");
        }
        int n = sorted.length;
        if (n == 0) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        double alpha = 1 - level;
        BinomialDistribution b = new BinomialDistribution(n, p);
        int k = b.inverseCumulativeProbability(alpha / 2);
        int l = (b.cumulativeProbability(k) > alpha / 2 ? k - 1 : k) + 1;
        int u = b.inverseCumulativeProbability(1 - alpha / 2) + 1;
        double lower = l >= 1 ? sorted[l - 1] : Double.NEGATIVE_INFINITY;
        double upper = u <= n ? sorted[u - 1] : Double.POSITIVE_INFINITY;
        return new double[] {lower, upper};
    }

    /**
     * The median with its order-statistic interval on the first N/8, N/4, N/2 and N values (in the given order,
     * NaN values dropped within each prefix): how the interval of a median narrows with N.
     */
    public static java.util.List<ConvergenceStep> medianConvergence(double[] valuesInDrawOrder, double level) {
        java.util.List<ConvergenceStep> steps = new java.util.ArrayList<>();
        for (int m : ProportionConvergence.prefixes(valuesInDrawOrder.length)) {
            ExactQuantiles q = of(Arrays.copyOf(valuesInDrawOrder, m));
            double[] ci = q.interval(0.5, level);
            steps.add(new ConvergenceStep(m, q.median(), ci[0], ci[1]));
        }
        return java.util.List.copyOf(steps);
    }

    public double median() {
        return quantile(0.5);
    }

    /** The sorted kept values (a copy). */
    public double[] sortedValues() {
        return sorted.clone();
    }
}
