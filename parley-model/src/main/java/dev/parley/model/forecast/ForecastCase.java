package dev.parley.model.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * A forecast problem together with the outcome that was actually observed (e.g. one DEU issue), used to
 * measure forecast accuracy.
 *
 * @param id       identifier of the case (e.g. DEU's issue code {@code d00032i1})
 * @param problem  the actors' positions, saliences and capabilities before the decision
 * @param outcome  the observed outcome per dimension, on the dimension's scale
 */
public record ForecastCase(String id, ForecastProblem problem, double[] outcome) {

    public ForecastCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.length != problem.dimensionCount()) {
            throw new IllegalArgumentException("case '" + id + "': " + outcome.length + " outcome values for "
                    + problem.dimensionCount() + " dimensions");
        }
        for (int d = 0; d < outcome.length; d++) {
            if (!problem.dimensions().get(d).contains(outcome[d])) {
                throw new IllegalArgumentException("case '" + id + "': outcome " + outcome[d]
                        + " is outside the scale of dimension " + d);
            }
        }
        outcome = outcome.clone();
    }

    @Override
    public double[] outcome() {
        return outcome.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForecastCase c && id.equals(c.id) && problem.equals(c.problem)
                && Arrays.equals(outcome, c.outcome);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, problem, Arrays.hashCode(outcome));
    }

    @Override
    public String toString() {
        return "ForecastCase[" + id + ", " + problem.actorCount() + " actors, outcome=" + Arrays.toString(outcome)
                + "]";
    }
}
