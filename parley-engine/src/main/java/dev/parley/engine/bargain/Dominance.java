package dev.parley.engine.bargain;

/**
 * Pareto dominance with a tolerance (DESIGN.md §4.2): a dominates b when {@code a_i >= b_i − tol} for every
 * party and {@code a_i > b_i + tol} for at least one. Two vectors are tied when every coordinate differs by at
 * most tol. The tolerance absorbs floating-point rounding: in plain doubles, sums of the same terms in another
 * order differ in the last bits, and exact ties would otherwise be lost (GENIUS domains: 75 Pareto outcomes in
 * exact arithmetic, 73 with naive doubles; /work/shared/data/genius/REFERENCE.md). The tolerance is meant to be
 * much smaller than the gaps between genuinely different utilities.
 */
public final class Dominance {
    /** Default tolerance, DESIGN.md §4.2. */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    private Dominance() {
    }

    /**
     * @param u   utilities {@code u[party][point]}
     * @param a   index of the candidate dominator
     * @param b   index of the candidate dominated point
     * @param tol tolerance
     * @return whether point a dominates point b
     */
    public static boolean dominates(double[][] u, int a, int b, double tol) {
        boolean strictly = false;
        for (double[] col : u) {
            double x = col[a];
            double y = col[b];
            if (x < y - tol) {
                return false;
            }
            if (x > y + tol) {
                strictly = true;
            }
        }
        return strictly;
    }

    /** @return whether vector a dominates vector b */
    public static boolean dominates(double[] a, double[] b, double tol) {
        boolean strictly = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i] - tol) {
                return false;
            }
            if (a[i] > b[i] + tol) {
                strictly = true;
            }
        }
        return strictly;
    }

    /** @return whether every coordinate of a and b differs by at most tol */
    public static boolean tied(double[] a, double[] b, double tol) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > tol) {
                return false;
            }
        }
        return true;
    }

    static void checkTolerance(double tol) {
        if (!(tol >= 0) || !Double.isFinite(tol)) {
            throw new IllegalArgumentException("dominance tolerance must be finite and >= 0, got " + tol);
        }
    }

    /** Validates {@code u[party][point]} and returns the number of points. */
    static int checkColumns(double[][] u, int minParties, int maxParties) {
        if (u.length < minParties || u.length > maxParties) {
            throw new IllegalArgumentException("need " + (minParties == maxParties ? "exactly " + minParties
                    : minParties + ".." + maxParties) + " parties (utility columns), got " + u.length);
        }
        int n = u[0].length;
        for (double[] c : u) {
            if (c.length != n) {
                throw new IllegalArgumentException("every party needs one utility per point; column lengths differ: "
                        + n + " vs " + c.length);
            }
        }
        for (double[] c : u) {
            for (int j = 0; j < n; j++) {
                if (Double.isNaN(c[j])) {
                    throw new IllegalArgumentException("utility of point " + j + " is NaN");
                }
            }
        }
        return n;
    }
}
