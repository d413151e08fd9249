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

    /**
     * @return indices of the non-dominated points among the first n, in the lexicographic descending order of
     *         their utility vectors (index ascending on exact equality)
     */
    static int[] nonDominated(double[][] u, int n, double tol) {
        return nonDominated(u, n, tol, 1);
    }

    /**
     * The same, for points numbered so that the indices {@code j·interleave + a} of each residue a are nearly
     * sorted (as the per-issue merge numbers its candidates; see
     * {@link IndexSort#sortLexicographicDescending(int[], int, int, double[][], int)}): a faster sort, the same
     * result. {@code interleave <= 1} makes no assumption.
     */
    static int[] nonDominated(double[][] u, int n, double tol, int interleave) {
        double[] a = u[0];
        double[] b = u[1];
        double[] c = u[2];
        int[] cand = PresortedSkylineParetoFrontier.notDominatedByPivot(u, n, tol);
        int m = cand.length;
        IndexSort.sortLexicographicDescending(cand, 0, m, u, interleave);
        int[] out = new int[m];
        int f = 0;
        // staircase: key = second utility, value = third; values strictly decrease as keys increase
        Staircase stairs = new Staircase(m);
        TiedGroup tied = null;
        int g = 0;
        while (g < m) {
            int head = cand[g];
            double first = a[head];
            int end = g + 1;
            while (end < m && first - a[cand[end]] <= tol) {
                end++;
            }
            if (end == g + 1) {
                // a group of one (the usual case): its test and its insertion see the same staircase, so the
                // insertion's search starts where the test's ended
                int e = stairs.firstNotBelow(b[head] - tol);
                if (e == stairs.size() || stairs.value(e) < c[head] - tol) {
                    out[f++] = head;
                }
                stairs.insert(b[head], c[head], e);
            } else {
                if (tied == null) {
                    tied = new TiedGroup();
                }
                f = tied.sweep(b, c, cand, g, end, stairs, out, f, tol);
            }
            g = end;
        }
        return Arrays.copyOf(out, f);
    }

    /**
     * Points tied on the first utility (within the tolerance of the group's first point): checked among
     * themselves with the two-party sweep on the remaining utilities, and against the staircase of the earlier
     * groups, then inserted together. Groups below {@link #INLINE_LIMIT} points (nearly all: ties of a few
     * candidates are common in the per-issue merge) run {@link SortSweepParetoFrontier#nonDominated}'s unfiltered
     * path inline on reused buffers, with the same sort order and the same tests; larger groups call it.
     */
    private static final class TiedGroup {
        /** SortSweepParetoFrontier's pre-filter starts at 4096 points; below that it sorts and sweeps only. */
        private static final int INLINE_LIMIT = 64;
        private final double[] gb = new double[INLINE_LIMIT];
        private final double[] gc = new double[INLINE_LIMIT];
        private final int[] order = new int[INLINE_LIMIT];
        private final boolean[] keep = new boolean[INLINE_LIMIT];

        int sweep(double[] b, double[] c, int[] cand, int g, int end, Staircase stairs, int[] out, int f,
                  double tol) {
            int size = end - g;
            if (size >= INLINE_LIMIT) {
                return sweepLarge(b, c, cand, g, end, stairs, out, f, tol);
            }
            for (int t = 0; t < size; t++) {
                gb[t] = b[cand[g + t]];
                gc[t] = c[cand[g + t]];
                keep[t] = false;
            }
            // SortSweepParetoFrontier's order: second utility descending, third descending, position ascending
            for (int t = 0; t < size; t++) {
                int j = t - 1;
                while (j >= 0 && after(order[j], t)) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = t;
            }
            double bestPrev = Double.NEGATIVE_INFINITY;
            int s = 0;
            while (s < size) {
                double first = gb[order[s]];
                int stop = s;
                double groupMax = Double.NEGATIVE_INFINITY;
                while (stop < size && first - gb[order[stop]] <= tol) {
                    groupMax = Math.max(groupMax, gc[order[stop]]);
                    stop++;
                }
                for (int t = s; t < stop; t++) {
                    double y = gc[order[t]];
                    if (y >= groupMax - tol && y > bestPrev + tol) {
                        keep[order[t]] = true;
                    }
                }
                bestPrev = Math.max(bestPrev, groupMax);
                s = stop;
            }
            return keepUndominatedThenInsert(b, c, cand, g, size, keep, gb, gc, stairs, out, f, tol);
        }

        /** Whether position x sorts after position y: (gb, gc) descending, position ascending on equality. */
        private boolean after(int x, int y) {
            int r = Double.compare(gb[y], gb[x]);
            if (r == 0) {
                r = Double.compare(gc[y], gc[x]);
            }
            return r != 0 ? r > 0 : x > y;
        }

        private static int sweepLarge(double[] b, double[] c, int[] cand, int g, int end, Staircase stairs,
                                      int[] out, int f, double tol) {
            int size = end - g;
            double[] gb = new double[size];
            double[] gc = new double[size];
            for (int t = 0; t < size; t++) {
                gb[t] = b[cand[g + t]];
                gc[t] = c[cand[g + t]];
            }
            boolean[] keep = new boolean[size];
            for (int t : SortSweepParetoFrontier.nonDominated(gb, gc, size, tol)) {
                keep[t] = true;
            }
            return keepUndominatedThenInsert(b, c, cand, g, size, keep, gb, gc, stairs, out, f, tol);
        }

        /**
         * The group's points kept by its own sweep ({@code keep}) that no earlier group's staircase dominates go to
         * {@code out}; then the whole group joins the staircase (after the tests, so a group never dominates
         * itself). Returns the new fill of {@code out}.
         */
        private static int keepUndominatedThenInsert(double[] b, double[] c, int[] cand, int g, int size,
                                                     boolean[] keep, double[] gb, double[] gc, Staircase stairs,
                                                     int[] out, int f, double tol) {
            for (int t = 0; t < size; t++) {
                if (keep[t]) {
                    int p = cand[g + t];
                    int e = stairs.firstNotBelow(b[p] - tol);
                    if (e == stairs.size() || stairs.value(e) < c[p] - tol) {
                        out[f++] = p;
                    }
                }
            }
            for (int t = 0; t < size; t++) {
                stairs.insert(gb[t], gc[t], 0);
            }
            return f;
        }
    }

    /**
     * The staircase as two sorted primitive arrays (keys ascending in {@link Double#compare} order, as a
     * {@code TreeMap<Double, Double>} orders them; values strictly descending): binary search instead of a boxed
     * search tree, and an insertion that drops the run of points it covers with one array move. Keys are held as
     * {@link #sortable sortable longs}, whose signed order is exactly {@link Double#compare}'s, so a search step is
     * one integer comparison.
     */
    private static final class Staircase {
        private final long[] keys;
        private final double[] values;
        private int size;

        Staircase(int capacity) {
            keys = new long[Math.max(1, capacity)];
            values = new double[Math.max(1, capacity)];
        }

        int size() {
            return size;
        }

        double value(int i) {
            return values[i];
        }

        /** First index whose key is ≥ key in {@link Double#compare} order (size when none). */
        int firstNotBelow(double key) {
            return firstNotBelow(sortable(key), 0);
        }

        /**
         * First index ≥ lo whose key is ≥ key (size when none); every index below lo must hold a smaller key.
         * Branch-free halving (the comparison only selects the next base, which the JIT compiles to a conditional
         * move): the staircase's searches land anywhere, so a branching binary search mispredicts about every
         * other step.
         */
        private int firstNotBelow(long key, int lo) {
            return firstNotBelow(key, lo, size);
        }

        /** First index in lo..hi−1 whose key is ≥ key, else hi; below lo every key is smaller. */
        private int firstNotBelow(long key, int lo, int hi) {
            int n = hi - lo;
            if (n <= 0) {
                return lo;
            }
            int base = lo;
            while (n > 1) {
                int half = n >>> 1;
                base = keys[base + half] < key ? base + half : base;
                n -= half;
            }
            return keys[base] < key ? base + 1 : base;
        }

        /**
         * {@link #firstNotBelow(long, int)} searching outwards from lo first: the insertion's key is usually at or
         * just past the test's position, so this takes a step or two where a binary search over the rest takes
         * log₂(size).
         */
        private int gallop(long key, int lo) {
            int step = 1;
            int hi = lo;
            while (hi < size && keys[hi] < key) {
                lo = hi + 1;
                hi = lo + step;
                step <<= 1;
            }
            // keys[hi] ≥ key, or hi is at or past the end
            return firstNotBelow(key, lo, Math.min(hi, size));
        }

        /**
         * Adds (key, value) unless a point with key' ≥ key and value' ≥ value covers it; removes the points with
         * key' ≤ key and value' ≤ value it covers (a contiguous run just below it, values descending).
         *
         * @param from an index below which every key is smaller than key, searched outwards from (0 when unknown:
         *             then a plain binary search)
         */
        void insert(double key, double value, int from) {
            long k = sortable(key);
            int cover = from == 0 ? firstNotBelow(k, 0) : gallop(k, from);
            if (cover < size && values[cover] >= value) {
                return;
            }
            // the floor: the largest key ≤ key (cover itself when equal, which then has a smaller value)
            int floor = cover < size && keys[cover] == k ? cover : cover - 1;
            int low = floor;
            while (low >= 0 && values[low] <= value) {
                low--;
            }
            int removeFrom = low + 1; // points removeFrom..floor are covered
            int keepFrom = floor + 1;
            int tail = size - keepFrom;
            System.arraycopy(keys, keepFrom, keys, removeFrom + 1, tail);
            System.arraycopy(values, keepFrom, values, removeFrom + 1, tail);
            keys[removeFrom] = k;
            values[removeFrom] = value;
            size = removeFrom + 1 + tail;
        }

        /**
         * The bits of d mapped so that signed long order is {@link Double#compare} order: −0.0 below +0.0, NaN
         * (canonical) above +∞. Negative doubles have their magnitude bits flipped, which reverses their order.
         */
        static long sortable(double d) {
            long bits = Double.doubleToLongBits(d);
            return bits ^ ((bits >> 63) & Long.MAX_VALUE);
        }
    }
}
