package dev.parley.engine.bargain;

import java.util.Arrays;

/**
 * Incremental skyline in input order, O(n·|F|·k): each point is compared with every point of the current
 * frontier, which it either joins (evicting those it dominates) or not. This is the classic approach of GENIUS
 * {@code ParetoFrontier.mergeIntoFrontier} and of NegMAS {@code pareto_frontier_numpy}; it is kept as the
 * baseline of the benchmarks in parley-bench and is correct for any number of parties.
 */
public final class NaiveSkylineParetoFrontier implements ParetoFrontier {
    private final double tolerance;

    /** Uses {@link Dominance#DEFAULT_TOLERANCE}. */
    public NaiveSkylineParetoFrontier() {
        this(Dominance.DEFAULT_TOLERANCE);
    }

    /** @param tolerance dominance tolerance, {@code >= 0} */
    public NaiveSkylineParetoFrontier(double tolerance) {
        Dominance.checkTolerance(tolerance);
        this.tolerance = tolerance;
    }

    @Override
    public ParetoSet compute(double[][] u) {
        int n = Dominance.checkColumns(u, 1, Integer.MAX_VALUE);
        int[] front = new int[16];
        int size = 0;
        for (int j = 0; j < n; j++) {
            boolean dominated = false;
            for (int w = 0; w < size; w++) {
                if (Dominance.dominates(u, front[w], j, tolerance)) {
                    dominated = true;
                    break;
                }
            }
            if (dominated) {
                continue;
            }
            int keep = 0;
            for (int w = 0; w < size; w++) {
                if (!Dominance.dominates(u, j, front[w], tolerance)) {
                    front[keep++] = front[w];
                }
            }
            size = keep;
            if (size == front.length) {
                front = Arrays.copyOf(front, size * 2);
            }
            front[size++] = j;
        }
        return ParetoSet.fromIndices(u, Arrays.copyOf(front, size), tolerance);
    }
}
