package dev.parley.engine.negotiate;

/**
 * One decider's outcomes sorted by its own utility, ascending, in primitive arrays: the outcomes reaching a
 * target are a suffix found by binary search, so choosing an offer costs O(log n + candidates), never a scan of
 * the space. Ties in utility keep ascending outcome index (stable), so the order is deterministic; −0.0 ties with
 * 0.0, as {@code <} and {@code >} compare them.
 *
 * <p>The sort is linear in the usual case, which matters because a Monte Carlo run builds a fresh index for each
 * party of each draw's talks. Each utility is quantised to one of 2^22 equal steps between the lowest and the
 * highest utility — a level that never decreases as the utility grows, since IEEE subtraction, multiplication and
 * truncation are monotone — and the outcomes are sorted by level with a stable two-pass radix sort; only outcomes
 * sharing a level can still be out of order, and one insertion pass puts them right. Additive utilities have many
 * exact ties (in ukraine-2025, 21,816 allowed outcomes take 1,664 distinct values for the first party), which cost
 * that pass nothing. Should the insertion pass meet many distinct utilities within one level (a far outlier
 * stretching the range), or the range be not finite, a stable radix sort of order-preserving 64-bit keys of the
 * utilities does the whole sort instead. Every step is stable and starts from ascending outcome index, so the order
 * is the one a stable comparison sort gives.
 */
final class UtilityIndex {
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int DIGITS = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;
    /** Two radix digits of levels. */
    private static final int LEVELS = 1 << (2 * DIGIT_BITS);
    /** Insertion moves per outcome beyond which the level sort gives way to the full-key radix sort. */
    private static final int MOVES_PER_OUTCOME = 8;

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
                if (u < min) {
                    min = u; // −0.0 and 0.0 may stand for each other here: both give the same levels and span
                }
                if (u > max) {
                    max = u;
                }
                outcomes[fill++] = x;
            }
        }
        sorted = new double[n];
        order = sort(outcomes, utilities, min, max, sorted);
    }

    /**
     * The outcomes (ascending) sorted stably by utility, all of whose utilities lie in [min, max]; their utilities in
     * that order go to {@code sorted}.
     */
    private static int[] sort(int[] outcomes, double[] u, double min, double max, double[] sorted) {
        int n = outcomes.length;
        double span = max - min;
        double scale = LEVELS / span;
        if (n >= 2 && span != 0.0 && Double.isFinite(span) && Double.isFinite(scale)) {
            int[] byLevel = sortByLevel(outcomes, u, min, scale, sorted);
            if (insertionSort(byLevel, sorted, (long) MOVES_PER_OUTCOME * n)) {
                return byLevel;
            }
        }
        if (n >= 2 && span != 0.0) { // else all tie: index order is the order
            radixSort(outcomes, u); // outcomes is still in ascending order
        }
        for (int r = 0; r < n; r++) {
            sorted[r] = u[outcomes[r]];
        }
        return outcomes;
    }

    /**
     * Stable two-digit LSD radix sort of the outcomes by level, their utilities carried along into {@code sorted};
     * {@code outcomes} is left as it was. A level is computed again in each pass rather than stored: arithmetic is
     * cheaper than another array to fill and read.
     */
    private static int[] sortByLevel(int[] outcomes, double[] u, double min, double scale, double[] sorted) {
        int n = outcomes.length;
        int[] low = new int[BUCKETS];
        int[] high = new int[BUCKETS];
        for (int x : outcomes) {
            int q = level(u[x], min, scale);
            low[q & (BUCKETS - 1)]++;
            high[q >>> DIGIT_BITS]++;
        }
        int[] outcomeBuffer = new int[n];
        double[] valueBuffer = new double[n];
        offsets(low);
        for (int x : outcomes) {
            double v = u[x];
            int at = low[level(v, min, scale) & (BUCKETS - 1)]++;
            outcomeBuffer[at] = x;
            valueBuffer[at] = v;
        }
        int[] out = new int[n];
        offsets(high);
        for (int r = 0; r < n; r++) {
            double v = valueBuffer[r];
            int at = high[level(v, min, scale) >>> DIGIT_BITS]++;
            out[at] = outcomeBuffer[r];
            sorted[at] = v;
        }
        return out;
    }

    /** The level of a utility in [min, max], 0..LEVELS−1; never smaller for a larger utility. */
    private static int level(double v, double min, double scale) {
        int q = (int) ((v - min) * scale);
        return q < LEVELS ? q : LEVELS - 1;
    }

    /** Counts to starting offsets, in place. */
    private static void offsets(int[] count) {
        int start = 0;
        for (int b = 0; b < count.length; b++) {
            int c = count[b];
            count[b] = start;
            start += c;
        }
    }

    /**
     * Stable insertion sort of the outcomes {@code a} by their utilities {@code v} (moved along), giving up (false,
     * both partly sorted) after {@code budget} moves.
     */
    private static boolean insertionSort(int[] a, double[] v, long budget) {
        long moves = 0;
        for (int i = 1; i < a.length; i++) {
            double vi = v[i];
            if (!(v[i - 1] > vi)) {
                continue; // in order already: the usual case
            }
            int ai = a[i];
            int j = i - 1;
            while (j >= 0 && v[j] > vi) {
                a[j + 1] = a[j];
                v[j + 1] = v[j];
                j--;
            }
            a[j + 1] = ai;
            v[j + 1] = vi;
            moves += i - 1 - j;
            if (moves > budget) {
                return false;
            }
        }
        return true;
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
     * Stable LSD radix sort of the outcomes by the utilities' keys (11-bit digits; a digit on which every key agrees
     * is skipped), in place.
     */
    private static void radixSort(int[] a, double[] u) {
        int n = a.length;
        long[] keys = new long[n];
        int[] outcomes = a.clone();
        int[][] counts = new int[DIGITS][BUCKETS];
        for (int r = 0; r < n; r++) {
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
            offsets(count);
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
        System.arraycopy(outcomes, 0, a, 0, n);
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
