package dev.parley.bench.conflict;

import java.util.concurrent.TimeUnit;

import dev.parley.engine.conflict.FrontRandomWalk;
import dev.parley.engine.conflict.RipenessEvaluator;
import dev.parley.engine.conflict.StalemateOutlook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One party's stalemate inputs over a ripeness scan of the flagship scenario (ukraine-2025.yaml: front 0.20, drift
 * −0.003, σ 0.004 a month, so 1500 cells; horizon 36, window H = 6, months 0..30 assessed at E[f(t)]), as a Monte
 * Carlo draw asks for them (a fresh walk per scan): one forward forecast per month
 * ({@link RipenessEvaluator#stalemateInputs}) against one {@link StalemateOutlook} covering the scan's fronts.
 * {@code months} = 1 is a scan that stops at month 0 (the first ripe month of about a fifth of the draws), 31 the
 * whole scan (no ripe month, about two fifths).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StalemateOutlookBenchmark {
    private static final double FRONT = 0.20;
    private static final double DRIFT = -0.003;
    private static final double VOLATILITY = 0.004;
    private static final int HORIZON = 36;
    private static final int WINDOW = 6;

    @Param({"1", "31"})
    public int months;

    private double[] path;

    @Setup
    public void setUp() {
        FrontRandomWalk walk = FrontRandomWalk.constant(DRIFT, VOLATILITY);
        path = walk.forecast(FRONT, 0, HORIZON, walk.defaultCells(0, HORIZON)).mean();
    }

    @Benchmark
    public double forwardForecastPerMonth() {
        FrontRandomWalk walk = FrontRandomWalk.constant(DRIFT, VOLATILITY);
        double sum = 0.0;
        for (int t = 0; t < months; t++) {
            double[] s = RipenessEvaluator.stalemateInputs(walk, path[t], t, WINDOW);
            sum += s[0] + s[1];
        }
        return sum;
    }

    @Benchmark
    public double backwardOutlook() {
        FrontRandomWalk walk = FrontRandomWalk.constant(DRIFT, VOLATILITY);
        StalemateOutlook outlook = new StalemateOutlook(walk, WINDOW);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < months; t++) {
            lowest = Math.min(lowest, path[t]);
            highest = Math.max(highest, path[t]);
        }
        outlook.cover(lowest, highest);
        double sum = 0.0;
        for (int t = 0; t < months; t++) {
            double[] s = outlook.inputs(path[t], t);
            sum += s[0] + s[1];
        }
        return sum;
    }
}
