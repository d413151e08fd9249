package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DiscretisedFrontValueOfFighting#valuesAlong} restricts the induction to the states the requested values
 * depend on; it must give the whole table's values to the bit, for constant and month-varying walks, a
 * deterministic walk, and paths that touch the decided states 0 and 1.
 */
class ValuesAlongPathTest {

    @ParameterizedTest
    @CsvSource({"-0.003, 0.004, 36, 1", "0.002, 0.01, 24, 2", "0.0, 0.05, 12, 3", "0.01, 0.0, 20, 4",
            "-0.02, 0.2, 30, 5"})
    void equalsTheWholeTable(double drift, double volatility, int horizon, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        FrontRandomWalk constant = FrontRandomWalk.constant(drift, volatility);
        FrontRandomWalk varying = FrontRandomWalk.byMonth(new double[] {drift, drift, 2 * drift - 0.001},
                new double[] {volatility, 1.5 * volatility, volatility});
        for (FrontRandomWalk walk : new FrontRandomWalk[] {constant, varying}) {
            FightingValueProblem problem = new FightingValueProblem(walk, 0.15, f -> 0.5 * f * f - 0.1 * f, 0.02,
                    0.0007, 0.985, horizon);
            int cells = walk.defaultCells(0, horizon);
            DiscretisedFrontValueOfFighting method = new DiscretisedFrontValueOfFighting(cells);
            FightingValueTable table = method.table(problem);
            double[] fronts = new double[horizon + 1];
            double f = rng.nextDouble(0.05, 0.95);
            for (int t = 0; t <= horizon; t++) {
                fronts[t] = t == horizon / 2 ? 0.0 : (t == horizon ? 1.0 : f);
                f = Math.min(1.0, Math.max(0.0, f + rng.nextDouble(-0.03, 0.03)));
            }
            double[] along = method.valuesAlong(problem, fronts);
            for (int t = 0; t <= horizon; t++) {
                assertThat(along[t]).as("month %d at %s", t, fronts[t]).isEqualTo(table.value(t, fronts[t]));
            }
        }
    }
}
