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
 */
package dev.parley.engine.conflict;
