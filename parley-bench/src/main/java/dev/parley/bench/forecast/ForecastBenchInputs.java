package dev.parley.bench.forecast;

import dev.parley.io.forecast.KtabCsvReader;
import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Inputs for the forecast benchmarks. */
public final class ForecastBenchInputs {

    private ForecastBenchInputs() {
    }

    /** KTAB's 7-actor, 3-dimension reference input {@code dummyData_3Dim.csv} (bundled, MIT). */
    public static ForecastProblem ktabDummy3() {
        try (InputStream in = ForecastBenchInputs.class.getResourceAsStream("/ktab/dummyData_3Dim.csv")) {
            if (in == null) {
                throw new IllegalStateException("bundled resource /ktab/dummyData_3Dim.csv is missing");
            }
            return new KtabCsvReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "dummyData_3Dim.csv").problem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A random SMP problem drawn as KTAB's {@code SMPActor::randomize} does: capability uniform on [10, 200],
     * total salience uniform on [0.75, 0.99] split over the dimensions in proportion to uniform [0.1, 1] draws,
     * positions uniform on [0, 100].
     */
    public static ForecastProblem randomKtab(int actors, int dims, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<ForecastDimension> dimensions = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
            dimensions.add(new ForecastDimension("dim" + d, 0, 100));
        }
        List<ForecastActor> list = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            double cap = rng.nextDouble(10.0, 200.0);
            double total = rng.nextDouble(0.75, 0.99);
            double[] raw = new double[dims];
            double sum = 0;
            for (int d = 0; d < dims; d++) {
                raw[d] = rng.nextDouble(0.1, 1.0);
                sum += raw[d];
            }
            double[] sal = new double[dims];
            double[] pos = new double[dims];
            for (int d = 0; d < dims; d++) {
                sal[d] = total * raw[d] / sum;
                pos[d] = rng.nextDouble(0.0, 100.0);
            }
            list.add(new ForecastActor("A" + i, "", cap, pos, sal));
        }
        return new ForecastProblem("random-" + actors + "x" + dims + "-" + seed, "", dimensions, list);
    }
}
