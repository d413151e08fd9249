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

    /**
     * Sorts {@code idx[from..to)} into the lexicographic descending order of the utility vectors
     * {@code u[·][idx]} ({@link Double#compare} on each party in turn), index ascending on exact equality. The
     * order is total, so any correct sort gives this one permutation. The comparison is a static method the JIT
     * inlines into this merge sort: through the {@link IndexComparator} interface, shared by several lambdas, every
     * comparison was a megamorphic call, which made sorting the costliest step of the frontier merge.
     */
    static void sortLexicographicDescending(int[] idx, int from, int to, double[][] u) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        int[] src = new int[n];
        System.arraycopy(idx, from, src, 0, n);
        final int run = 32;
        int runs = (n + run - 1) / run;
        int[] bounds = new int[runs + 1];
        for (int r = 0; r < runs; r++) {
            int lo = r * run;
            int hi = Math.min(lo + run, n);
            bounds[r] = lo;
            for (int i = lo + 1; i < hi; i++) {
                int v = src[i];
                int j = i - 1;
                while (j >= lo && compareLexicographic(u, src[j], v) > 0) {
                    src[j + 1] = src[j];
                    j--;
                }
                src[j + 1] = v;
            }
        }
        bounds[runs] = n;
        System.arraycopy(mergeRuns(src, bounds, runs, u), 0, idx, from, n);
    }

    /**
     * The same sort for indices that interleave nearly sorted sequences: for each residue a, the indices
     * {@code j·interleave + a} in increasing j are expected to be (almost) in order. That is how the per-issue
     * frontier merge numbers its candidates, the previous level's points (sorted) extended by each option in turn:
     * adding the same contribution to every point keeps the first utility's order (rounding is monotone), so each
     * option's candidates form one run except where rounding creates a tie. The indices are regrouped by residue
     * (stable), the ascending runs found and merged: about log₂(options) comparisons per point instead of
     * log₂(points). Same permutation as {@link #sortLexicographicDescending(int[], int, int, double[][])}.
     */
    static void sortLexicographicDescending(int[] idx, int from, int to, double[][] u, int interleave) {
        int n = to - from;
        if (interleave <= 1 || n < 2) {
            sortLexicographicDescending(idx, from, to, u);
            return;
        }
        int[] start = new int[interleave + 1];
        for (int t = from; t < to; t++) {
            start[idx[t] % interleave + 1]++;
        }
        for (int a = 0; a < interleave; a++) {
            start[a + 1] += start[a];
        }
        int[] src = new int[n];
        for (int t = from; t < to; t++) {
            src[start[idx[t] % interleave]++] = idx[t];
        }
        int[] bounds = new int[n + 1];
        int runs = 0;
        bounds[runs++] = 0;
        for (int i = 1; i < n; i++) {
            if (compareLexicographic(u, src[i - 1], src[i]) > 0) {
                bounds[runs++] = i;
            }
        }
        bounds[runs] = n;
        System.arraycopy(mergeRuns(src, bounds, runs, u), 0, idx, from, n);
    }

    /**
     * Merges the sorted runs {@code src[bounds[r]..bounds[r+1])}, r &lt; runs, pairwise until one is left (bounds is
     * overwritten); returns the array holding the result (src or a buffer).
     */
    private static int[] mergeRuns(int[] src, int[] bounds, int runs, double[][] u) {
        int[] tmp = null;
        while (runs > 1) {
            if (tmp == null) {
                tmp = new int[src.length];
            }
            int merged = 0;
            for (int r = 0; r < runs; r += 2) {
                int lo = bounds[r];
                if (r + 1 == runs) {
                    System.arraycopy(src, lo, tmp, lo, bounds[r + 1] - lo);
                    bounds[merged++] = lo;
                    continue;
                }
                int mid = bounds[r + 1];
                int hi = bounds[r + 2];
                bounds[merged++] = lo;
                if (compareLexicographic(u, src[mid - 1], src[mid]) <= 0) {
                    System.arraycopy(src, lo, tmp, lo, hi - lo);
                    continue;
                }
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    tmp[k++] = compareLexicographic(u, src[j], src[i]) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    tmp[k++] = src[i++];
                }
                while (j < hi) {
                    tmp[k++] = src[j++];
                }
            }
            bounds[merged] = bounds[runs];
            runs = merged;
            int[] t = src;
            src = tmp;
            tmp = t;
        }
        return src;
    }

    private static int compareLexicographic(double[][] u, int a, int b) {
        for (double[] c : u) {
            int r = Double.compare(c[b], c[a]);
            if (r != 0) {
                return r;
            }
        }
        return Integer.compare(a, b);
    }
}
