package dev.parley.engine.negotiate;

/**
 * One decider's outcomes sorted by its own utility, ascending, in primitive arrays: the outcomes reaching a
 * target are a suffix found by binary search, so choosing an offer costs O(log n + candidates), never a scan of
 * the space. Ties in utility keep ascending outcome index (stable), so the order is deterministic; −0.0 ties with
 * 0.0, as {@code <} and {@code >} compare them.
 *
 * <p>The order comes from a stable least-significant-digit radix sort (11-bit digits) of order-preserving 64-bit
 * keys of the utilities: O(n) per decider instead of the O(n log n) indirect comparisons of a merge sort, which
 * mattered because a Monte Carlo draw builds a fresh index for each party of each draw's talks. Digits on which every
 * key agrees (most of the exponent for utilities in [0, 1]) are skipped.
 */
final class UtilityIndex {
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
        long[] keys = new long[n];
        int fill = 0;
        for (int x = 0; x < utilities.length; x++) {
            if (excluded == null || !excluded[x]) {
                outcomes[fill] = x;
                keys[fill++] = sortKey(utilities[x], x);
            }
        }
        order = radixSort(keys, outcomes);
        sorted = new double[n];
        for (int r = 0; r < n; r++) {
            sorted[r] = utilities[order[r]];
        }
    }

    /**
     * A key whose unsigned order is the numeric order of the utility: positive doubles get the sign bit set, negative
     * ones all bits flipped (their magnitude order reverses). −0.0 is taken as 0.0 first so the two tie.
     */
    static long sortKey(double u, int outcome) {
        if (Double.isNaN(u)) {
            throw new IllegalArgumentException("the utility of outcome " + outcome + " is NaN; utilities must be"
                    + " numbers (check the weights and values that produced it)");
        }
        long bits = Double.doubleToRawLongBits(u == 0.0 ? 0.0 : u);
        return bits < 0 ? ~bits : bits | Long.MIN_VALUE;
    }

    /**
     * Stable LSD radix sort of {@code outcomes} by the unsigned {@code keys}; the input is in ascending outcome order,
     * so equal keys stay in ascending outcome order. Both arrays are consumed.
     */
    private static int[] radixSort(long[] keys, int[] outcomes) {
        int n = keys.length;
        int[][] counts = new int[DIGITS][BUCKETS];
        for (long key : keys) {
            for (int d = 0; d < DIGITS; d++) {
                counts[d][(int) (key >>> (d * DIGIT_BITS)) & (BUCKETS - 1)]++;
            }
        }
        long[] keyBuffer = new long[n];
        int[] outcomeBuffer = new int[n];
        for (int d = 0; d < DIGITS; d++) {
            int[] count = counts[d];
            int shift = d * DIGIT_BITS;
            if (n == 0 || count[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
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
                int to = count[(int) (key >>> shift) & (BUCKETS - 1)]++;
                keyBuffer[to] = key;
                outcomeBuffer[to] = outcomes[r];
            }
            long[] k = keys;
            keys = keyBuffer;
            keyBuffer = k;
            int[] o = outcomes;
            outcomes = outcomeBuffer;
            outcomeBuffer = o;
        }
        return outcomes;
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
