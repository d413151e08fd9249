/**
 * Durability of an agreement (DESIGN.md §4.5): the hazard model
 * {@code h(s) = h0(s)·exp(β·provisions)·commitment(s)·compliance(s)} with a Weibull baseline by agreement type
 * calibrated on UCDP termination data ({@link dev.parley.engine.durability.DurabilityDefaults}), and survival
 * analysis for researchers' own data: {@link dev.parley.engine.durability.KaplanMeierEstimator},
 * {@link dev.parley.engine.durability.CensoredWeibullFit} (no covariates, profile likelihood),
 * {@link dev.parley.engine.durability.CensoredWeibullRegression} (Weibull PH with covariates) and
 * {@link dev.parley.engine.durability.CoxProportionalHazardsFit} (Efron or Breslow ties, counting-process rows).
 *
 * <h2>Decisions where DESIGN.md §4.5 is silent</h2>
 * <ul>
 *   <li>Time: the hazard model counts months after signing; the Weibull baseline is in years. Multipliers are
 *       constant within a month, so the cumulative hazard is exact (no numerical integration).</li>
 *   <li>Interval of the survival curve: the envelope over the baseline's calibration interval (Wilson 95 % interval
 *       of the UCDP recurrence share) and the provisions' plausible hazard-ratio ranges — a range of plausible
 *       parameters, not a sampling interval. Uncertainty over other inputs belongs to the Monte Carlo layer.</li>
 *   <li>Commitment: {@code exp(γ·max(0, max_i (W_i(s) − U_i)))} with W_i moving linearly with net rearmament; γ is an
 *       assumption (a gap of 0.1 doubles the hazard).</li>
 *   <li>Compliance: the hazard multiplier averaged over implemented / broken commitments,
 *       {@code Π_{due ≤ s} (q + (1−q)·R)}, q = credibility·trust, R = 2 by assumption.</li>
 *   <li>Main driver: the component whose removal changes P(renewed war within 5 years) most; "agreement type"
 *       compares with the other type's baseline.</li>
 * </ul>
 */
package dev.parley.engine.durability;
