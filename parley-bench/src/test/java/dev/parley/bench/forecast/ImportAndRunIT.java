package dev.parley.bench.forecast;

import dev.parley.engine.forecast.ExpectedUtilityModel;
import dev.parley.engine.forecast.KtabRun;
import dev.parley.engine.forecast.KtabSpatialModel;
import dev.parley.io.forecast.BdmCsvReader;
import dev.parley.io.forecast.KtabCsvReader;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.model.forecast.KtabScenario;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reader to model, end to end, against the reference numbers quoted in {@code shared/reference/forecast-models.md}
 * §3.1 (from KTAB's {@code 20170530_ref-dummyData_3Dim.txt}) and §3.2 (from {@code Example.log}).
 */
class ImportAndRunIT {

    static String resource(String name) throws IOException {
        try (InputStream in = ImportAndRunIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static double printed(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Test
    void ktabCsvThroughTheReaderReproducesTheReferenceRun() throws IOException {
        KtabScenario scenario = new KtabCsvReader().read(resource("/ktab/dummyData_3Dim.csv"), "dummyData_3Dim.csv");
        KtabRun run = KtabSpatialModel.forScenario(scenario).run(scenario);
        assertThat(run.stateCount()).isEqualTo(11);
        double[][] turn1 = {{79.5, 44.7, 72.0}, {78.9, 56.3, 72.5}, {82.5, 90.9, 0.1}, {65.8, 50.8, 63.0},
            {79.5, 44.7, 72.0}, {84.4, 34.1, 86.3}, {75.6, 24.8, 72.0}};
        double[][] last = {{78.6, 31.8, 74.1}, {78.6, 31.8, 74.1}, {82.5, 90.9, 0.1}, {67.1, 50.1, 63.7},
            {78.6, 31.6, 74.1}, {79.9, 34.4, 75.2}, {78.6, 31.6, 74.1}};
        double[] lastProb = {.3340, .3340, .0183, .0957, .1512, .4009, .1512};
        for (int i = 0; i < 7; i++) {
            for (int d = 0; d < 3; d++) {
                assertThat(printed(run.states().get(1).positions()[i][d], 1)).isEqualTo(turn1[i][d]);
                assertThat(printed(run.finalState().positions()[i][d], 1)).isEqualTo(last[i][d]);
            }
            assertThat(printed(run.finalState().winningProbabilities()[i], 4)).isEqualTo(lastProb[i]);
        }
    }

    @Test
    void bdmCsvThroughTheReaderReproducesScholzsExample() throws IOException {
        ForecastProblem p = new BdmCsvReader().read(resource("/bdm/ExampleActors.csv"), "ExampleActors.csv");
        ExpectedUtilityModel.Run run = new ExpectedUtilityModel().run(p, 0);
        double[] means = {7.4613, 7.5525, 7.5901, 7.3581, 7.3492, 7.4149, 7.5105, 7.5724, 7.3250, 7.2421};
        assertThat(run.rounds()).hasSize(10);
        for (int r = 0; r < 10; r++) {
            assertThat(run.rounds().get(r).mean()).as("round %d", r + 1).isCloseTo(means[r], within(5e-5));
        }
        double[] x = run.finalPositions();
        assertThat(x[1]).isCloseTo(4.2915, within(5e-5));
        assertThat(x[2]).isCloseTo(4.1448, within(5e-5));
        assertThat(x[7]).isCloseTo(4.1448, within(5e-5));
    }
}
