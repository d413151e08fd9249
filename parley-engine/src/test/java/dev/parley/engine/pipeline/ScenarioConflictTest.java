package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.conflict.SampledValueOfFighting;
import dev.parley.engine.conflict.ValueEstimate;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * W_i(t) from the flagship's conflict section against hand computation from the scenario's numbers (deterministic
 * front: the sum of DESIGN.md §4.3 written out) and against seeded sampling (random front).
 */
class ScenarioConflictTest {

    private static final Path UKRAINE = Path.of("..", "scenarios", "ukraine-2025.yaml");

    /** The raw file (no factors), with the front's volatility set to 0 so every belief is a deterministic path. */
    private static Scenario deterministic() {
        LoadedScenario loaded = ScenarioReader.read(UKRAINE);
        ParameterTable table = loaded.parameters();
        double[] v = table.values();
        v[table.indexOf("conflict.front.volatility")] = 0.0;
        return table.applyTo(loaded.scenario(), v);
    }

    /**
     * (1−δ) Σ_{s=t}^{H−1} δ^{s−t} (a + b·f_s − c(s)) + δ^{H−t} (a + b·f_H), f_s = f_t + μ(s − t) (no absorption
     * within the horizon for these numbers).
     */
    private static double handW(double a, double b, double front, double mu, double base, double growth, int t) {
        double delta = 0.99;
        int h = 36;
        double sum = 0.0;
        for (int s = t; s < h; s++) {
            double f = front + mu * (s - t);
            sum += (1 - delta) * Math.pow(delta, s - t) * (a + b * f - (base + growth * s));
        }
        return sum + Math.pow(delta, h - t) * (a + b * (front + mu * (h - t)));
    }

    @Test
    void deterministicValueOfFightingMatchesTheSumWrittenOut() {
        ScenarioConflict conflict = ScenarioConflict.of(deterministic());
        assertThat(conflict.deciders()).containsExactly("US", "RU", "UA");
        // US: fixed issues 0.10·0.5 (nato) + 0.15·1.0 (sanctions kept) + 0.15·0.6 (no guarantees)
        //     + 0.10·1.0 (contingents unregulated) + 0.25·1.0 (eurosec none) = 0.64; line 0.25·f.
        // Belief drift −0.002, cost 0.03 + 0.0005·s.
        double[] w0 = conflict.valuesAt(0, 0.20);
        assertThat(w0[0]).isCloseTo(handW(0.64, 0.25, 0.20, -0.002, 0.03, 0.0005, 0), within(1e-9));
        // RU: 0.15·0.6 + 0.10·0.3 + 0.10·1.0 + 0.15·0.5 + 0.20·0.0 = 0.295; line 0.30·(1 − f); belief −0.004;
        //     cost 0.04 + 0.0004·s.
        assertThat(w0[1]).isCloseTo(handW(0.295 + 0.30, -0.30, 0.20, -0.004, 0.04, 0.0004, 0), within(1e-9));
        // UA (ratifier): 0.20·0.4 + 0.05·0.8 + 0.20·0.0 + 0.15·0.5 = 0.195; line 0.40·f; belief 0; cost 0.08 + 0.001·s.
        double[] w12 = conflict.valuesAt(12, 0.17);
        assertThat(w12[2]).isCloseTo(handW(0.195, 0.40, 0.17, 0.0, 0.08, 0.001, 12), within(1e-9));
        // At the horizon the path is frozen and costs stop: W = u(f).
        assertThat(conflict.valuesAt(36, 0.10)[0]).isCloseTo(0.64 + 0.25 * 0.10, within(1e-12));
    }

    @Test
    void randomFrontValueAgreesWithSeededSampling() {
        Scenario s = ScenarioReader.read(UKRAINE).scenario();
        ScenarioConflict conflict = ScenarioConflict.of(s);
        double[] exact = conflict.valuesAt(6, 0.18);
        for (int i = 0; i < 3; i++) {
            ValueEstimate mc = new SampledValueOfFighting(20_000).estimate(conflict.problem(i), 6, 0.18,
                    new SplittableRandom(42 + i));
            assertThat(mc.error()).isLessThan(1e-3);
            assertThat(exact[i]).isCloseTo(mc.value(), within(4 * mc.error() + 1e-5));
        }
        ValueOfNoDeal timeline = conflict.valueOfNoDeal();
        assertThat(timeline.horizonMonths()).isEqualTo(36);
        assertThat(timeline.maxError()).isLessThan(1e-4);
        // The expected front drifts by −0.003 a month from 0.20 and the walk is far from the bounds.
        assertThat(timeline.front()[12]).isCloseTo(0.20 - 12 * 0.003, within(1e-4));
    }

    @Test
    void bargainingStageTakesTheValueOfNoDealFromTheConflictModel() {
        Scenario s = deterministic();
        BargainingAtMonth atZero = BargainingStage.run(s, 0, 1L);
        assertThat(atZero.noDealSources()).containsOnly(BargainingStage.CONFLICT_SOURCE);
        assertThat(atZero.noDealValues()[0]).isCloseTo(handW(0.64, 0.25, 0.20, -0.002, 0.03, 0.0005, 0),
                within(1e-9));
        assertThat(atZero.report().zopa().noDealValues()).containsExactly(atZero.noDealValues());
    }

    @Test
    void aStatedReservationWins() {
        LoadedScenario loaded = ScenarioReader.read(Path.of("src", "test", "resources", "dev", "parley", "engine",
                "pipeline", "reservation-and-conflict.yaml"));
        BargainingAtMonth b = BargainingStage.run(loaded.scenario(), 0, 1L);
        assertThat(b.noDealValues()[0]).isEqualTo(0.4);
        assertThat(b.noDealSources().get(0)).isNotEqualTo(BargainingStage.CONFLICT_SOURCE);
        assertThat(b.noDealSources().get(1)).isEqualTo(BargainingStage.CONFLICT_SOURCE);
        // B has no costs entry: cost 0, belief = the front's walk (drift 0, volatility 0): W = u(0.5) = 0.5.
        assertThat(b.noDealValues()[1]).isCloseTo(0.5, within(1e-12));
    }
}
