package dev.parley.engine.montecarlo;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Sensitivity of a run's outputs to its uncertain parameters. A draw's inputs are a pure function of (seed, i), so
 * they are regenerated here from the draw streams (sampling only, no pipeline) rather than stored by the run.
 */
public final class ScenarioSensitivity {

    private ScenarioSensitivity() {
    }

    /** The sampled uncertain parameters of draws firstDraw..firstDraw + n − 1 (row = draw, column = uncertainty entry in file order). */
    public static double[][] inputs(DrawSampler sampler, long seed, long firstDraw, int n) {
        List<UncertainParameter> u = sampler.uncertain();
        double[][] rows = new double[n][u.size()];
        for (int i = 0; i < n; i++) {
            double[] v = sampler.sample(DrawStreams.forDraw(seed, firstDraw + i)).parameters();
            for (int j = 0; j < u.size(); j++) {
                rows[i][j] = v[u.get(j).index()];
            }
        }
        return rows;
    }

    /** PRCC of every uncertain parameter with one per-draw output (NaN outputs drop their draws). */
    public static double[] prcc(DrawSampler sampler, DrawResults<DrawOutcome> run,
            ToDoubleFunction<DrawOutcome> output) {
        List<DrawOutcome> d = run.results();
        double[] y = new double[d.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = output.applyAsDouble(d.get(i));
        }
        return PartialRankCorrelation.of(inputs(sampler, run.seed(), run.firstDraw(), d.size()), y);
    }

    /**
     * The first ripe month as a rankable output: a draw that never ripens within the assessed months ranks after
     * every draw that does (it is given the horizon + 1).
     */
    public static ToDoubleFunction<DrawOutcome> firstRipeMonth(int horizonMonths) {
        return o -> o.firstRipeMonth() < 0 ? horizonMonths + 1 : o.firstRipeMonth();
    }

    /**
     * One-at-a-time swings of a per-draw output around the central case: parameters at their scenario values, the
     * factors that are simply on (active, without a probability) on, the others off — as
     * {@code ParameterTable.centralCase} — each uncertain parameter moved to its 5th and 95th percentile before the
     * effects apply.
     */
    public static List<OneAtATimeSwings.Swing> swings(ScenarioDrawPipeline pipeline,
            ToDoubleFunction<DrawOutcome> output, long stageSeed) {
        return swings(pipeline, output, stageSeed, new ParallelDrawRunner(1));
    }

    /** As above, the evaluations spread over the runner's threads; the swings do not depend on their number. */
    public static List<OneAtATimeSwings.Swing> swings(ScenarioDrawPipeline pipeline,
            ToDoubleFunction<DrawOutcome> output, long stageSeed, ParallelDrawRunner runner) {
        DrawSampler sampler = pipeline.sampler();
        boolean[] on = new boolean[sampler.factors().size()];
        for (int f = 0; f < on.length; f++) {
            on[f] = sampler.factors().get(f).active() && sampler.factors().get(f).probability().isEmpty();
        }
        return OneAtATimeSwings.of(sampler.table().values(), sampler.uncertain(),
                v -> output.applyAsDouble(pipeline.evaluate(sampler.withEffects(v, on), stageSeed)), runner);
    }
}
