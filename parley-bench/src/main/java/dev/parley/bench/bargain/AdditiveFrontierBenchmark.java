package dev.parley.bench.bargain;

import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
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
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Goal (issue 3): exact frontier of an additive 2-party domain with 10 issues × 10 options (10^10 outcomes) in
 * under 1 s, by per-issue merging; measured at 7 and 10 issues. Enumeration baselines cannot run on 10^10
 * outcomes; {@link EnumeratedFrontierBaselineBenchmark} measures them on the 7-issue (10^7 outcomes) prefix of
 * the same domain. Weights and values uniform random (seed 7).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class AdditiveFrontierBenchmark {
    @Param({"7", "10"})
    public int issues;

    /**
     * "independent": both parties' values uniform random; "opposed": party 2's value of each option is
     * 1 − party 1's plus uniform noise in [0, 0.2) (a conflictual domain with a much larger frontier).
     */
    @Param({"independent", "opposed"})
    public String values;

    private List<AdditiveUtility> parties;

    @Setup
    public void setUp() {
        parties = randomDomain(issues, values.equals("opposed"));
    }

    /** The first {@code issues} issues of the seeded 10-issue × 10-option 2-party domain. */
    static List<AdditiveUtility> randomDomain(int issues, boolean opposed) {
        int[] radix = new int[issues];
        java.util.Arrays.fill(radix, 10);
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(radix);
        SplittableRandom rng = new SplittableRandom(7);
        AdditiveUtility[] us = new AdditiveUtility[2];
        double[][] first = null;
        for (int i = 0; i < 2; i++) {
            double[] w = new double[10];
            double[][] v = new double[10][10];
            for (int k = 0; k < 10; k++) {
                w[k] = rng.nextDouble();
                for (int o = 0; o < 10; o++) {
                    v[k][o] = (opposed && i == 1) ? 1 - first[k][o] + 0.2 * rng.nextDouble() : rng.nextDouble();
                }
            }
            first = v;
            us[i] = AdditiveUtility.normalised(space, java.util.Arrays.copyOf(w, issues),
                    java.util.Arrays.copyOf(v, issues));
        }
        return List.of(us);
    }

    @Benchmark
    public ParetoSet additiveMerge() {
        return new AdditiveMergeParetoFrontier().compute(parties);
    }
}
