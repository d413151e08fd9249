package dev.parley.bench.conflict;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.parley.engine.conflict.DiscretisedFrontValueOfFighting;
import dev.parley.engine.conflict.FightingValueProblem;
import dev.parley.engine.conflict.FightingValueTable;
import dev.parley.engine.conflict.FrontRandomWalk;
import dev.parley.engine.conflict.SampledValueOfFighting;
import dev.parley.engine.conflict.ValueEstimate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W_i(t) for every month and front of a 36-month horizon (the flagship scenario's size): one backward induction on
 * the default grid (cells of width σ/6: 600 cells for σ = 0.01, 2000 for σ = 0.003), against 10 000 sampled paths
 * for a single (t, f).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValueOfFightingBenchmark {
    @Param({"0.01", "0.003"})
    public double volatility;

    private FightingValueProblem problem;

    @Setup
    public void setUp() {
        problem = new FightingValueProblem(FrontRandomWalk.constant(-0.004, volatility), 0.2, f -> 0.4 * f,
                0.01, 0.0004, 0.99, 36);
    }

    @Benchmark
    public FightingValueTable discretisedTableAllMonthsAllFronts() {
        return new DiscretisedFrontValueOfFighting().table(problem);
    }

    @Benchmark
    public ValueEstimate sampledTenThousandPathsOnePoint() {
        return new SampledValueOfFighting(10_000).estimate(problem, 0, 0.8, new SplittableRandom(1));
    }
}
