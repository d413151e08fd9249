package dev.parley.engine.bargain;

/** Stable merge sort of {@code int} indices with a primitive comparator (no boxing). */
final class IndexSort {
    /** Compares two indices; negative when a sorts first. */
    @FunctionalInterface
    interface IndexComparator {
        int compare(int a, int b);
    }

    private IndexSort() {
    }

    static void sort(int[] idx, int from, int to, IndexComparator cmp) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        int[] tmp = new int[n];
        int[] src = new int[n];
        System.arraycopy(idx, from, src, 0, n);
        // bottom-up: insertion sort runs of 32, then merge
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int v = src[i];
                int j = i - 1;
                while (j >= lo && cmp.compare(src[j], v) > 0) {
                    src[j + 1] = src[j];
                    j--;
                }
                src[j + 1] = v;
            }
        }
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                if (mid >= hi || cmp.compare(src[mid - 1], src[mid]) <= 0) {
                    System.arraycopy(src, lo, tmp, lo, hi - lo);
                    continue;
                }
                while (i < mid && j < hi) {
                    tmp[k++] = cmp.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    tmp[k++] = src[i++];
                }
                while (j < hi) {
                    tmp[k++] = src[j++];
                }
            }
            int[] t = src;
            src = tmp;
            tmp = t;
        }
        System.arraycopy(src, 0, idx, from, n);
    }

    /** Lexicographic descending order of the utility vectors, index ascending on exact equality. */
    static IndexComparator lexicographicDescending(double[][] u) {
        return (a, b) -> {
            for (double[] c : u) {
                int r = Double.compare(c[b], c[a]);
                if (r != 0) {
                    return r;
                }
            }
            return Integer.compare(a, b);
        };
    }
}
