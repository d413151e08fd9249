package dev.parley.engine.bargain;

/**
 * Two-party Pareto frontier by sort and sweep, O(n log n) (DESIGN.md §4.2).
 *
 * <p>Sort by the first utility descending (second descending within equal first); sweep, keeping the largest
 * second utility seen among points with a larger first utility: a point is non-dominated when its second
 * utility exceeds that running maximum by more than the tolerance and is within the tolerance of the best
 * second utility among the points tied with it on the first utility.
 *
 * <p>Before sorting (from 4096 points on), a linear pre-filter discards points that are certainly dominated: in
 * one pass, those dominated by the running point of largest utility sum; then, among the survivors, those for
 * which some point of a strictly higher bucket of the first utility has a second utility larger by more than
 * the tolerance. On random data this leaves a tiny fraction of the points to
 * sort; when every point is on the frontier it drops nothing and the cost is that of the sort.
 */
public final class SortSweepParetoFrontier implements ParetoFrontier {
    private static final int FILTER_MIN_POINTS = 4096;
    private final double tolerance;

    /** Uses {@link Dominance#DEFAULT_TOLERANCE}. */
    public SortSweepParetoFrontier() {
        this(Dominance.DEFAULT_TOLERANCE);
    }

    /** @param tolerance dominance tolerance, {@code >= 0} */
    public SortSweepParetoFrontier(double tolerance) {
        Dominance.checkTolerance(tolerance);
        this.tolerance = tolerance;
    }

    @Override
    public ParetoSet compute(double[][] utilities) {
        int n = Dominance.checkColumns(utilities, 2, 2);
        return ParetoSet.fromIndices(utilities, nonDominated(utilities[0], utilities[1], n, tolerance), tolerance);
    }

    /**
     * @return indices of the non-dominated points among the first n of (a, b), in the lexicographic descending
     *         order of (a, b) (index ascending on exact equality)
     */
    static int[] nonDominated(double[] a, double[] b, int n, double tol) {
        return nonDominated(a, b, n, tol, 1);
    }

    /**
     * The same, for points numbered so that the indices {@code j·interleave + a} of each residue are nearly sorted
     * ({@link IndexSort#sortLexicographicDescending(int[], int, int, double[][], int)}): a faster sort, the same
     * result; {@code interleave <= 1} assumes nothing.
     */
    static int[] nonDominated(double[] a, double[] b, int n, double tol, int interleave) {
        int[] cand = n >= FILTER_MIN_POINTS ? prefilter(a, b, n, tol) : identity(n);
        int m = cand.length;
        // first utility descending, second descending within equal first, index ascending on exact equality
        IndexSort.sortLexicographicDescending(cand, 0, m, new double[][] {a, b}, interleave);
        int[] out = new int[m];
        int f = 0;
        double bestPrev = Double.NEGATIVE_INFINITY;
        int g = 0;
        while (g < m) {
            double first = a[cand[g]];
            int end = g;
            double groupMax = Double.NEGATIVE_INFINITY;
            while (end < m && first - a[cand[end]] <= tol) {
                groupMax = Math.max(groupMax, b[cand[end]]);
                end++;
            }
            for (int t = g; t < end; t++) {
                double y = b[cand[t]];
                if (y >= groupMax - tol && y > bestPrev + tol) {
                    out[f++] = cand[t];
                }
            }
            bestPrev = Math.max(bestPrev, groupMax);
            g = end;
        }
        return java.util.Arrays.copyOf(out, f);
    }

    private static int[] identity(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    /**
     * Pass 1 (the only pass over all n points): drop every point dominated by the running pivot, the point of
     * largest utility sum seen so far. On random data the pivot soon approaches the upper corner and only
     * O(√n) points survive. Then, if many survive (e.g. when all points are on the frontier), a bucket filter
     * over the survivors: a point is dropped when a point of a strictly higher bucket of the first utility has a
     * second utility larger by more than the tolerance. Both steps drop dominated points only.
     */
    private static int[] prefilter(double[] a, double[] b, int n, double tol) {
        int[] keep = new int[1024];
        int f = 0;
        double pa = a[0];
        double pb = b[0];
        double pSum = pa + pb;
        for (int i = 0; i < n; i++) {
            double x = a[i];
            double y = b[i];
            if (pa >= x - tol && pb >= y - tol && (pa > x + tol || pb > y + tol)) {
                continue;
            }
            if (f == keep.length) {
                keep = java.util.Arrays.copyOf(keep, (int) Math.min((long) f * 2, Integer.MAX_VALUE - 8));
            }
            keep[f++] = i;
            double sum = x + y;
            if (sum > pSum) {
                pSum = sum;
                pa = x;
                pb = y;
            }
        }
        return f >= FILTER_MIN_POINTS ? bucketFilter(a, b, keep, f, tol) : java.util.Arrays.copyOf(keep, f);
    }

    private static int[] bucketFilter(double[] a, double[] b, int[] idx, int m, double tol) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < m; t++) {
            double x = a[idx[t]];
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        if (!(hi > lo) || !Double.isFinite(hi - lo)) {
            return java.util.Arrays.copyOf(idx, m);
        }
        int buckets = Math.min(1 << 16, Math.max(16, m / 8));
        double scale = buckets / (hi - lo);
        double[] bucketMax = new double[buckets];
        java.util.Arrays.fill(bucketMax, Double.NEGATIVE_INFINITY);
        for (int t = 0; t < m; t++) {
            int i = idx[t];
            int bk = Math.min(buckets - 1, (int) ((a[i] - lo) * scale));
            if (b[i] > bucketMax[bk]) {
                bucketMax[bk] = b[i];
            }
        }
        // above[bk] = max second utility over buckets strictly higher than bk; bucket index is monotone in a,
        // so every such point has a strictly larger first utility
        double[] above = new double[buckets];
        double run = Double.NEGATIVE_INFINITY;
        for (int bk = buckets - 1; bk >= 0; bk--) {
            above[bk] = run;
            run = Math.max(run, bucketMax[bk]);
        }
        int f = 0;
        for (int t = 0; t < m; t++) {
            int i = idx[t];
            int bk = Math.min(buckets - 1, (int) ((a[i] - lo) * scale));
            if (!(above[bk] > b[i] + tol)) {
                idx[f++] = i;
            }
        }
        return java.util.Arrays.copyOf(idx, f);
    }
}
