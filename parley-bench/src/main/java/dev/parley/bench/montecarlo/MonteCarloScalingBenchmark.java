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
 * Parallel scaling of the Monte Carlo draws (issue 6: going from 1 to 2 threads at least 1.8× faster): one operation
 * is {@code draws} draws of the scenario through {@link ParallelDrawRunner} on {@code threads} threads, so the score
 * (operations per second) × {@code draws} is draws per second and the ratio of the two scores is the speed-up of the
 * draws once the JIT has compiled them. {@link RunCommandBenchmark} times the whole command from a cold JVM.
 *
 * <p>{@code parley run} runs its draws as one run of N (10,000 for the goal), so the default operation is one run of
 * 1,024 draws: the idle time at the end of a run (one thread finishing the last block of 8 draws while the other
 * waits) and the start of the run's threads are then under 1 % of an operation, as in the command. With
 * {@code -p draws=128} they are several per cent and the ratio reads lower (1.80 against 1.97 on two idle cores);
 * that is the benchmark's short operation, not the draws.
 * Run from the repository root on an otherwise idle machine, e.g.
 * {@code java -jar parley-bench/target/benchmarks.jar MonteCarloScaling -f 1 -wi 2 -i 5 -w 4s -r 6s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MonteCarloScalingBenchmark {

    @Param({"scenarios/ukraine-2025.yaml"})
    public String scenario;

    @Param({"1", "2"})
    public int threads;

    /** Draws per operation (one run of the runner). */
    @Param({"1024"})
    public int draws;

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
        return runner.run(seed++, draws, (i, rng) -> pipeline.run(rng));
    }
}
