/**
 * The conflict model: the no-deal path of DESIGN.md §4.3 and the closed-form models it is checked against.
 *
 * <p>Closed forms (each a small final class with static methods, tested against the vectors of
 * {@code reference/conflict-models.md} §1.7): {@link dev.parley.engine.conflict.FearonBargainingRange},
 * {@link dev.parley.engine.conflict.IndivisibleIssue}, {@link dev.parley.engine.conflict.RiskReturnOffer},
 * {@link dev.parley.engine.conflict.PowellShiftingPower}, {@link dev.parley.engine.conflict.GamblersRuin},
 * {@link dev.parley.engine.conflict.BayesianTypeBelief}, {@link dev.parley.engine.conflict.ScreeningOffer},
 * {@link dev.parley.engine.conflict.WarOfAttrition}.
 *
 * <p>The no-deal path: {@link dev.parley.engine.conflict.FrontRandomWalk} (front with drift, volatility and
 * absorbing bounds), {@link dev.parley.engine.conflict.DiscretisedFrontValueOfFighting} (W_i(t) by exact expectation
 * over the discretised front, all starting fronts at once by backward induction),
 * {@link dev.parley.engine.conflict.SampledValueOfFighting} (the same by seeded sampling with its standard error) and
 * {@link dev.parley.engine.conflict.RipenessEvaluator} (stalemate, hurting, way out, month by month).
 *
 * <p>All inputs are plain numbers and arrays; the scenario wiring lives elsewhere and calls these classes.
 *
 * <h2>Typical use (what the scenario wiring calls)</h2>
 * <pre>{@code
 * FrontRandomWalk uaView = FrontRandomWalk.constant(0.000, 0.01);    // UA's own belief: no drift
 * FrontRandomWalk ruView = uaView.withDrift(-0.004);                  // RU's belief: the front moves its way
 * FightingValueTable wUa = new DiscretisedFrontValueOfFighting().table(new FightingValueProblem(
 *         uaView, fixedNoDealUtilityUa, f -> wLineUa * f, 0.010, 0.0004, 0.99, 36));
 * double w = wUa.value(month, front);                                 // W_UA(t) at the current front
 * double[] s = RipenessEvaluator.stalemateInputs(uaView, front, month, 6); // {E[Δf], P(decisive)}
 * RipenessAssessment a = new RipenessEvaluator(thresholds, "UA", "RU")
 *         .assess(month, change, decisive, costs, warValues, WayOutTest.outcomeTable(utilities, 1e-9));
 * }</pre>
 *
 * <h2>Decisions where DESIGN.md §4.3 is silent</h2>
 * <ul>
 *   <li>Costs stop once the front is decided (f = 0 or 1 ends the war), as in the gambler's-ruin war value
 *       P_A − c·E[T]; after the horizon H the front is frozen at f(H) and costs stop, so
 *       {@code W(t) = (1−δ) Σ_{s=t}^{H−1} δ^{s−t} E[u(f_s) − c(s)·1{undecided}] + δ^{H−t} E[u(f_H)]}.</li>
 *   <li>Month s's step uses drift[s] and volatility[s]; the cost of month s is base + growth·s with s counted from
 *       the scenario start (not from t).</li>
 *   <li>Exact expectation = the walk discretised on cells of width ≤ σ/6 (200–4000 cells), transition
 *       probabilities from normal CDF differences (mass beyond 0/1 absorbed); the error reported is the change on
 *       halving the grid. A deterministic walk (σ = 0) is followed exactly.</li>
 *   <li>Ripeness: every party must see the stalemate under its own walk, every party must hurt, and the way out is
 *       a pluggable {@link dev.parley.engine.conflict.WayOutTest} (ΣW ≤ 1 for a divisible good, or a table of
 *       agreement utilities). ε_s, τ, H and κ_i have no published values: they are scenario parameters.</li>
 * </ul>
 */
package dev.parley.engine.conflict;
