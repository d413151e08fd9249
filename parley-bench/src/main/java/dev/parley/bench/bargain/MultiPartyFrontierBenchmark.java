package dev.parley.bench.bargain;

import dev.parley.engine.bargain.NaiveSkylineParetoFrontier;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.PresortedSkylineParetoFrontier;
import dev.parley.engine.bargain.ThreePartySweepParetoFrontier;
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
 * 3-party frontiers: the O(n log n) three-party sweep and the presorted skyline versus the naive skyline, on 10^6 uniform random points and on 10^4
 * points of the simplex u1 + u2 + u3 = 1 (all on the frontier). No stated goal; reported for the k >= 3
 * algorithm. Seeded (seed 99).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MultiPartyFrontierBenchmark {
    @Param({"random_1000000", "simplex_10000"})
    public String input;

    private double[][] points;

    @Setup
    public void setUp() {
        String[] p = input.split("_");
        int n = Integer.parseInt(p[1]);
        SplittableRandom rng = new SplittableRandom(99);
        points = new double[3][n];
        for (int j = 0; j < n; j++) {
            if (p[0].equals("random")) {
                for (int i = 0; i < 3; i++) {
                    points[i][j] = rng.nextDouble();
                }
            } else {
                double x = rng.nextDouble();
                double y = rng.nextDouble();
                if (x + y > 1) {
                    x = 1 - x;
                    y = 1 - y;
                }
                points[0][j] = x;
                points[1][j] = y;
                points[2][j] = 1 - x - y;
            }
        }
    }

    @Benchmark
    public ParetoSet presortedSkyline() {
        return new PresortedSkylineParetoFrontier().compute(points);
    }

    @Benchmark
    public ParetoSet threePartySweep() {
        return new ThreePartySweepParetoFrontier().compute(points);
    }

    @Benchmark
    public ParetoSet naiveSkyline() {
        return new NaiveSkylineParetoFrontier().compute(points);
    }
}
