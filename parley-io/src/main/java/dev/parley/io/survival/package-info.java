/**
 * Readers for survival data: {@link dev.parley.io.survival.SurvivalCsvReader} for researchers' own spells (one row
 * per spell, or counting-process rows {@code (start, stop]} for time-varying covariates) and
 * {@link dev.parley.io.survival.UcdpTerminationReader} for the UCDP Conflict Termination dyadic file (v2-2015), from
 * which recurrence by outcome type is computed. Output is plain arrays, ready for the engine's estimators.
 */
package dev.parley.io.survival;
