package dev.parley.engine.montecarlo;

import java.util.Arrays;

/**
 * How often each option of each issue is in the agreements reached: counts per issue and option over the draws that
 * agreed, mergeable by adding counts. An option's share is its count over the agreements, with a Wilson interval
 * ({@link ProportionSummary}); the shares of one issue sum to 1 because every agreement settles every issue.
 *
 * @param agreements draws with an agreement
 * @param counts     {@code counts[issue][option]}, issues in the outcome space's order; an issue's row is as long as
 *                   its highest option seen + 1 (labels and unseen options come from the space)
 */
public record AgreedTerms(long agreements, long[][] counts) {

    public static final AgreedTerms EMPTY = new AgreedTerms(0, new long[0][]);

    public AgreedTerms {
        counts = Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }

    /** Adds one agreement's options (one per issue). */
    public AgreedTerms add(int[] options) {
        long[][] c = grow(counts, options.length);
        for (int k = 0; k < options.length; k++) {
            if (c[k].length <= options[k]) {
                c[k] = Arrays.copyOf(c[k], options[k] + 1);
            }
            c[k][options[k]]++;
        }
        return new AgreedTerms(agreements + 1, c);
    }

    public AgreedTerms merge(AgreedTerms other) {
        long[][] c = grow(counts, other.counts.length);
        for (int k = 0; k < other.counts.length; k++) {
            if (c[k].length < other.counts[k].length) {
                c[k] = Arrays.copyOf(c[k], other.counts[k].length);
            }
            for (int o = 0; o < other.counts[k].length; o++) {
                c[k][o] += other.counts[k][o];
            }
        }
        return new AgreedTerms(agreements + other.agreements, c);
    }

    /** The share of agreements with {@code option} on {@code issue}, with its interval (trials = agreements). */
    public ProportionSummary share(int issue, int option) {
        long n = issue < counts.length && option < counts[issue].length ? counts[issue][option] : 0;
        return new ProportionSummary(n, agreements);
    }

    @Override
    public long[][] counts() {
        return Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgreedTerms t && t.agreements == agreements && Arrays.deepEquals(t.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(agreements) + Arrays.deepHashCode(counts);
    }

    private static long[][] grow(long[][] c, int issues) {
        long[][] out = new long[Math.max(c.length, issues)][];
        for (int k = 0; k < out.length; k++) {
            out[k] = k < c.length ? c[k].clone() : new long[0];
        }
        return out;
    }
}
