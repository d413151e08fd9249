package dev.parley.bench.montecarlo;

import dev.parley.engine.montecarlo.DrawOutcome;
import dev.parley.engine.montecarlo.DrawResults;
import dev.parley.engine.montecarlo.ParallelDrawRunner;
import dev.parley.engine.montecarlo.ScenarioDrawPipeline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parallel scaling of the Monte Carlo run (issue 6: going from 1 to 2 threads at least 1.8× faster): one operation
 * is {@link #DRAWS} draws of the scenario through {@link ParallelDrawRunner} on {@code threads} threads, so the
 * score (operations per second) × {@value #DRAWS} is draws per second and the ratio of the two scores is the
 * speed-up. Run from the repository root on an otherwise idle machine, e.g.
 * {@code java -jar parley-bench/target/benchmarks.jar MonteCarloScaling -f 1 -wi 2 -i 3 -w 2s -r 4s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MonteCarloScalingBenchmark {

    /** Draws per operation: 16 blocks of the runner's 8, enough that both threads stay busy to the end. */
    public static final int DRAWS = 128;

    @Param({"scenarios/ukraine-2025.yaml"})
    public String scenario;

    @Param({"1", "2"})
    public int threads;

    private ScenarioDrawPipeline pipeline;
    private ParallelDrawRunner runner;
    private long seed;

    @Setup
    public void setUp() {
        pipeline = BenchScenarios.pipeline(scenario);
        runner = new ParallelDrawRunner(threads);
    }

    @Benchmark
    public DrawResults<DrawOutcome> drawsOnThreads() {
        // a new seed per operation, so the draws differ from one operation to the next
        return runner.run(seed++, DRAWS, (i, rng) -> pipeline.run(rng));
    }
}
