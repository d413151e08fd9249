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
 *       {@link dev.parley.engine.montecarlo.TalksFromFirstRipeMonth} (the draw's talks, from its first ripe month,
 *       and the durability of the agreement reached), {@link dev.parley.engine.montecarlo.MonteCarloSummary}
 *       (headlines, with {@link dev.parley.engine.montecarlo.TalksWindow},
 *       {@link dev.parley.engine.montecarlo.AgreedTerms}; {@link dev.parley.engine.montecarlo.SurvivalBand}),
 *       {@link dev.parley.engine.montecarlo.ScenarioSensitivity},
 *       {@link dev.parley.engine.montecarlo.PerDrawFactorShapley} (the attribution of a run: per-draw Shapley values
 *       with common random numbers) and {@link dev.parley.engine.montecarlo.ScenarioFactorGame} (all coalitions on
 *       N draws: the exact, costly reference).</li>
 * </ul>
 */
package dev.parley.engine.montecarlo;
