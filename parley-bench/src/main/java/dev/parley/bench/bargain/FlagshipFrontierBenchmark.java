package dev.parley.bench.bargain;

import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.montecarlo.DrawSampler;
import dev.parley.engine.montecarlo.DrawStreams;
import dev.parley.engine.montecarlo.ScenarioDrawPipeline;
import dev.parley.engine.pipeline.ScenarioStageContext;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.RedLines;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The exact frontier as a Monte Carlo draw builds it on a shipped scenario: the month-0 bargaining spaces (expected
 * utilities U_i^e of every decider, union of the red lines) of the first {@value #DRAWS} draws of seed 1, each
 * through {@link AdditiveMergeParetoFrontier}. The flagship has 32,724 outcomes and 3 deciders. Run from the
 * repository root, where {@code scenarios/} is; {@code -p scenario=...} picks another file. Score: time per space.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class FlagshipFrontierBenchmark {
    static final int DRAWS = 64;

    @Param({"scenarios/ukraine-2025.yaml"})
    public String scenario;

    private final List<List<AdditiveUtility>> utilities = new ArrayList<>();
    private final List<RedLines> redLines = new ArrayList<>();

    @Setup
    public void setUp() {
        for (ScenarioStageContext.BargainingSpace space : drawSpaces(scenario, DRAWS)) {
            utilities.add(space.utilities());
            redLines.add(space.redLines());
        }
    }

    /** Month 0's bargaining space of each of the first {@code draws} draws (seed 1) of the scenario at {@code path}. */
    static List<ScenarioStageContext.BargainingSpace> drawSpaces(String path, int draws) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("scenario file '" + file.toAbsolutePath() + "' not found; run the"
                    + " benchmark from the repository root or pass -p scenario=<path to a scenario .yaml>");
        }
        Scenario base = ScenarioReader.read(file).scenario();
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(base);
        DrawSampler sampler = pipeline.sampler();
        List<ScenarioStageContext.BargainingSpace> out = new ArrayList<>();
        for (int d = 0; d < draws; d++) {
            DrawSampler.Draw draw = sampler.sample(DrawStreams.forDraw(1, d));
            Scenario s = sampler.table().applyTo(base, sampler.withEffects(draw.parameters(), draw.factorsOn()));
            out.add(ScenarioStageContext.of(s).space(0));
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    public void additiveMerge(Blackhole bh) {
        AdditiveMergeParetoFrontier frontier = new AdditiveMergeParetoFrontier();
        for (int d = 0; d < DRAWS; d++) {
            ParetoSet set = frontier.compute(utilities.get(d), redLines.get(d));
            bh.consume(set.distinctCount());
        }
    }
}
