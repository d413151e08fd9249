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
        switch (u.length) {
            case 2:
                return SortSweepParetoFrontier.nonDominated(u[0], u[1], n, tol);
            case 3:
                return ThreePartySweepParetoFrontier.nonDominated(u, n, tol);
            default:
                return PresortedSkylineParetoFrontier.nonDominated(u, n, tol);
        }
    }
}
