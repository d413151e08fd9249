package dev.parley.engine.montecarlo;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The scenario's factors as players of a cooperative game (DESIGN.md §4.7): the value of a coalition S is a headline
 * figure of N draws in which exactly the factors of S are on. Every coalition runs on the same draw streams
 * (DrawStreams.forDraw(seed, i), i &lt; N) — common random numbers — so two coalitions differ only by their factors'
 * effects, never by sampling noise. Each coalition is run once and its summary kept, whatever the headlines asked.
 *
 * <p>Valuing all 2^k coalitions on N draws costs 2^k·N pipeline runs; {@code parley run} uses
 * {@link PerDrawFactorShapley} instead ((k + 1)·N runs, same estimand for expectations). This class remains the
 * exact reference for small k and for non-linear headlines such as a median over draws.
 */
public final class ScenarioFactorGame {

    /** Headlines attributed: P(window within 12 months), P(ZOPA at month 0) standing in for P(agreement), and
     *  the median over draws of the median durability. */
    public static final ToDoubleFunction<MonteCarloSummary> RIPE_WITHIN_12 = s -> s.ripeWithin().get(1).estimate();
    public static final ToDoubleFunction<MonteCarloSummary> ZOPA_AT_START = s -> s.zopaAtStart().estimate();
    public static final ToDoubleFunction<MonteCarloSummary> MEDIAN_DURABILITY = s -> s.durabilityQuantiles().median();
    /** P(agreement within the horizon): the talks of each draw (see {@link TalksFromFirstRipeMonth}). */
    public static final ToDoubleFunction<MonteCarloSummary> AGREEMENT = s -> s.agreement().estimate();

    private final ScenarioDrawPipeline pipeline;
    private final long seed;
    private final int draws;
    private final ParallelDrawRunner runner;
    private final Map<Long, MonteCarloSummary> coalitions = new HashMap<>();

    public ScenarioFactorGame(ScenarioDrawPipeline pipeline, long seed, int draws, ParallelDrawRunner runner) {
        this.pipeline = pipeline;
        this.seed = seed;
        this.draws = draws;
        this.runner = runner;
    }

    public int players() {
        return pipeline.sampler().factors().size();
    }

    /** The summary of N draws with exactly the factors whose bits are set in {@code coalition} on. */
    public MonteCarloSummary coalition(long coalition) {
        return coalitions.computeIfAbsent(coalition, c -> {
            boolean[] on = new boolean[players()];
            for (int f = 0; f < on.length; f++) {
                on[f] = (c & (1L << f)) != 0;
            }
            return MonteCarloSummary.of(runner.run(seed, draws, (i, rng) -> pipeline.runWithFactors(rng, on)));
        });
    }

    /** The Shapley values of the factors on {@code headline}: exact up to 12 factors, else sampled permutations. */
    public ShapleyAttribution.Result shapley(ToDoubleFunction<MonteCarloSummary> headline, int permutations) {
        return ShapleyAttribution.of(players(), c -> headline.applyAsDouble(coalition(c)), permutations,
                new SplittableRandom(seed));
    }
}
