package dev.parley.engine.bargain;

import java.util.Arrays;

/**
 * Pareto frontier for any number of parties by a presorted skyline ("sort-filter-skyline", Chomicki, Godfrey,
 * Gryz and Liang, ICDE 2003), after a linear pre-filter that drops the points dominated by the point of largest
 * utility sum. Points are sorted by the sum of their utilities, descending, so that a point can only be dominated by one that comes before
 * it (up to the tolerance); each point is compared with the current skyline window only. Worst case
 * O(n·|F|·k) after an O(n log n) sort; on typical inputs the window stays small and most points are rejected
 * by the first comparisons. When a point enters the window, the window members it dominates are
 * evicted; with presorting only the last members (within the tolerance band of the sum) can be, so tolerance
 * edge cases stay exact with respect to {@link BruteForceParetoFrontier} at no extra pass. For three parties
 * {@link ThreePartySweepParetoFrontier} is O(n log n).
 */
public final class PresortedSkylineParetoFrontier implements ParetoFrontier {
    private final double tolerance;

    /** Uses {@link Dominance#DEFAULT_TOLERANCE}. */
    public PresortedSkylineParetoFrontier() {
        this(Dominance.DEFAULT_TOLERANCE);
    }

    /** @param tolerance dominance tolerance, {@code >= 0} */
    public PresortedSkylineParetoFrontier(double tolerance) {
        Dominance.checkTolerance(tolerance);
        this.tolerance = tolerance;
    }

    @Override
    public ParetoSet compute(double[][] utilities) {
        int n = Dominance.checkColumns(utilities, 1, Integer.MAX_VALUE);
        return ParetoSet.fromIndices(utilities, nonDominated(utilities, n, tolerance), tolerance);
    }

    /**
     * Linear pre-filter: the indices of the points not dominated by the point of largest utility sum (the pivot,
     * itself non-dominated up to the tolerance, is kept).
     */
    static int[] notDominatedByPivot(double[][] u, int n, double tol) {
        int k = u.length;
        int pivot = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (double[] c : u) {
                s += c[j];
            }
            if (s > best) {
                best = s;
                pivot = j;
            }
        }
        int[] keep = new int[n];
        int f = 0;
        for (int j = 0; j < n; j++) {
            if (pivot < 0 || !Dominance.dominates(u, pivot, j, tol)) {
                keep[f++] = j;
            }
        }
        return f == n ? keep : Arrays.copyOf(keep, f);
    }

    static int[] nonDominated(double[][] u, int n, double tol) {
        int k = u.length;
        int[] order = notDominatedByPivot(u, n, tol);
        int m = order.length;
        double[] sum = new double[n];
        for (int t = 0; t < m; t++) {
            int j = order[t];
            double s = 0;
            for (double[] c : u) {
                s += c[j];
            }
            sum[j] = s;
        }
        IndexSort.sort(order, 0, m, (x, y) -> {
            int r = Double.compare(sum[y], sum[x]);
            return r != 0 ? r : Integer.compare(x, y);
        });
        // window stored row-major for locality: win[w*k + i]
        double[] win = new double[16 * k];
        double[] winSum = new double[16];
        int[] winIdx = new int[16];
        int size = 0;
        double[] p = new double[k];
        // p dominating w needs sum(p) > sum(w) − (k−2)·tol; the window is in descending sum order, so only its
        // suffix with sums within that band (plus a rounding margin) can be evicted
        double band = Math.max(0, k - 2) * tol;
        for (int t = 0; t < m; t++) {
            int j = order[t];
            for (int i = 0; i < k; i++) {
                p[i] = u[i][j];
            }
            boolean dominated = false;
            for (int w = 0; w < size && !dominated; w++) {
                dominated = dominatesRow(win, w * k, p, k, tol);
            }
            if (dominated) {
                continue;
            }
            // drop window members the newcomer dominates (only possible within the tolerance band at the end)
            int from = size;
            double limit = sum[j] + band + 1e-12 * (1 + Math.abs(sum[j]));
            while (from > 0 && winSum[from - 1] <= limit) {
                from--;
            }
            int keep = from;
            for (int w = from; w < size; w++) {
                if (!dominatesVector(p, win, w * k, k, tol)) {
                    if (keep != w) {
                        System.arraycopy(win, w * k, win, keep * k, k);
                        winIdx[keep] = winIdx[w];
                        winSum[keep] = winSum[w];
                    }
                    keep++;
                }
            }
            size = keep;
            if (size == winIdx.length) {
                winIdx = Arrays.copyOf(winIdx, size * 2);
                winSum = Arrays.copyOf(winSum, size * 2);
                win = Arrays.copyOf(win, size * 2 * k);
            }
            System.arraycopy(p, 0, win, size * k, k);
            winSum[size] = sum[j];
            winIdx[size++] = j;
        }
        return Arrays.copyOf(winIdx, size);
    }

    private static boolean dominatesRow(double[] win, int off, double[] p, int k, double tol) {
        boolean strictly = false;
        for (int i = 0; i < k; i++) {
            double x = win[off + i];
            if (x < p[i] - tol) {
                return false;
            }
            if (x > p[i] + tol) {
                strictly = true;
            }
        }
        return strictly;
    }

    private static boolean dominatesVector(double[] p, double[] win, int off, int k, double tol) {
        boolean strictly = false;
        for (int i = 0; i < k; i++) {
            double y = win[off + i];
            if (p[i] < y - tol) {
                return false;
            }
            if (p[i] > y + tol) {
                strictly = true;
            }
        }
        return strictly;
    }
}
