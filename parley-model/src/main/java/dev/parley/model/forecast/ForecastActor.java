package dev.parley.model.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * One actor of a forecast problem.
 *
 * @param name        the actor's name
 * @param description free text (may be empty)
 * @param capability  the actor's raw capability (power, influence), finite and non-negative
 * @param positions   position per dimension, on that dimension's scale (see {@link ForecastDimension})
 * @param saliences   salience per dimension as a fraction in [0, 1] (KTAB's 0–100 percentages divided by 100)
 */
public record ForecastActor(String name, String description, double capability, double[] positions,
                            double[] saliences) {

    public ForecastActor {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(saliences, "saliences");
        if (!Double.isFinite(capability) || capability < 0) {
            throw new IllegalArgumentException("actor '" + name + "': capability " + capability
                    + " is invalid (need a finite number >= 0)");
        }
        if (positions.length != saliences.length || positions.length == 0) {
            throw new IllegalArgumentException("actor '" + name + "': " + positions.length + " positions but "
                    + saliences.length + " saliences (need one of each per dimension, at least one dimension)");
        }
        for (int d = 0; d < positions.length; d++) {
            if (!Double.isFinite(positions[d])) {
                throw new IllegalArgumentException("actor '" + name + "': position " + positions[d]
                        + " on dimension " + d + " is not a finite number");
            }
            if (!(saliences[d] >= 0 && saliences[d] <= 1)) {
                throw new IllegalArgumentException("actor '" + name + "': salience " + saliences[d]
                        + " on dimension " + d + " is outside [0, 1] (give saliences as fractions)");
            }
        }
        positions = positions.clone();
        saliences = saliences.clone();
    }

    /** Convenience constructor for a one-dimensional problem. */
    public static ForecastActor of(String name, double capability, double position, double salience) {
        return new ForecastActor(name, "", capability, new double[] {position}, new double[] {salience});
    }

    @Override
    public double[] positions() {
        return positions.clone();
    }

    @Override
    public double[] saliences() {
        return saliences.clone();
    }

    /** @return the position on dimension {@code d} */
    public double position(int d) {
        return positions[d];
    }

    /** @return the salience on dimension {@code d} */
    public double salience(int d) {
        return saliences[d];
    }

    /** @return the number of dimensions */
    public int dimensionCount() {
        return positions.length;
    }

    /** @return the sum of saliences over all dimensions */
    public double totalSalience() {
        double s = 0;
        for (double v : saliences) {
            s += v;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForecastActor a && name.equals(a.name) && description.equals(a.description)
                && Double.compare(capability, a.capability) == 0 && Arrays.equals(positions, a.positions)
                && Arrays.equals(saliences, a.saliences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, capability, Arrays.hashCode(positions), Arrays.hashCode(saliences));
    }

    @Override
    public String toString() {
        return "ForecastActor[" + name + ", c=" + capability + ", x=" + Arrays.toString(positions) + ", s="
                + Arrays.toString(saliences) + "]";
    }
}
