package dev.parley.bench.bargain;

import dev.parley.engine.bargain.NaiveSkylineParetoFrontier;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.SortSweepParetoFrontier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Goals (issue 3): 2-party frontier of 10^7 uniform random points in under 1.5 s on one core, and of 10^5
 * anti-correlated points (all on the frontier: u2 = 1 − u1) in under 0.1 s; the naive O(n·|F|) skyline
 * (GENIUS/NegMAS approach) on the same inputs in the same run, for the ratio. Seeded inputs (seed 2026).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class TwoPartyFrontierBenchmark {
    @Param({"random_10000000", "anticorrelated_100000"})
    public String input;

    private double[][] points;

    @Setup
    public void setUp() {
        String[] p = input.split("_");
        int n = Integer.parseInt(p[1]);
        SplittableRandom rng = new SplittableRandom(2026);
        points = new double[2][n];
        for (int j = 0; j < n; j++) {
            double a = rng.nextDouble();
            points[0][j] = a;
            points[1][j] = p[0].equals("random") ? rng.nextDouble() : 1 - a;
        }
    }

    @Benchmark
    public ParetoSet sortSweep() {
        return new SortSweepParetoFrontier().compute(points);
    }

    @Benchmark
    public ParetoSet naiveSkyline() {
        return new NaiveSkylineParetoFrontier().compute(points);
    }
}
