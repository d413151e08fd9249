package dev.parley.bench.conflict;

import java.util.concurrent.TimeUnit;

import dev.parley.engine.conflict.DiscretisedFrontValueOfFighting;
import dev.parley.engine.conflict.FightingValueProblem;
import dev.parley.engine.conflict.FrontForecast;
import dev.parley.engine.conflict.FrontRandomWalk;
import dev.parley.engine.conflict.FrontTransition;
import dev.parley.engine.conflict.RipenessEvaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The conflict model's work inside one Monte Carlo draw of the flagship scenario (ukraine-2025.yaml: front 0.20,
 * drift −0.003, σ 0.004 a month, horizon 36 months, so the default grid has 6/σ = 1500 cells):
 * <ul>
 *   <li>building the one-month Gaussian transition (a fresh walk each call, so no walk-level reuse);</li>
 *   <li>the expected front path: one 36-month forecast from the initial front;</li>
 *   <li>one stalemate input of the ripeness scan: a 6-month forecast from month 12 (a fresh walk each call);</li>
 *   <li>W_i(t) along a path: one restricted backward induction ({@code valuesAlong}).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FrontForecastBenchmark {
    private static final double FRONT = 0.20;
    private static final double DRIFT = -0.003;
    private static final double VOLATILITY = 0.004;
    private static final int HORIZON = 36;

    private FrontRandomWalk walk;
    private int cells;
    private FightingValueProblem problem;
    private double[] path;

    @Setup
    public void setUp() {
        walk = FrontRandomWalk.constant(DRIFT, VOLATILITY);
        cells = walk.defaultCells(0, HORIZON);
        problem = new FightingValueProblem(FrontRandomWalk.constant(-0.004, VOLATILITY), 0.2, f -> 0.4 * f, 0.04,
                0.0004, 0.99, HORIZON);
        path = walk.forecast(FRONT, 0, HORIZON, cells).mean();
    }

    @Benchmark
    public FrontTransition gaussianTransition() {
        return FrontTransition.gaussian(DRIFT, VOLATILITY, cells);
    }

    @Benchmark
    public FrontForecast expectedPathForecast36Months() {
        return walk.forecast(FRONT, 0, HORIZON, cells);
    }

    @Benchmark
    public double[] stalemateInputs6MonthsFreshWalk() {
        return RipenessEvaluator.stalemateInputs(FrontRandomWalk.constant(-0.004, VOLATILITY), path[12], 12, 6);
    }

    @Benchmark
    public double[] valuesAlongExpectedPath() {
        return new DiscretisedFrontValueOfFighting(cells).valuesAlong(problem, path);
    }
}
