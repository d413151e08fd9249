package dev.parley.bench.forecast;

import dev.parley.engine.forecast.KtabRun;
import dev.parley.engine.forecast.KtabSpatialModel;
import dev.parley.model.forecast.ForecastProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * KTAB SMP run time. Goals (issue 7): the 7-actor reference run {@code dummyData_3Dim} under 100 ms after
 * warm-up; a 250-actor × 3-dimension run (KTAB's maximum number of actors) measured.
 *
 * <pre>
 * java -jar parley-bench/target/benchmarks.jar KtabSpatialModelBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
public class KtabSpatialModelBenchmark {

    private final KtabSpatialModel model = new KtabSpatialModel();
    private ForecastProblem dummy3;
    private ForecastProblem random250;

    @Setup(Level.Trial)
    public void setUp() {
        dummy3 = ForecastBenchInputs.ktabDummy3();
        random250 = ForecastBenchInputs.randomKtab(250, 3, 20170530L);
    }

    /** The 7-actor reference run (11 states). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public KtabRun referenceRun7x3() {
        return model.run(dummy3);
    }

    /** A full run to KTAB's stopping rule on 250 random actors × 3 dimensions. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public KtabRun randomRun250x3() {
        return model.run(random250);
    }
}
