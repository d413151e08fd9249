package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The compromise model and the weighted median against the Scholz example and hand-worked cases. */
class BaselineModelsTest {

    static ForecastProblem scholzExample() throws IOException {
        List<ForecastActor> actors = new ArrayList<>();
        for (String[] r : ExpectedUtilityModelTest.actors()) {
            actors.add(ForecastActor.of(r[0], Double.parseDouble(r[1]), Double.parseDouble(r[2]),
                    Double.parseDouble(r[3])));
        }
        return new ForecastProblem("EC emission standards", "", List.of(new ForecastDimension("year", 4, 10)),
                actors);
    }

    @Test
    void compromiseIsTheWeightedMeanPrintedInExampleLog() throws IOException {
        // Example.log line 2: "Mean position: 7.389955686853767" = Σ c s x / Σ c s
        assertThat(new CompromiseModel().forecast(scholzExample())[0]).isCloseTo(7.389955686853767, within(1e-12));
    }

    @Test
    void weightedMedianOfTheScholzExampleIsSeven() throws IOException {
        // weights c*s: at 4 -> .248, at 7 -> .093, at 10 -> .336; total .677, half .3385 is reached at 7.
        // Example.log line 1 gives the (Condorcet) median voter position 7.0 too.
        assertThat(new WeightedMedianModel().forecast(scholzExample())[0]).isEqualTo(7.0);
    }

    @Test
    void weightedMedianSplitsAnExactTieAtTheMidpoint() {
        ForecastProblem p = new ForecastProblem("tie", "", List.of(new ForecastDimension("d", 0, 100)), List.of(
                ForecastActor.of("a", 1, 20, 1), ForecastActor.of("b", 1, 60, 1)));
        assertThat(new WeightedMedianModel().forecast(p)[0]).isEqualTo(40.0);
    }

    @Test
    void multiDimensionalBaselinesUseEachDimensionsSalience() {
        // a: c=2, x=(0,100), s=(.5,.1); b: c=1, x=(100,0), s=(.5,.9)
        // dim 0: weights 1 and .5 -> mean 50/1.5 = 33.33.., median 0; dim 1: weights .2 and .9 -> mean 20/1.1, median 0
        ForecastProblem p = new ForecastProblem("two", "", List.of(new ForecastDimension("d0", 0, 100),
                new ForecastDimension("d1", 0, 100)), List.of(
                new ForecastActor("a", "", 2, new double[] {0, 100}, new double[] {.5, .1}),
                new ForecastActor("b", "", 1, new double[] {100, 0}, new double[] {.5, .9})));
        double[] mean = new CompromiseModel().forecast(p);
        assertThat(mean[0]).isCloseTo(100.0 / 3, within(1e-12));
        assertThat(mean[1]).isCloseTo(20.0 / 1.1, within(1e-12));
        assertThat(new WeightedMedianModel().forecast(p)).containsExactly(0.0, 0.0);
    }
}
