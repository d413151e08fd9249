package dev.parley.engine.montecarlo;

/**
 * Count, mean, sum of squared deviations, minimum and maximum of a sample: Welford's one-pass update (Welford,
 * Technometrics 1962) and the pairwise merge of Chan, Golub and LeVeque (1979), so that shards summarised anywhere
 * combine into the summary of the whole. NaN values are skipped and counted apart.
 */
public record MomentSummary(long n, double mean, double m2, double min, double max, long missing) {

    public static final MomentSummary EMPTY = new MomentSummary(0, 0, 0, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 0);

    public static MomentSummary of(double[] values) {
        MomentSummary s = EMPTY;
        for (double v : values) {
            s = s.add(v);
        }
        return s;
    }

    public MomentSummary add(double x) {
        if (Double.isNaN(x)) {
            return new MomentSummary(n, mean, m2, min, max, missing + 1);
        }
        long n1 = n + 1;
        double delta = x - mean;
        double mean1 = mean + delta / n1;
        return new MomentSummary(n1, mean1, m2 + delta * (x - mean1), Math.min(min, x), Math.max(max, x), missing);
    }

    public MomentSummary merge(MomentSummary o) {
        if (o.n == 0) {
            return new MomentSummary(n, mean, m2, min, max, missing + o.missing);
        }
        if (n == 0) {
            return new MomentSummary(o.n, o.mean, o.m2, o.min, o.max, missing + o.missing);
        }
        long total = n + o.n;
        double delta = o.mean - mean;
        double mean1 = mean + delta * o.n / total;
        double m21 = m2 + o.m2 + delta * delta * ((double) n * o.n / total);
        return new MomentSummary(total, mean1, m21, Math.min(min, o.min), Math.max(max, o.max), missing + o.missing);
    }

    /** The unbiased sample variance, NaN below two values. */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    /** The standard error of the mean. */
    public double standardError() {
        return Math.sqrt(variance() / n);
    }
}
