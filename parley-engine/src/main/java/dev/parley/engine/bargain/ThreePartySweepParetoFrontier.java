package dev.parley.engine.bargain;

import java.util.Arrays;

/**
 * Three-party Pareto frontier in O(n log n) by the sweep of Kung, Luccio and Preparata (J. ACM 22(4), 1975):
 * sort by the first utility, descending; sweep, keeping the "staircase" of the (second, third) utilities seen so
 * far in a search tree; a point is dominated by an earlier one exactly when the staircase holds a point at least
 * as good in both remaining utilities (up to the tolerance). Points tied on the first utility (within the
 * tolerance) form a group, checked among themselves with the two-party sweep, then inserted together.
 *
 * <p>A linear pre-filter first drops the points dominated by the point of largest utility sum (on random data
 * almost all of them). Assumes, like {@link SortSweepParetoFrontier}, that distinct utilities differ by more than
 * the tolerance; the property tests check it against {@link BruteForceParetoFrontier} with ties.
 */
public final class ThreePartySweepParetoFrontier implements ParetoFrontier {
    private final double tolerance;

    /** Uses {@link Dominance#DEFAULT_TOLERANCE}. */
    public ThreePartySweepParetoFrontier() {
        this(Dominance.DEFAULT_TOLERANCE);
    }

    /** @param tolerance dominance tolerance, {@code >= 0} */
    public ThreePartySweepParetoFrontier(double tolerance) {
        Dominance.checkTolerance(tolerance);
        this.tolerance = tolerance;
    }

    @Override
    public ParetoSet compute(double[][] utilities) {
        int n = Dominance.checkColumns(utilities, 3, 3);
        return ParetoSet.fromIndices(utilities, nonDominated(utilities, n, tolerance), tolerance);
    }

    static int[] nonDominated(double[][] u, int n, double tol) {
        double[] a = u[0];
        double[] b = u[1];
        double[] c = u[2];
        int[] cand = PresortedSkylineParetoFrontier.notDominatedByPivot(u, n, tol);
        int m = cand.length;
        IndexSort.sort(cand, 0, m, IndexSort.lexicographicDescending(u));
        int[] out = new int[m];
        int f = 0;
        // staircase: key = second utility, value = third; values strictly decrease as keys increase
        Staircase stairs = new Staircase(m);
        int g = 0;
        while (g < m) {
            double first = a[cand[g]];
            int end = g;
            while (end < m && first - a[cand[end]] <= tol) {
                end++;
            }
            int size = end - g;
            boolean[] insideDominated = new boolean[size];
            if (size > 1) {
                double[] gb = new double[size];
                double[] gc = new double[size];
                for (int t = 0; t < size; t++) {
                    gb[t] = b[cand[g + t]];
                    gc[t] = c[cand[g + t]];
                }
                Arrays.fill(insideDominated, true);
                for (int t : SortSweepParetoFrontier.nonDominated(gb, gc, size, tol)) {
                    insideDominated[t] = false;
                }
            }
            for (int t = 0; t < size; t++) {
                int p = cand[g + t];
                if (insideDominated[t]) {
                    continue;
                }
                int e = stairs.ceiling(b[p] - tol);
                if (e < 0 || stairs.value(e) < c[p] - tol) {
                    out[f++] = p;
                }
            }
            for (int t = 0; t < size; t++) {
                stairs.insert(b[cand[g + t]], c[cand[g + t]]);
            }
            g = end;
        }
        return Arrays.copyOf(out, f);
    }

    /**
     * The staircase as two sorted primitive arrays (keys ascending in {@link Double#compare} order, as a
     * {@code TreeMap<Double, Double>} orders them; values strictly descending): binary search instead of a boxed
     * search tree, and an insertion that drops the run of points it covers with one array move.
     */
    private static final class Staircase {
        private final double[] keys;
        private final double[] values;
        private int size;

        Staircase(int capacity) {
            keys = new double[Math.max(1, capacity)];
            values = new double[Math.max(1, capacity)];
        }

        double value(int i) {
            return values[i];
        }

        /** Index of the smallest key ≥ key, or −1. */
        int ceiling(double key) {
            int i = firstNotBelow(key);
            return i == size ? -1 : i;
        }

        /** First index whose key is ≥ key (size when none). */
        private int firstNotBelow(double key) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Double.compare(keys[mid], key) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /**
         * Adds (key, value) unless a point with key' ≥ key and value' ≥ value covers it; removes the points with
         * key' ≤ key and value' ≤ value it covers (a contiguous run just below it, values descending).
         */
        void insert(double key, double value) {
            int cover = firstNotBelow(key);
            if (cover < size && values[cover] >= value) {
                return;
            }
            // the floor: the largest key ≤ key (cover itself when equal, which then has a smaller value)
            int floor = cover < size && Double.compare(keys[cover], key) == 0 ? cover : cover - 1;
            int low = floor;
            while (low >= 0 && values[low] <= value) {
                low--;
            }
            int removeFrom = low + 1; // points removeFrom..floor are covered
            int keepFrom = floor + 1;
            int tail = size - keepFrom;
            System.arraycopy(keys, keepFrom, keys, removeFrom + 1, tail);
            System.arraycopy(values, keepFrom, values, removeFrom + 1, tail);
            keys[removeFrom] = key;
            values[removeFrom] = value;
            size = removeFrom + 1 + tail;
        }
    }
}
