package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastProblem;

/**
 * A model that forecasts the outcome of a multi-actor decision from the actors' capabilities, positions and
 * saliences.
 */
public interface ForecastModel {

    /** @return a short, stable name for reports (e.g. {@code "compromise"}) */
    String name();

    /**
     * Forecasts the outcome.
     *
     * @param problem the actors and dimensions
     * @return the predicted outcome, one value per dimension, on each dimension's scale
     * @throws IllegalArgumentException when the problem is outside the model's domain (the message says why)
     */
    double[] forecast(ForecastProblem problem);
}
