package dev.parley.engine.negotiate;

/**
 * One decider's outcomes sorted by its own utility, ascending, in primitive arrays: the outcomes reaching a
 * target are a suffix found by binary search, so choosing an offer costs O(log n + candidates), never a scan of
 * the space. Ties in utility keep ascending outcome index (stable), so the order is deterministic.
 */
final class UtilityIndex {
    private final int[] order;
    private final double[] sorted;

    UtilityIndex(double[] utilities) {
        this(utilities, null);
    }

    /** @param excluded outcomes to leave out (null: none) */
    UtilityIndex(double[] utilities, boolean[] excluded) {
        int n = 0;
        for (int x = 0; x < utilities.length; x++) {
            n += excluded != null && excluded[x] ? 0 : 1;
        }
        // stable primitive merge sort of the indices by utility: no boxing
        int[] keys = new int[n];
        int fill = 0;
        for (int x = 0; x < utilities.length; x++) {
            if (excluded == null || !excluded[x]) {
                keys[fill++] = x;
            }
        }
        mergeSort(keys, new int[n], 0, n, utilities);
        order = keys;
        sorted = new double[n];
        for (int r = 0; r < n; r++) {
            sorted[r] = utilities[order[r]];
        }
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, double[] u) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && u[a[j]] > u[v]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, u);
        mergeSort(a, tmp, mid, to, u);
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && u[tmp[i]] <= u[tmp[j]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
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
