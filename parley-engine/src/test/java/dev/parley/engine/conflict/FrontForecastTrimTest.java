package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FrontRandomWalk#forecast} drops the far tails of the mass each month (at most Φ(−9) of it per side, what
 * the kernel cut already leaves out). Against the untrimmed propagation — every state the chain can reach, as the
 * forecast was computed before — its means and decided probabilities after k months must agree within the stated
 * bound 2·k·Φ(−9) (plus rounding), its standard deviations within the bound on the variance, on seeded drifts,
 * volatilities, starting fronts and horizons (the flagship's among them), constant and month-varying walks.
 */
class FrontForecastTrimTest {

    static Stream<Arguments> walks() {
        SplittableRandom rng = new SplittableRandom(20_261_125L);
        Stream<Arguments> flagship = Stream.of(Arguments.of(-0.003, 0.004, 0.20, 0, 36),
                Arguments.of(-0.004, 0.004, 0.17, 12, 6), Arguments.of(0.0, 0.003, 0.5, 0, 36),
                Arguments.of(0.01, 0.05, 0.9, 3, 48));
        return Stream.concat(flagship, Stream.generate(() -> Arguments.of(rng.nextDouble(-0.01, 0.01),
                rng.nextDouble(0.002, 0.06), rng.nextDouble(0.02, 0.98), rng.nextInt(4), 1 + rng.nextInt(48)))
                .limit(10));
    }

    @ParameterizedTest(name = "μ={0}, σ={1}, f={2}, from month {3} for {4} months")
    @MethodSource("walks")
    void agreesWithTheUntrimmedPropagationWithinTheStatedBound(double drift, double volatility, double front,
                                                               int start, int months) {
        FrontRandomWalk constant = FrontRandomWalk.constant(drift, volatility);
        FrontRandomWalk varying = FrontRandomWalk.byMonth(new double[] {drift, 0.5 * drift, drift - 0.002},
                new double[] {volatility, 1.3 * volatility, volatility});
        for (FrontRandomWalk walk : new FrontRandomWalk[] {constant, varying}) {
            int cells = walk.defaultCells(start, start + months);
            FrontForecast trimmed = walk.forecast(front, start, months, cells);
            FrontForecast full = untrimmed(walk, front, start, months, cells);
            for (int k = 0; k <= months; k++) {
                double bound = 2.0 * k * FrontTransition.TAIL_MASS;
                String at = "month " + k;
                assertThat(trimmed.mean()[k]).as(at).isCloseTo(full.mean()[k], within(bound + 4 * Math.ulp(1.0)));
                assertThat(trimmed.decidedLow()[k]).as(at)
                        .isCloseTo(full.decidedLow()[k], within(bound + 4 * Math.ulp(full.decidedLow()[k])));
                assertThat(trimmed.decidedHigh()[k]).as(at)
                        .isCloseTo(full.decidedHigh()[k], within(bound + 4 * Math.ulp(full.decidedHigh()[k])));
                // sd = √(E[f²] − E[f]²): the variance moves by at most 3·bound, rounding of the two moments aside
                double variance = full.sd()[k] * full.sd()[k];
                double trimmedVariance = trimmed.sd()[k] * trimmed.sd()[k];
                assertThat(trimmedVariance).as(at).isCloseTo(variance, within(3 * bound + 8 * Math.ulp(1.0)));
            }
        }
    }

    /** The dropped tails are below the bound, yet the support really shrinks: the saving is real. */
    @Test
    void theFlagshipsSupportFollowsTheBulk() {
        FrontRandomWalk walk = FrontRandomWalk.constant(-0.003, 0.004);
        int cells = walk.defaultCells(0, 36);
        FrontTransition step = walk.transition(0, cells);
        double[] mass = step.pointMass(0.2);
        double[] next = new double[cells];
        for (int k = 1; k <= 36; k++) {
            step.forward(mass, next);
            double[] swap = mass;
            mass = next;
            next = swap;
            FrontRandomWalk.dropFarTails(mass, 0, cells - 1);
        }
        int hi = cells - 1;
        while (mass[hi] == 0.0) {
            hi--;
        }
        // bulk at 0.2 − 36·0.003 = 0.092, sd 0.004·6 = 0.024: ~9.5 sd above the mean is ≈ 0.32, cell ≈ 480 of 1500
        assertThat(hi).isBetween(420, 560);
    }

    /** The forecast as computed before the trimming: every reachable state kept. */
    private static FrontForecast untrimmed(FrontRandomWalk walk, double front, int start, int months, int cells) {
        double[] mean = new double[months + 1];
        double[] sd = new double[months + 1];
        double[] low = new double[months + 1];
        double[] high = new double[months + 1];
        FrontTransition first = walk.transition(start, cells);
        double[] mass = first.pointMass(front);
        double[] next = new double[cells];
        mean[0] = front;
        for (int k = 1; k <= months; k++) {
            FrontTransition step = walk.transition(start + k - 1, cells);
            double[] absorbed = step.forward(mass, next);
            low[k] = low[k - 1] + absorbed[0];
            high[k] = high[k - 1] + absorbed[1];
            double[] swap = mass;
            mass = next;
            next = swap;
            double m1 = high[k];
            double m2 = high[k];
            for (int a = 0; a < cells; a++) {
                double x = step.position(a);
                m1 += mass[a] * x;
                m2 += mass[a] * x * x;
            }
            mean[k] = m1;
            sd[k] = Math.sqrt(Math.max(0.0, m2 - m1 * m1));
        }
        return new FrontForecast(start, mean, sd, low, high);
    }
}
