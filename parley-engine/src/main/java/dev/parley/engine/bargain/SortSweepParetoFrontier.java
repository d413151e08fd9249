package dev.parley.engine.bargain;

/**
 * Two-party Pareto frontier by sort and sweep, O(n log n) (DESIGN.md §4.2).
 *
 * <p>Sort by the first utility descending (second descending within equal first); sweep, keeping the largest
 * second utility seen among points with a larger first utility: a point is non-dominated when its second
 * utility exceeds that running maximum by more than the tolerance and is within the tolerance of the best
 * second utility among the points tied with it on the first utility.
 *
 * <p>Before sorting (from 4096 points on), a linear filter discards points that are certainly dominated: those
 * dominated by the point of largest utility sum, and those for which some point of a strictly higher bucket
 * of the first utility has a second utility larger by more than the tolerance. On random data this leaves a tiny fraction of the points to
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

    /** @return indices of the non-dominated points among the first n of (a, b), unsorted */
    static int[] nonDominated(double[] a, double[] b, int n, double tol) {
        int[] cand = n >= FILTER_MIN_POINTS ? bucketFilter(a, b, n, tol) : identity(n);
        int m = cand.length;
        IndexSort.sort(cand, 0, m, (x, y) -> {
            int r = Double.compare(a[y], a[x]);
            if (r != 0) {
                return r;
            }
            r = Double.compare(b[y], b[x]);
            return r != 0 ? r : Integer.compare(x, y);
        });
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

    private static int[] bucketFilter(double[] a, double[] b, int n, double tol) {
        // pass 1: range of the first utility, and a pivot (largest sum), which is always non-dominated
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int pivot = 0;
        double pivotSum = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = a[i];
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
            double sum = x + b[i];
            if (sum > pivotSum) {
                pivotSum = sum;
                pivot = i;
            }
        }
        if (!(hi > lo) || !Double.isFinite(hi - lo)) {
            return identity(n);
        }
        double pa = a[pivot];
        double pb = b[pivot];
        int buckets = Math.min(1 << 16, Math.max(16, n / 8));
        double scale = buckets / (hi - lo);
        double[] bucketMax = new double[buckets];
        java.util.Arrays.fill(bucketMax, Double.NEGATIVE_INFINITY);
        // pass 2: per-bucket maximum of the second utility over the points the pivot does not dominate
        int survivors = 0;
        for (int i = 0; i < n; i++) {
            double x = a[i];
            double y = b[i];
            if (pa >= x - tol && pb >= y - tol && (pa > x + tol || pb > y + tol)) {
                continue;
            }
            survivors++;
            int bk = Math.min(buckets - 1, (int) ((x - lo) * scale));
            if (y > bucketMax[bk]) {
                bucketMax[bk] = y;
            }
        }
        // above[bk] = max second utility over buckets strictly higher than bk; bucket index is monotone in a,
        // so every such point has a strictly larger first utility. The pivot is included explicitly.
        double[] above = new double[buckets];
        double run = Double.NEGATIVE_INFINITY;
        for (int bk = buckets - 1; bk >= 0; bk--) {
            above[bk] = run;
            run = Math.max(run, bucketMax[bk]);
        }
        // pass 3: keep points dominated neither by the pivot nor by a higher bucket
        int[] keep = new int[survivors];
        int f = 0;
        for (int i = 0; i < n; i++) {
            double x = a[i];
            double y = b[i];
            if (pa >= x - tol && pb >= y - tol && (pa > x + tol || pb > y + tol)) {
                continue;
            }
            int bk = Math.min(buckets - 1, (int) ((x - lo) * scale));
            if (!(above[bk] > y + tol)) {
                keep[f++] = i;
            }
        }
        return f == keep.length ? keep : java.util.Arrays.copyOf(keep, f);
    }
}
