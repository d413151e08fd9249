package dev.parley.engine.bargain;

/**
 * Picks the fastest exact point-set frontier for the number of parties: {@link SortSweepParetoFrontier} for 2,
 * {@link ThreePartySweepParetoFrontier} for 3, {@link PresortedSkylineParetoFrontier} otherwise.
 */
public final class PointFrontiers {
    private PointFrontiers() {
    }

    /** @return the frontier algorithm for {@code parties} parties with the given tolerance */
    public static ParetoFrontier forParties(int parties, double tolerance) {
        switch (parties) {
            case 2:
                return new SortSweepParetoFrontier(tolerance);
            case 3:
                return new ThreePartySweepParetoFrontier(tolerance);
            default:
                return new PresortedSkylineParetoFrontier(tolerance);
        }
    }

    static int[] nonDominated(double[][] u, int n, double tol) {
        return nonDominated(u, n, tol, 1);
    }

    /**
     * The non-dominated points among the first n, for points numbered so that the indices {@code j·interleave + a}
     * of each residue a are nearly sorted (as {@link AdditiveMergeParetoFrontier} numbers its candidates): the 2-
     * and 3-party sweeps then sort faster, with the same result; {@code interleave <= 1} assumes nothing. For 2 and
     * 3 parties the indices come in the lexicographic descending order of their utility vectors.
     */
    static int[] nonDominated(double[][] u, int n, double tol, int interleave) {
        switch (u.length) {
            case 2:
                return SortSweepParetoFrontier.nonDominated(u[0], u[1], n, tol, interleave);
            case 3:
                return ThreePartySweepParetoFrontier.nonDominated(u, n, tol, interleave);
            default:
                return PresortedSkylineParetoFrontier.nonDominated(u, n, tol);
        }
    }
}
