package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastProblem;
import dev.parley.model.forecast.KtabParameters;
import dev.parley.model.forecast.KtabParameters.BargnModel;
import dev.parley.model.forecast.KtabParameters.BigRAdjust;
import dev.parley.model.forecast.KtabParameters.BigRRange;
import dev.parley.model.forecast.KtabParameters.InterVecBrgn;
import dev.parley.model.forecast.KtabParameters.PceModel;
import dev.parley.model.forecast.KtabParameters.ThirdPartyCommit;
import dev.parley.model.forecast.KtabParameters.VictoryProbModel;
import dev.parley.model.forecast.KtabParameters.VotingRule;
import dev.parley.model.forecast.KtabScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** KTAB's parameter options and the ideal-accommodation matrix on the 7-actor example. */
class KtabSpatialModelOptionsTest {

    static Stream<Arguments> everyOptionValue() {
        KtabParameters d = KtabParameters.defaults();
        List<Arguments> list = new ArrayList<>();
        for (VictoryProbModel v : VictoryProbModel.values()) {
            list.add(Arguments.of(v.ktabName(), d.withVictoryProbModel(v)));
        }
        for (VotingRule v : VotingRule.values()) {
            list.add(Arguments.of(v.ktabName(), d.withVotingRule(v)));
        }
        for (PceModel v : PceModel.values()) {
            list.add(Arguments.of(v.ktabName(), d.withPceModel(v)));
        }
        for (BigRRange r : BigRRange.values()) {
            for (BigRAdjust a : BigRAdjust.values()) {
                list.add(Arguments.of(r.ktabName() + "/" + a.ktabName(), d.withBigR(r, a)));
            }
        }
        for (ThirdPartyCommit t : ThirdPartyCommit.values()) {
            for (InterVecBrgn i : InterVecBrgn.values()) {
                for (BargnModel b : BargnModel.values()) {
                    list.add(Arguments.of(t.ktabName() + "/" + i.ktabName() + "/" + b.ktabName(),
                            d.withBargaining(t, i, b)));
                }
            }
        }
        return list.stream();
    }

    /** Every option runs to KTAB's stopping rule with valid positions and probabilities. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptionValue")
    void everyOptionRunsToTheStoppingRule(String label, KtabParameters parameters) throws IOException {
        KtabRun run = new KtabSpatialModel(parameters).run(KtabSpatialModelTest.readDummy3());
        assertThat(run.stateCount()).isBetween(3, KtabSpatialModel.MAX_ITERATIONS + 1);
        int last = run.fractionalChanges().size() - 1;
        assertThat(run.fractionalChanges().get(last) < KtabSpatialModel.STOP_RATIO
                || run.stateCount() == KtabSpatialModel.MAX_ITERATIONS + 1).isTrue();
        for (KtabRun.State s : run.states()) {
            for (double[] p : s.positions()) {
                for (double x : p) {
                    assertThat(x).isBetween(0.0, 100.0);
                }
            }
            for (double p : s.winningProbabilities()) {
                assertThat(p).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void explicitIdentityAccommodationIsTheDefault() throws IOException {
        ForecastProblem p = KtabSpatialModelTest.readDummy3();
        KtabRun a = new KtabSpatialModel().run(p);
        KtabRun b = new KtabSpatialModel().run(new KtabScenario(p, Optional.empty(), Optional.empty(),
                KtabScenario.identity(7)));
        for (int t = 0; t < a.stateCount(); t++) {
            assertThat(b.states().get(t).positions()).isEqualTo(a.states().get(t).positions());
            assertThat(a.states().get(t).ideals()).isEqualTo(a.states().get(t).positions());
        }
    }

    @Test
    void idealsDriftByTheAccommodationMatrix() throws IOException {
        // SMPState::newIdeals: ideal_i(t+1) = Σ_j a_ij x_j(t+1) + (1 − Σ_j a_ij) ideal_i(t)
        ForecastProblem p = KtabSpatialModelTest.readDummy3();
        double[][] acc = KtabScenario.identity(7);
        acc[1][1] = 0.5;
        acc[1][0] = 0.2;
        acc[3][3] = 0.0;
        acc[3][5] = 0.4;
        KtabRun run = new KtabSpatialModel().run(new KtabScenario(p, Optional.empty(), Optional.empty(), acc));
        for (int t = 0; t + 1 < run.stateCount(); t++) {
            double[][] x = run.states().get(t + 1).positions();
            double[][] before = run.states().get(t).ideals();
            double[][] after = run.states().get(t + 1).ideals();
            for (int d = 0; d < 3; d++) {
                assertThat(after[1][d]).isCloseTo(0.5 * x[1][d] + 0.2 * x[0][d] + 0.3 * before[1][d], within(1e-9));
                assertThat(after[3][d]).isCloseTo(0.4 * x[5][d] + 0.6 * before[3][d], within(1e-9));
                assertThat(after[0][d]).isCloseTo(x[0][d], within(1e-9));
            }
        }
        assertThat(run.states().get(1).ideals()[3]).isNotEqualTo(run.states().get(1).positions()[3]);
    }

    @Test
    void parallelAndSequentialRunsAreBitIdentical() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(42);
        List<dev.parley.model.forecast.ForecastActor> actors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double total = rng.nextDouble(0.75, 0.99);
            double a = rng.nextDouble(0.1, 1);
            double b = rng.nextDouble(0.1, 1);
            double c = rng.nextDouble(0.1, 1);
            double s = a + b + c;
            actors.add(new dev.parley.model.forecast.ForecastActor("A" + i, "", rng.nextDouble(10, 200),
                    new double[] {rng.nextDouble(100), rng.nextDouble(100), rng.nextDouble(100)},
                    new double[] {total * a / s, total * b / s, total * c / s}));
        }
        List<dev.parley.model.forecast.ForecastDimension> dims = List.of(
                new dev.parley.model.forecast.ForecastDimension("x", 0, 100),
                new dev.parley.model.forecast.ForecastDimension("y", 0, 100),
                new dev.parley.model.forecast.ForecastDimension("z", 0, 100));
        ForecastProblem p = new ForecastProblem("random40", "", dims, actors);
        for (BargnModel bm : BargnModel.values()) {
            KtabParameters params = KtabParameters.defaults().withBargaining(ThirdPartyCommit.SEMI_COMMIT,
                    InterVecBrgn.S2P2, bm);
            KtabRun seq = new KtabSpatialModel(params, false).run(p);
            KtabRun par = new KtabSpatialModel(params, true).run(p);
            assertThat(par.stateCount()).isEqualTo(seq.stateCount());
            assertThat(par.fractionalChanges()).isEqualTo(seq.fractionalChanges());
            for (int t = 0; t < seq.stateCount(); t++) {
                assertThat(par.states().get(t).positions()).isEqualTo(seq.states().get(t).positions());
                assertThat(par.states().get(t).winningProbabilities())
                        .isEqualTo(seq.states().get(t).winningProbabilities());
            }
        }
    }

    @Test
    void scenarioParametersChooseTheModel() throws IOException {
        ForecastProblem p = KtabSpatialModelTest.readDummy3();
        KtabParameters cubic = KtabParameters.defaults().withVotingRule(VotingRule.CUBIC);
        KtabScenario s = new KtabScenario(p, Optional.of(cubic), Optional.empty(), null);
        assertThat(KtabSpatialModel.forScenario(s).parameters()).isEqualTo(cubic);
        assertThat(KtabSpatialModel.forScenario(KtabScenario.of(p)).parameters()).isEqualTo(KtabParameters.defaults());
    }
}
