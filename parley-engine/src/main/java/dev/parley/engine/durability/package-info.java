/**
 * Durability of an agreement (DESIGN.md §4.5): the hazard model
 * {@code h(s) = h0(s)·exp(β·provisions)·commitment(s)·compliance(s)} with a Weibull baseline by agreement type
 * calibrated on UCDP termination data ({@link dev.parley.engine.durability.DurabilityDefaults}), and survival
 * analysis for researchers' own data: {@link dev.parley.engine.durability.KaplanMeierEstimator},
 * {@link dev.parley.engine.durability.CensoredWeibullFit} and
 * {@link dev.parley.engine.durability.CoxProportionalHazardsFit} (Efron or Breslow ties, counting-process rows).
 */
package dev.parley.engine.durability;
