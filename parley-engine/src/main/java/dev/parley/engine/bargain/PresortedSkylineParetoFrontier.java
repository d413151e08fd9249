package dev.parley.engine.bargain;

import java.util.Arrays;

/**
 * Pareto frontier for any number of parties by a presorted skyline ("sort-filter-skyline"): points are sorted
 * by the sum of their utilities, descending, so that a point can only be dominated by one that comes before
 * it (up to the tolerance); each point is compared with the current skyline window only. Worst case
 * O(n·|F|·k) after an O(n log n) sort; on typical inputs the window stays small and most points are rejected
 * by the first comparisons. The window is re-checked when a point enters it, so tolerance edge cases stay
 * exact with respect to {@link BruteForceParetoFrontier}.
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

    static int[] nonDominated(double[][] u, int n, double tol) {
        int k = u.length;
        double[] sum = new double[n];
        for (double[] c : u) {
            for (int j = 0; j < n; j++) {
                sum[j] += c[j];
            }
        }
        int[] order = new int[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        IndexSort.sort(order, 0, n, (x, y) -> {
            int r = Double.compare(sum[y], sum[x]);
            return r != 0 ? r : Integer.compare(x, y);
        });
        // window stored row-major for locality: win[w*k + i]
        double[] win = new double[16 * k];
        int[] winIdx = new int[16];
        int size = 0;
        double[] p = new double[k];
        for (int t = 0; t < n; t++) {
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
            // drop window members the newcomer dominates (only possible within the tolerance band)
            int keep = 0;
            for (int w = 0; w < size; w++) {
                if (!dominatesVector(p, win, w * k, k, tol)) {
                    if (keep != w) {
                        System.arraycopy(win, w * k, win, keep * k, k);
                        winIdx[keep] = winIdx[w];
                    }
                    keep++;
                }
            }
            size = keep;
            if (size == winIdx.length) {
                winIdx = Arrays.copyOf(winIdx, size * 2);
                win = Arrays.copyOf(win, size * 2 * k);
            }
            System.arraycopy(p, 0, win, size * k, k);
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
