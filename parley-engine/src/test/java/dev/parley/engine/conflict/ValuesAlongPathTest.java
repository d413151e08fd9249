package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DiscretisedFrontValueOfFighting#valuesAlongExact} restricts the induction to the states the requested values
 * depend on and must give the whole table's values to the bit; {@link DiscretisedFrontValueOfFighting#valuesAlong}
 * also drops the states the chain visits with probability below 2·H·Φ(−8.5) and must stay within its stated
 * {@link DiscretisedFrontValueOfFighting#trimBound} (plus floating-point rounding, {@link #ROUNDING}) of them — for
 * constant and month-varying walks, a deterministic walk, and paths that touch the decided states 0 and 1.
 */
class ValuesAlongPathTest {
    /**
     * The trimmed sums differ from the whole-grid sums in their last bits where a stand-in replaces a term of weight
     * below Φ(−8.5): a few ulps of values of order 1 per month, over at most 60 months.
     */
    private static final double ROUNDING = 1e-14;

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
            double[] exact = method.valuesAlongExact(problem, fronts);
            double[] trimmed = method.valuesAlong(problem, fronts);
            double bound = method.trimBound(problem);
            assertThat(bound).isGreaterThan(0.0).isLessThan(1e-14);
            for (int t = 0; t <= horizon; t++) {
                double whole = table.value(t, fronts[t]);
                assertThat(exact[t]).as("exact, month %d at %s", t, fronts[t]).isEqualTo(whole);
                assertThat(trimmed[t]).as("trimmed, month %d at %s", t, fronts[t])
                        .isCloseTo(whole, within(bound + ROUNDING));
            }
        }
    }

    /** Seeded random walks (constant, month-varying, partly or wholly deterministic), horizons and paths. */
    static Stream<Arguments> randomProblems() {
        return IntStream.range(0, 24).mapToObj(k -> Arguments.of(1000L + k));
    }

    @ParameterizedTest
    @MethodSource("randomProblems")
    void trimmedStaysWithinTheStatedBound(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int horizon = 1 + rng.nextInt(48);
        int months = 1 + rng.nextInt(6);
        double[] drift = new double[months];
        double[] volatility = new double[months];
        int kind = rng.nextInt(3); // 0: all σ > 0; 1: some σ = 0; 2: all σ = 0
        for (int s = 0; s < months; s++) {
            drift[s] = rng.nextDouble(-0.02, 0.02);
            boolean still = kind == 2 || (kind == 1 && rng.nextBoolean());
            volatility[s] = still ? 0.0 : Math.exp(rng.nextDouble(Math.log(0.002), Math.log(0.08)));
        }
        FrontRandomWalk walk = FrontRandomWalk.byMonth(drift, volatility);
        double fixed = rng.nextDouble(0.0, 0.3);
        double a = rng.nextDouble(0.0, 0.7);
        double b = rng.nextDouble(-0.3, 0.3);
        FightingValueProblem problem = new FightingValueProblem(walk, fixed,
                f -> Math.min(1.0 - fixed, Math.max(0.0, a * f * f + b * f + 0.3 * Math.abs(b))),
                rng.nextDouble(0.0, 0.1), rng.nextDouble(0.0, 0.002), rng.nextDouble(0.9, 0.999), horizon);
        int cells = rng.nextBoolean() ? walk.defaultCells(0, horizon) : 200 + rng.nextInt(800);
        DiscretisedFrontValueOfFighting method = new DiscretisedFrontValueOfFighting(cells);
        // paths that start near 0, near 1 or inside, move by up to 3 % a month, and may be decided
        double[] fronts = new double[horizon + 1];
        int start = rng.nextInt(3);
        double f = start == 0 ? rng.nextDouble(0.0, 0.02) : (start == 1 ? rng.nextDouble(0.98, 1.0)
                : rng.nextDouble(0.05, 0.95));
        for (int t = 0; t <= horizon; t++) {
            fronts[t] = f;
            f = Math.min(1.0, Math.max(0.0, f + rng.nextDouble(-0.03, 0.03)));
        }
        double[] exact = method.valuesAlongExact(problem, fronts);
        double[] trimmed = method.valuesAlong(problem, fronts);
        double bound = method.trimBound(problem);
        for (int t = 0; t <= horizon; t++) {
            assertThat(trimmed[t]).as("month %d at %s (seed %d)", t, fronts[t], seed)
                    .isCloseTo(exact[t], within(bound + ROUNDING));
        }
    }

    @ParameterizedTest
    @CsvSource({"36, -0.003, 0.004", "120, 0.0, 0.02"})
    void boundIsTinyForUnitUtilitiesAndScenarioCosts(int horizon, double drift, double volatility) {
        // utilities in [0,1], the flagship's largest cost (0.08 a month, growing 0.0005 a month): R ≤ 1.14
        FightingValueProblem problem = new FightingValueProblem(FrontRandomWalk.constant(drift, volatility), 0.0,
                f -> f, 0.08, 0.0005, 0.99, horizon);
        double bound = new DiscretisedFrontValueOfFighting().trimBound(problem);
        double range = 1.0 + 0.08 + 0.0005 * (horizon - 1);
        assertThat(bound).isCloseTo(2.0 * horizon * 9.479534e-18 * range, within(1e-6 * bound));
        assertThat(bound + ROUNDING).isLessThan(1e-13);
    }
}
