package dev.parley.engine.forecast;

import dev.parley.engine.forecast.ForecastComparison.Comparison;
import dev.parley.engine.forecast.ForecastComparison.Method;
import dev.parley.engine.forecast.ForecastComparison.Outcome;
import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The comparison of models against KTAB's reference run of dummyData_3Dim (positions and winning probabilities
 * as printed in {@code 20170530_ref-dummyData_3Dim.txt}) and Scholz's {@code Example.log}.
 */
class ForecastComparisonTest {

    /** Final state of the KTAB reference run, as printed (1 decimal; probabilities 4 decimals). */
    static final double[][] KTAB_LAST = {{78.6, 31.8, 74.1}, {78.6, 31.8, 74.1}, {82.5, 90.9, 0.1},
        {67.1, 50.1, 63.7}, {78.6, 31.6, 74.1}, {79.9, 34.4, 75.2}, {78.6, 31.6, 74.1}};
    static final double[] KTAB_LAST_PROB = {.3340, .3340, .0183, .0957, .1512, .4009, .1512};
    static final double[][] KTAB_TURN1 = {{79.5, 44.7, 72.0}, {78.9, 56.3, 72.5}, {82.5, 90.9, 0.1},
        {65.8, 50.8, 63.0}, {79.5, 44.7, 72.0}, {84.4, 34.1, 86.3}, {75.6, 24.8, 72.0}};

    @Test
    void smpForecastIsTheReferenceRunsProbabilityWeightedDistinctPositions() throws IOException {
        Comparison c = new ForecastComparison().compare(KtabSpatialModelTest.readDummy3());
        Outcome smp = c.outcomes().get(0);
        assertThat(smp.method()).isEqualTo(Method.SMP);
        assertThat(smp.rounds(0)).isEqualTo(10);
        assertThat(smp.stoppedAfter()).isEqualTo(10);
        // distinct final positions: actors {0,1}, {2}, {3}, {4,6}, {5} (31.8 vs 31.6 is 0.002 apart on 0-1 > 1e-3)
        int[] representatives = {0, 2, 3, 4, 5};
        for (int d = 0; d < 3; d++) {
            double expected = 0;
            for (int i : representatives) {
                expected += KTAB_LAST_PROB[i] * KTAB_LAST[i][d];
            }
            // printed precision: positions ±0.05, probabilities ±5e-5 each
            assertThat(smp.forecast()[d]).as("dimension %d", d).isCloseTo(expected, within(0.1));
            for (int i = 0; i < 7; i++) {
                assertThat(smp.finalPositions(d)[i]).isCloseTo(KTAB_LAST[i][d], within(0.05 + 1e-9));
            }
        }
        // and it is the model's own summary of its final state
        assertThat(smp.forecast()).containsExactly(new KtabSpatialModel().forecast(KtabSpatialModelTest.readDummy3()),
                within(1e-9));
    }

    @Test
    void roundCapCutsTheSmpAfterThatManyTurnsAndSetsEuRounds() throws IOException {
        ForecastComparison capped = new ForecastComparison(EnumSet.of(Method.SMP, Method.EU), OptionalInt.of(1));
        Comparison c = capped.compare(KtabSpatialModelTest.readDummy3());
        Outcome smp = c.outcomes().get(0);
        assertThat(smp.rounds(0)).isEqualTo(1);
        assertThat(smp.note()).isEqualTo("capped at 1 turn (the stopping rule would run 10)");
        for (int d = 0; d < 3; d++) {
            for (int i = 0; i < 7; i++) {
                assertThat(smp.finalPositions(d)[i]).isCloseTo(KTAB_TURN1[i][d], within(0.05 + 1e-9));
            }
        }
        Outcome eu = c.outcomes().get(1);
        assertThat(eu.method()).isEqualTo(Method.EU);
        assertThat(eu.rounds(0)).isEqualTo(1);
        // the capped model used for evaluation gives the same forecast
        assertThat(capped.model(Method.SMP).forecast(KtabSpatialModelTest.readDummy3()))
                .containsExactly(smp.forecast(), within(0.0));
    }

    @Test
    void expectedUtilityTrajectoryEndsAtExampleLogsPositions() throws IOException {
        ForecastProblem scholz = BaselineModelsTest.scholzExample();
        Comparison c = new ForecastComparison(EnumSet.of(Method.EU, Method.COMPROMISE, Method.MEDIAN),
                OptionalInt.empty()).compare(scholz);
        Outcome eu = c.outcomes().get(0);
        assertThat(eu.rounds(0)).isEqualTo(10);
        // Example.log after round 10: Belgium 4.291541224979646, Luxembourg and Ireland 4.144849062500606,
        // the others where they started
        assertThat(eu.finalPositions(0)).containsExactly(new double[] {4, 4.291541224979646, 4.144849062500606, 4, 10,
            10, 10, 4.144849062500606, 4, 7}, within(1e-9));
        assertThat(eu.trajectories().get(0)[0]).containsExactly(4, 7, 4, 4, 10, 10, 10, 7, 4, 7);
        // compromise = Example.log's initial mean 7.389955686853767; weighted median 7 (BaselineModelsTest)
        assertThat(c.outcomes().get(1).forecast()[0]).isCloseTo(7.389955686853767, within(1e-12));
        assertThat(c.outcomes().get(2).forecast()[0]).isEqualTo(7.0);
        assertThat(c.outcomes().get(1).trajectories()).isEmpty();
        double eu0 = eu.forecast()[0];
        assertThat(c.lowest(0)).isEqualTo(Math.min(eu0, 7.0));
        assertThat(c.highest(0)).isEqualTo(Math.max(eu0, 7.389955686853767));
        assertThat(c.spread(0)).isEqualTo(c.highest(0) - c.lowest(0));
    }

    @Test
    void modelsOutsideTheirDomainAreNotApplicableWithTheReason() {
        ForecastProblem two = new ForecastProblem("two", "", List.of(new ForecastDimension("d", 0, 100)), List.of(
                ForecastActor.of("a", 1, 20, 1), ForecastActor.of("b", 3, 60, 1)));
        Comparison c = new ForecastComparison().compare(two);
        assertThat(c.outcomes()).extracting(Outcome::method).containsExactly(Method.values());
        assertThat(c.outcomes().get(0).applicable()).isFalse();
        assertThat(c.outcomes().get(0).notApplicable()).hasValue("KTAB's SMP needs 3 to 250 actors (got 2)");
        assertThat(c.outcomes().get(1).applicable()).isTrue();
        // compromise (20 + 180)/4 = 50; median: b carries 3 of 4 -> 60
        assertThat(c.outcomes().get(2).forecast()).containsExactly(50.0);
        assertThat(c.outcomes().get(3).forecast()).containsExactly(60.0);
    }

    @Test
    void smpLeavesOutWeightlessActorsAndSaysSo() throws IOException {
        ForecastProblem p = KtabSpatialModelTest.readDummy3();
        List<ForecastActor> actors = new ArrayList<>(p.actors());
        actors.add(new ForecastActor("Ghost", "", 0, new double[] {50, 50, 50}, new double[] {.1, .1, .1}));
        ForecastProblem withGhost = new ForecastProblem(p.name(), "", p.dimensions(), actors);
        Outcome smp = new ForecastComparison(EnumSet.of(Method.SMP), OptionalInt.empty()).compare(withGhost)
                .outcomes().get(0);
        assertThat(smp.note()).isEqualTo("left out Ghost (capability × salience 0; KTAB's SMP rejects them)");
        assertThat(smp.finalPositions(0)[7]).isNaN();
        assertThat(smp.forecast()).containsExactly(new KtabSpatialModel().forecast(p), within(1e-9));
    }
}
