/**
 * Multi-actor forecast models (DESIGN §4.6): {@link dev.parley.engine.forecast.KtabSpatialModel} (an exact
 * port of KTAB's Spatial Model of Politics), {@link dev.parley.engine.forecast.ExpectedUtilityModel} (Bueno de
 * Mesquita's expected-utility model as unravelled by Scholz, Calbert &amp; Smith 2011), and the baselines
 * {@link dev.parley.engine.forecast.CompromiseModel} and {@link dev.parley.engine.forecast.WeightedMedianModel};
 * {@link dev.parley.engine.forecast.ForecastAccuracy} scores any of them against observed outcomes.
 *
 * <p>All models take a {@link dev.parley.model.forecast.ForecastProblem} and are deterministic.
 */
package dev.parley.engine.forecast;
