package dev.parley.engine.bargain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Computes {@link SolutionConcept}s on a {@link ParetoSet} with an explicit {@link DisagreementPoint}, and
 * distances of outcomes to the frontier and to solution points. Every concept's optimum lies on the Pareto
 * frontier (each objective is monotone in every utility), so searching the distinct frontier points is exact.
 */
public final class BargainingSolutions {
    /** Objective values within this of the best count as ties. */
    public static final double OBJECTIVE_TOLERANCE = 1e-12;

    private BargainingSolutions() {
    }

    /**
     * @param frontier     the frontier
     * @param concept      the concept
     * @param disagreement d, one value per party
     * @return the solution, or empty when no frontier point is individually rational for d
     */
    public static Optional<SolutionPoint> solve(ParetoSet frontier, SolutionConcept concept,
                                                DisagreementPoint disagreement) {
        int k = frontier.partyCount();
        if (frontier.distinctCount() == 0) {
            return Optional.empty();
        }
        if (disagreement.partyCount() != k) {
            throw new IllegalArgumentException("the frontier has " + k + " parties but d has "
                    + disagreement.partyCount() + " values");
        }
        double[] d = disagreement.values();
        boolean needsFinite = concept == SolutionConcept.NASH || concept == SolutionConcept.KALAI_SMORODINSKY
                || concept == SolutionConcept.EGALITARIAN;
        if (needsFinite) {
            for (double v : d) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(concept + " needs a finite disagreement point, got "
                            + Arrays.toString(d) + "; use DisagreementPoint.geniusReservation or explicit values");
                }
            }
        }
        double tol = frontier.tolerance();
        int n = frontier.distinctCount();
        boolean[] rational = new boolean[n];
        double[] ideal = new double[k];
        Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
        boolean anyRational = false;
        for (int p = 0; p < n; p++) {
            boolean ok = concept == SolutionConcept.GENIUS_MIN_ASYMMETRY;
            if (!ok) {
                ok = true;
                for (int i = 0; i < k; i++) {
                    if (frontier.utility(p, i) < d[i] - tol) {
                        ok = false;
                        break;
                    }
                }
            }
            rational[p] = ok;
            if (ok) {
                anyRational = true;
                for (int i = 0; i < k; i++) {
                    ideal[i] = Math.max(ideal[i], frontier.utility(p, i));
                }
            }
        }
        if (!anyRational) {
            return Optional.empty();
        }
        double[] objective = new double[n];
        for (int p = 0; p < n; p++) {
            objective[p] = rational[p] ? objective(frontier, p, concept, d, ideal, tol) : Double.NaN;
        }
        boolean minimise = concept == SolutionConcept.GENIUS_MIN_ASYMMETRY;
        int best = -1;
        for (int p = 0; p < n; p++) {
            if (!rational[p]) {
                continue;
            }
            if (best < 0 || (minimise ? objective[p] < objective[best] - OBJECTIVE_TOLERANCE
                    : objective[p] > objective[best] + OBJECTIVE_TOLERANCE)) {
                best = p;
            }
        }
        int[] ties = new int[n];
        int t = 0;
        ties[t++] = best;
        for (int p = 0; p < n; p++) {
            if (p != best && rational[p] && Math.abs(objective[p] - objective[best]) <= OBJECTIVE_TOLERANCE) {
                ties[t++] = p;
            }
        }
        return Optional.of(new SolutionPoint(concept, best, frontier.point(best), objective[best],
                Arrays.copyOf(ties, t), disagreement));
    }

    private static double objective(ParetoSet f, int p, SolutionConcept c, double[] d, double[] ideal, double tol) {
        int k = f.partyCount();
        switch (c) {
            case NASH: {
                double prod = 1.0;
                for (int i = 0; i < k; i++) {
                    prod *= Math.max(0.0, f.utility(p, i) - d[i]);
                }
                return prod;
            }
            case KALAI_SMORODINSKY: {
                double min = Double.POSITIVE_INFINITY;
                for (int i = 0; i < k; i++) {
                    double span = ideal[i] - d[i];
                    if (span > tol) {
                        min = Math.min(min, (f.utility(p, i) - d[i]) / span);
                    }
                }
                return min == Double.POSITIVE_INFINITY ? 1.0 : min;
            }
            case EGALITARIAN: {
                double min = Double.POSITIVE_INFINITY;
                for (int i = 0; i < k; i++) {
                    min = Math.min(min, f.utility(p, i) - d[i]);
                }
                return min;
            }
            case UTILITARIAN: {
                double s = 0;
                for (int i = 0; i < k; i++) {
                    s += f.utility(p, i);
                }
                return s;
            }
            case GENIUS_MIN_ASYMMETRY: {
                double s = 0;
                for (int i = 0; i < k; i++) {
                    for (int j = i + 1; j < k; j++) {
                        s += Math.abs(f.utility(p, i) - f.utility(p, j));
                    }
                }
                return s;
            }
            default:
                throw new IllegalArgumentException("unknown concept " + c);
        }
    }

    /**
     * @param frontier the frontier
     * @param u        a utility vector, one entry per party
     * @return the Euclidean distance from utility vector {@code u} to the nearest frontier point (0 for a point on
     *         the frontier; GENIUS's "distance to Pareto" uses the same discrete definition)
     */
    public static double distanceToFrontier(ParetoSet frontier, double[] u) {
        if (u.length != frontier.partyCount()) {
            throw new IllegalArgumentException("need " + frontier.partyCount() + " utilities, got " + u.length);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int p = 0; p < frontier.distinctCount(); p++) {
            double s = 0;
            for (int i = 0; i < u.length; i++) {
                double dlt = frontier.utility(p, i) - u[i];
                s += dlt * dlt;
            }
            best = Math.min(best, s);
        }
        return Math.sqrt(best);
    }

    /**
     * @param solution a solution point
     * @param u        a utility vector, one entry per party
     * @return the Euclidean distance from {@code u} to the solution point
     */
    public static double distanceTo(SolutionPoint solution, double[] u) {
        double[] s = solution.utilities();
        if (u.length != s.length) {
            throw new IllegalArgumentException("need " + s.length + " utilities, got " + u.length);
        }
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += (s[i] - u[i]) * (s[i] - u[i]);
        }
        return Math.sqrt(sum);
    }
}
