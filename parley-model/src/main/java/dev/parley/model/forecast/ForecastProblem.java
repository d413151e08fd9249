package dev.parley.model.forecast;

import java.util.List;
import java.util.Objects;

/**
 * A multi-actor forecast problem: dimensions with their scales and actors with capability, positions and
 * saliences.
 *
 * @param name        scenario name
 * @param description free text (may be empty)
 * @param dimensions  the dimensions, at least one
 * @param actors      the actors, at least one; each has one position and salience per dimension, positions
 *                    on the dimension's scale
 */
public record ForecastProblem(String name, String description, List<ForecastDimension> dimensions,
                              List<ForecastActor> actors) {

    public ForecastProblem {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        dimensions = List.copyOf(dimensions);
        actors = List.copyOf(actors);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("problem '" + name + "' has no dimensions (need at least one)");
        }
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("problem '" + name + "' has no actors (need at least one)");
        }
        for (ForecastActor a : actors) {
            if (a.dimensionCount() != dimensions.size()) {
                throw new IllegalArgumentException("actor '" + a.name() + "' has " + a.dimensionCount()
                        + " dimensions but problem '" + name + "' has " + dimensions.size());
            }
            for (int d = 0; d < dimensions.size(); d++) {
                ForecastDimension dim = dimensions.get(d);
                if (!dim.contains(a.position(d))) {
                    throw new IllegalArgumentException("actor '" + a.name() + "': position " + a.position(d)
                            + " on dimension '" + dim.name() + "' is outside its scale [" + dim.low() + ", "
                            + dim.high() + "]");
                }
            }
        }
    }

    /** @return the number of actors */
    public int actorCount() {
        return actors.size();
    }

    /** @return the number of dimensions */
    public int dimensionCount() {
        return dimensions.size();
    }
}
