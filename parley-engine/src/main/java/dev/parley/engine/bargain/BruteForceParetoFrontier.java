package dev.parley.engine.bargain;

import java.util.Arrays;

/**
 * Reference definition, O(n²·k): a point is on the frontier when no other point dominates it. Used by the
 * property tests to check every faster algorithm; refuses more than {@value #MAX_POINTS} points.
 */
public final class BruteForceParetoFrontier implements ParetoFrontier {
    /** Largest input accepted (about 10^10 comparisons). */
    public static final int MAX_POINTS = 100_000;
    private final double tolerance;

    /** Uses {@link Dominance#DEFAULT_TOLERANCE}. */
    public BruteForceParetoFrontier() {
        this(Dominance.DEFAULT_TOLERANCE);
    }

    /** @param tolerance dominance tolerance, {@code >= 0} */
    public BruteForceParetoFrontier(double tolerance) {
        Dominance.checkTolerance(tolerance);
        this.tolerance = tolerance;
    }

    @Override
    public ParetoSet compute(double[][] u) {
        int n = Dominance.checkColumns(u, 1, Integer.MAX_VALUE);
        if (n > MAX_POINTS) {
            throw new dev.parley.engine.space.SpaceTooLargeException("brute force compares all pairs of " + n
                    + " points, above its limit of " + MAX_POINTS, "SortSweepParetoFrontier (2 parties) or"
                    + " PresortedSkylineParetoFrontier");
        }
        int[] out = new int[n];
        int f = 0;
        for (int j = 0; j < n; j++) {
            boolean dominated = false;
            for (int i = 0; i < n && !dominated; i++) {
                dominated = i != j && Dominance.dominates(u, i, j, tolerance);
            }
            if (!dominated) {
                out[f++] = j;
            }
        }
        return ParetoSet.fromIndices(u, Arrays.copyOf(out, f), tolerance);
    }
}
