/**
 * Monte Carlo, sensitivity and attribution (DESIGN.md §4.7).
 *
 * <ul>
 *   <li>{@link dev.parley.engine.montecarlo.DrawStreams}: draw i's generator from (seed, i) alone;
 *       {@link dev.parley.engine.montecarlo.DrawSampler} / {@link dev.parley.engine.montecarlo.UncertainParameter}:
 *       the draw's uncertain parameters (inverse CDF) and factor activations;</li>
 *   <li>{@link dev.parley.engine.montecarlo.ParallelDrawRunner}: N draws (or a shard of them) on k threads,
 *       results in draw order — identical for any k — and cancellable to a consistent prefix;</li>
 *   <li>mergeable summaries: {@link dev.parley.engine.montecarlo.ProportionSummary} (Wilson),
 *       {@link dev.parley.engine.montecarlo.MomentSummary} (Welford/Chan),
 *       {@link dev.parley.engine.montecarlo.ExactQuantiles} (all draws kept), and
 *       {@link dev.parley.engine.montecarlo.ProportionConvergence};</li>
 *   <li>sensitivity: {@link dev.parley.engine.montecarlo.PartialRankCorrelation},
 *       {@link dev.parley.engine.montecarlo.OneAtATimeSwings}; attribution:
 *       {@link dev.parley.engine.montecarlo.ShapleyAttribution};</li>
 *   <li>on a scenario: {@link dev.parley.engine.montecarlo.ScenarioDrawPipeline} (one draw's pipeline),
 *       {@link dev.parley.engine.montecarlo.MonteCarloSummary} (headlines),
 *       {@link dev.parley.engine.montecarlo.ScenarioSensitivity} and
 *       {@link dev.parley.engine.montecarlo.ScenarioFactorGame} (Shapley with common random numbers).</li>
 * </ul>
 */
package dev.parley.engine.montecarlo;
