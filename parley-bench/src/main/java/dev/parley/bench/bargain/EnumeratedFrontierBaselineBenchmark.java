package dev.parley.bench.bargain;

import dev.parley.engine.bargain.NaiveSkylineParetoFrontier;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.SortSweepParetoFrontier;
import dev.parley.engine.space.AdditiveUtility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Baselines for {@link AdditiveFrontierBenchmark} on the 7-issue prefix (10^7 outcomes) of its domain:
 * enumerate every outcome's utilities, then run the naive O(n·|F|) skyline, or the sort-and-sweep. Compare
 * with {@code AdditiveFrontierBenchmark.additiveMerge} at {@code issues=7}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class EnumeratedFrontierBaselineBenchmark {
    /** As in {@link AdditiveFrontierBenchmark#values}. */
    @Param({"independent", "opposed"})
    public String values;

    private List<AdditiveUtility> parties;

    @Setup
    public void setUp() {
        parties = AdditiveFrontierBenchmark.randomDomain(7, values.equals("opposed"));
    }

    private double[][] enumerate() {
        int n = (int) parties.get(0).space().size();
        double[][] u = new double[2][n];
        parties.get(0).utilities(0, n, u[0]);
        parties.get(1).utilities(0, n, u[1]);
        return u;
    }

    @Benchmark
    public ParetoSet enumerateThenSortSweep() {
        return new SortSweepParetoFrontier().compute(enumerate());
    }

    @Benchmark
    public ParetoSet enumerateThenNaiveSkyline() {
        return new NaiveSkylineParetoFrontier().compute(enumerate());
    }
}
