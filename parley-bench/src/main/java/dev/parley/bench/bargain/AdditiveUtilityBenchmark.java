package dev.parley.bench.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Goal (issue 3): linear-additive utility evaluation at >= 2·10^8 outcome-utilities per second per core.
 * One operation = one outcome utility; each invocation evaluates a block of 2^20 consecutive outcomes of a
 * 10-issue × 10-option space (10^10 outcomes) with {@link AdditiveUtility#utilities}. Single-threaded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AdditiveUtilityBenchmark {
    private static final int BLOCK = 1 << 20;
    private AdditiveUtility utility;
    private double[] out;
    private long first;

    @Setup
    public void setUp() {
        int[] radix = new int[10];
        java.util.Arrays.fill(radix, 10);
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(radix);
        SplittableRandom rng = new SplittableRandom(42);
        double[] w = new double[10];
        double[][] v = new double[10][10];
        for (int k = 0; k < 10; k++) {
            w[k] = rng.nextDouble();
            for (int o = 0; o < 10; o++) {
                v[k][o] = rng.nextDouble();
            }
        }
        utility = AdditiveUtility.normalised(space, w, v);
        out = new double[BLOCK];
        first = 0;
    }

    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public void evaluateBlock(Blackhole bh) {
        utility.utilities(first, BLOCK, out);
        first = (first + 7_777_777L * BLOCK) % (utility.space().size() - BLOCK);
        bh.consume(out);
    }
}
