package dev.parley.engine.negotiate;

/**
 * One decider's outcomes sorted by its own utility, ascending, in primitive arrays: the outcomes reaching a
 * target are a suffix found by binary search, so choosing an offer costs O(log n + candidates), never a scan of
 * the space. Ties in utility keep ascending outcome index (stable), so the order is deterministic; −0.0 ties with
 * 0.0, as {@code <} and {@code >} compare them.
 *
 * <p>The sort is linear in the usual case, which matters because a Monte Carlo run builds a fresh index for each
 * party of each draw's talks: a stable bucket sort into n equal-width utility buckets between the lowest and the
 * highest utility (the bucket of a utility never decreases as it grows, as IEEE subtraction, multiplication and
 * truncation are monotone), then each bucket sorted on its own — by insertion when it is small, else by a stable
 * least-significant-digit radix sort of order-preserving 64-bit keys, which also sorts the whole when the range is
 * not finite. Each step is stable and starts from ascending outcome index, so the order is the one a stable
 * comparison sort gives.
 */
final class UtilityIndex {
    /** Buckets up to this size are sorted by insertion (a few comparisons each); larger ones by radix. */
    private static final int INSERTION_LIMIT = 48;
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int DIGITS = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;

    private final int[] order;
    private final double[] sorted;

    UtilityIndex(double[] utilities) {
        this(utilities, null);
    }

    /**
     * @param utilities the decider's utility of each outcome; NaN is refused
     * @param excluded  outcomes to leave out (null: none)
     */
    UtilityIndex(double[] utilities, boolean[] excluded) {
        int n = 0;
        for (int x = 0; x < utilities.length; x++) {
            n += excluded != null && excluded[x] ? 0 : 1;
        }
        int[] outcomes = new int[n];
        int fill = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < utilities.length; x++) {
            if (excluded == null || !excluded[x]) {
                double u = utilities[x];
                if (Double.isNaN(u)) {
                    throw new IllegalArgumentException("the utility of outcome " + x + " is NaN; utilities must be"
                            + " numbers (check the weights and values that produced it)");
                }
                min = Math.min(min, u);
                max = Math.max(max, u);
                outcomes[fill++] = x;
            }
        }
        order = sort(outcomes, utilities, min, max);
        sorted = new double[n];
        for (int r = 0; r < n; r++) {
            sorted[r] = utilities[order[r]];
        }
    }

    /** The outcomes (ascending) sorted stably by utility, all of whose utilities lie in [min, max]. */
    private static int[] sort(int[] outcomes, double[] u, double min, double max) {
        int n = outcomes.length;
        double span = max - min;
        if (n < 2 || span == 0.0) {
            return outcomes; // all tie: index order is the order
        }
        double scale = n / span;
        if (!Double.isFinite(scale) || !Double.isFinite(span)) {
            radixSort(outcomes, 0, n, u);
            return outcomes;
        }
        int[] start = new int[n + 1];
        for (int x : outcomes) {
            start[bucket(u[x], min, scale, n) + 1]++;
        }
        for (int b = 0; b < n; b++) {
            start[b + 1] += start[b];
        }
        int[] next = java.util.Arrays.copyOf(start, n);
        int[] out = new int[n];
        for (int x : outcomes) {
            out[next[bucket(u[x], min, scale, n)]++] = x;
        }
        for (int b = 0; b < n; b++) {
            int from = start[b];
            int to = start[b + 1];
            if (to - from <= INSERTION_LIMIT) {
                insertionSort(out, from, to, u);
            } else {
                radixSort(out, from, to, u);
            }
        }
        return out;
    }

    private static int bucket(double u, double min, double scale, int n) {
        int b = (int) ((u - min) * scale);
        return b < n ? b : n - 1;
    }

    private static void insertionSort(int[] a, int from, int to, double[] u) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            double uv = u[v];
            int j = i - 1;
            while (j >= from && u[a[j]] > uv) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /**
     * A key whose unsigned order is the numeric order of the utility: positive doubles get the sign bit set, negative
     * ones all bits flipped (their magnitude order reverses). −0.0 is taken as 0.0 first so the two tie.
     */
    static long sortKey(double u) {
        long bits = Double.doubleToRawLongBits(u == 0.0 ? 0.0 : u);
        return bits < 0 ? ~bits : bits | Long.MIN_VALUE;
    }

    /**
     * Stable LSD radix sort of {@code a[from, to)} by the utilities' keys (11-bit digits; a digit on which every key
     * agrees is skipped).
     */
    private static void radixSort(int[] a, int from, int to, double[] u) {
        int n = to - from;
        long[] keys = new long[n];
        int[] outcomes = new int[n];
        int[][] counts = new int[DIGITS][BUCKETS];
        for (int r = 0; r < n; r++) {
            outcomes[r] = a[from + r];
            long key = sortKey(u[outcomes[r]]);
            keys[r] = key;
            for (int d = 0; d < DIGITS; d++) {
                counts[d][(int) (key >>> (d * DIGIT_BITS)) & (BUCKETS - 1)]++;
            }
        }
        long[] keyBuffer = new long[n];
        int[] outcomeBuffer = new int[n];
        for (int d = 0; d < DIGITS; d++) {
            int[] count = counts[d];
            int shift = d * DIGIT_BITS;
            if (count[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every key has this digit: the pass would not move anything
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = start;
                start += c;
            }
            for (int r = 0; r < n; r++) {
                long key = keys[r];
                int at = count[(int) (key >>> shift) & (BUCKETS - 1)]++;
                keyBuffer[at] = key;
                outcomeBuffer[at] = outcomes[r];
            }
            long[] k = keys;
            keys = keyBuffer;
            keyBuffer = k;
            int[] o = outcomes;
            outcomes = outcomeBuffer;
            outcomeBuffer = o;
        }
        System.arraycopy(outcomes, 0, a, from, n);
    }

    int size() {
        return order.length;
    }

    /** The outcome at rank r (0 = worst for this decider). */
    int outcome(int rank) {
        return order[rank];
    }

    /** The utility at rank r. */
    double utility(int rank) {
        return sorted[rank];
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    double min() {
        return sorted[0];
    }

    /** The first rank whose utility is {@code >= value}, or {@code size()} when none is. */
    int lowerBound(double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
