/**
 * Plain input records for multi-actor forecasts (DESIGN §4.6): actors with a capability, a position per
 * dimension on that dimension's scale and a salience per dimension, plus observed outcomes for accuracy
 * evaluation. No algorithms and no I/O live here.
 */
package dev.parley.model.forecast;
