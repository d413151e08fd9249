package dev.parley.engine.bargain;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

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
        TreeMap<Double, Double> stairs = new TreeMap<>();
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
                Map.Entry<Double, Double> e = stairs.ceilingEntry(b[p] - tol);
                if (e == null || e.getValue() < c[p] - tol) {
                    out[f++] = p;
                }
            }
            for (int t = 0; t < size; t++) {
                insert(stairs, b[cand[g + t]], c[cand[g + t]]);
            }
            g = end;
        }
        return Arrays.copyOf(out, f);
    }

    private static void insert(TreeMap<Double, Double> stairs, double key, double value) {
        Map.Entry<Double, Double> cover = stairs.ceilingEntry(key);
        if (cover != null && cover.getValue() >= value) {
            return;
        }
        Map.Entry<Double, Double> low = stairs.floorEntry(key);
        while (low != null && low.getValue() <= value) {
            stairs.remove(low.getKey());
            low = stairs.lowerEntry(low.getKey());
        }
        stairs.put(key, value);
    }
}
