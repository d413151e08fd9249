package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastCase;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastAccuracyTest {

    static final ForecastDimension SCALE = new ForecastDimension("x", 0, 100);

    static ForecastCase twoActors(String id, double xa, double xb, double outcome) {
        return new ForecastCase(id, new ForecastProblem(id, "", List.of(SCALE), List.of(
                ForecastActor.of("a", 3, xa, 1.0), ForecastActor.of("b", 1, xb, 1.0))), new double[] {outcome});
    }

    @Test
    void scoresHandWorkedCases() {
        // compromise = (3 xa + xb)/4; weighted median = xa (weight 3 of 4).
        // case 1: xa=0, xb=100, out=20  -> mean 25 (err 5, hit), median 0 (err 20; dichotomous? outcome 20 no -> miss)
        // case 2: xa=40, xb=80, out=60  -> mean 50 (err 10, not < 10: miss), median 40 (err 20, miss)
        // case 3: xa=100, xb=0, out=100 -> mean 75 (err 25; dichotomous: 25 < 50 hit), median 100 (err 0, hit)
        List<ForecastCase> cases = List.of(twoActors("1", 0, 100, 20), twoActors("2", 40, 80, 60),
                twoActors("3", 100, 0, 100));
        ForecastAccuracy.Report r = new ForecastAccuracy().evaluate(cases,
                List.of(new CompromiseModel(), new WeightedMedianModel()));
        assertThat(r.cases()).isEqualTo(3);
        assertThat(r.scored()).isEqualTo(3);
        ForecastAccuracy.Score mean = r.scores().get(0);
        assertThat(mean.model()).isEqualTo("compromise");
        assertThat(mean.meanAbsoluteError()).isCloseTo(40.0 / 3, within(1e-12));
        assertThat(mean.medianAbsoluteError()).isEqualTo(10.0);
        assertThat(mean.hitRate()).isCloseTo(2.0 / 3, within(1e-12));
        ForecastAccuracy.Score median = r.scores().get(1);
        assertThat(median.meanAbsoluteError()).isCloseTo(40.0 / 3, within(1e-12));
        assertThat(median.medianAbsoluteError()).isEqualTo(20.0);
        assertThat(median.hitRate()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void casesAModelRejectsAreLeftOutForEveryModel() {
        // KTAB needs at least 3 actors: both two-actor cases are not applicable to it
        ForecastCase three = new ForecastCase("3", new ForecastProblem("3", "", List.of(SCALE), List.of(
                ForecastActor.of("a", 1, 10, .5), ForecastActor.of("b", 1, 20, .5), ForecastActor.of("c", 1, 30, .5))),
                new double[] {20});
        ForecastAccuracy.Report r = new ForecastAccuracy().evaluate(
                List.of(twoActors("1", 0, 100, 20), three, twoActors("2", 40, 80, 60)),
                List.of(new CompromiseModel(), new KtabSpatialModel()));
        assertThat(r.scored()).isEqualTo(1);
        assertThat(r.scores().get(0).notApplicable()).isZero();
        assertThat(r.scores().get(1).notApplicable()).isEqualTo(2);
        // symmetric three-actor case: compromise 20 exactly
        assertThat(r.scores().get(0).meanAbsoluteError()).isCloseTo(0.0, within(1e-12));
        assertThat(r.scores().get(0).observations()).isEqualTo(1);
    }

    @Test
    void weightlessActorsAreDroppedBeforeKtabRuns() {
        ForecastProblem p = new ForecastProblem("p", "", List.of(SCALE), List.of(ForecastActor.of("a", 1, 10, .5),
                ForecastActor.of("b", 1, 20, .5), ForecastActor.of("c", 1, 30, .5), ForecastActor.of("z", 1, 90, 0)));
        double[] f = new WithoutWeightlessActors(new KtabSpatialModel()).forecast(p);
        double[] g = new KtabSpatialModel().forecast(new ForecastProblem("p", "", List.of(SCALE),
                p.actors().subList(0, 3)));
        assertThat(f).containsExactly(g);
    }
}
