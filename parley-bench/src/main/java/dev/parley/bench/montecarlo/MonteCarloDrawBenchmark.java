package dev.parley.bench.montecarlo;

import dev.parley.engine.montecarlo.DrawOutcome;
import dev.parley.engine.montecarlo.DrawSampler;
import dev.parley.engine.montecarlo.DrawStreams;
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
 * Monte Carlo draws per second on a shipped scenario (single thread; the runner scales by threads): one full draw
 * (sampling, rebuild, bargaining at month 0, ripeness timeline, durability at the first ripe month) and the sampling
 * alone. Run from the repository root, where {@code scenarios/} is; {@code -p scenario=...} picks another file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MonteCarloDrawBenchmark {

    @Param({"scenarios/ukraine-2025.yaml"})
    public String scenario;

    private ScenarioDrawPipeline pipeline;
    private DrawSampler sampler;
    private long draw;

    @Setup
    public void setUp() {
        pipeline = BenchScenarios.pipeline(scenario);
        sampler = pipeline.sampler();
    }

    @Benchmark
    public DrawOutcome fullDraw() {
        return pipeline.run(DrawStreams.forDraw(1, draw++));
    }

    @Benchmark
    public DrawSampler.Draw samplingOnly() {
        return sampler.sample(DrawStreams.forDraw(1, draw++));
    }
}
