package dev.parley.model.forecast;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A KTAB SMP scenario as read from a KTAB CSV or XML file: the problem (positions and saliences on KTAB's 0–100
 * scale, saliences as fractions), the model parameters when the file gives them, the PRNG seed when given, and
 * the ideal-accommodation matrix (identity unless an XML {@code <IdealAdjustment>} says otherwise).
 *
 * @param problem       actors and dimensions
 * @param parameters    the file's {@code <ModelParameters>}, empty for CSV files and XML files without them
 * @param seed          the file's {@code <prngSeed>} as written, empty when absent
 * @param accommodation n×n matrix: row i says how far actor i's ideal moves toward each actor's position per turn
 *                      (KTAB's {@code newIdeals}); {@code null} means the identity, i.e. ideal = position
 */
public record KtabScenario(ForecastProblem problem, Optional<KtabParameters> parameters, Optional<String> seed,
                           double[][] accommodation) {

    public KtabScenario {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(seed, "seed");
        int n = problem.actorCount();
        if (accommodation == null) {
            accommodation = identity(n);
        }
        if (accommodation.length != n) {
            throw new IllegalArgumentException("accommodation matrix has " + accommodation.length + " rows for "
                    + n + " actors");
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (accommodation[i].length != n) {
                throw new IllegalArgumentException("accommodation row " + i + " has " + accommodation[i].length
                        + " entries for " + n + " actors");
            }
            copy[i] = accommodation[i].clone();
        }
        accommodation = copy;
    }

    /** A scenario with identity accommodation and no parameters or seed (KTAB CSV). */
    public static KtabScenario of(ForecastProblem problem) {
        return new KtabScenario(problem, Optional.empty(), Optional.empty(), null);
    }

    /** @return the n×n identity matrix */
    public static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        return m;
    }

    @Override
    public double[][] accommodation() {
        double[][] copy = new double[accommodation.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = accommodation[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KtabScenario k && problem.equals(k.problem) && parameters.equals(k.parameters)
                && seed.equals(k.seed) && Arrays.deepEquals(accommodation, k.accommodation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(problem, parameters, seed, Arrays.deepHashCode(accommodation));
    }
}
