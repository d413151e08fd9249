package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FrontRandomWalkTest {

    static Stream<Arguments> randomSteps() {
        SplittableRandom rng = new SplittableRandom(20_260_401L);
        return Stream.generate(() -> Arguments.of(rng.nextDouble(-0.05, 0.05), rng.nextDouble(0.0, 0.2),
                200 + rng.nextInt(400))).limit(12);
    }

    @ParameterizedTest
    @MethodSource("randomSteps")
    void everyRowOfTheGaussianTransitionIsADistribution(double drift, double volatility, int cells) {
        FrontTransition t = FrontTransition.gaussian(drift, volatility, cells);
        double[] mass = new double[cells];
        double[] next = new double[cells];
        for (int a = 0; a < cells; a++) {
            java.util.Arrays.fill(mass, 0.0);
            mass[a] = 1.0;
            double[] absorbed = t.forward(mass, next);
            double total = absorbed[0] + absorbed[1];
            for (double x : next) {
                total += x;
            }
            assertThat(total).as("row %d", a).isCloseTo(1.0, within(1e-12));
        }
    }

    /** The lattice walk propagated month by month must reproduce the gambler's-ruin closed forms (§1.7). */
    @ParameterizedTest(name = "j={0}, N={1}, pi={2}")
    @CsvSource({"5, 10, 0.6, 0.8836, 19.182", "3, 10, 0.55, 0.5225, 22.254", "5, 10, 0.5, 0.5, 25.0"})
    void latticePropagationReproducesGamblersRuin(int j, int n, double pi, double pA, double duration) {
        FrontTransition lattice = FrontTransition.lattice(n, pi);
        double[] mass = lattice.pointMass((double) j / n);
        double[] next = new double[mass.length];
        double winsA = 0.0;
        double expectedBattles = 0.0;
        double alive = 1.0;
        for (int k = 0; k < 20_000 && alive > 1e-15; k++) {
            expectedBattles += alive; // E[T] = Σ_k P(T > k)
            double[] absorbed = lattice.forward(mass, next);
            winsA += absorbed[1];
            double[] swap = mass;
            mass = next;
            next = swap;
            alive = 0.0;
            for (double x : mass) {
                alive += x;
            }
        }
        assertThat(winsA).isCloseTo(pA, within(5e-5));
        assertThat(expectedBattles).isCloseTo(duration, within(5e-4));
        GamblersRuin closed = new GamblersRuin(j, n, pi);
        assertThat(winsA).isCloseTo(closed.probabilityAWins(), within(1e-12));
        assertThat(expectedBattles).isCloseTo(closed.expectedDuration(), within(1e-9));
    }

    @Test
    void farFromTheBoundsTheMeanMovesByTheDriftAndTheSpreadGrowsLikeTheSquareRootOfTime() {
        FrontRandomWalk walk = FrontRandomWalk.constant(-0.004, 0.01);
        int cells = walk.defaultCells(0, 24);
        FrontForecast forecast = walk.forecast(0.6, 0, 24, cells);
        for (int k : new int[] {1, 6, 12, 24}) {
            assertThat(forecast.mean()[k]).isCloseTo(0.6 - 0.004 * k, within(1e-6));
            assertThat(forecast.sd()[k]).isCloseTo(0.01 * Math.sqrt(k), within(0.01 * Math.sqrt(k) * 0.02));
            assertThat(forecast.decided(k)).isLessThan(1e-12);
        }
    }

    @Test
    void absorptionProbabilitiesAgreeWithSampledPaths() {
        FrontRandomWalk walk = FrontRandomWalk.byMonth(new double[] {-0.01, -0.01, 0.0}, new double[] {0.05});
        int months = 36;
        FrontForecast exact = walk.forecast(0.2, 0, months, walk.defaultCells(0, months));
        SplittableRandom rng = new SplittableRandom(7L);
        int n = 40_000;
        int low = 0;
        int high = 0;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double[] path = walk.samplePath(0.2, 0, months, rng);
            double end = path[months];
            sum += end;
            if (end == 0.0) {
                low++;
            } else if (end == 1.0) {
                high++;
            }
        }
        double pLow = (double) low / n;
        double seLow = Math.sqrt(pLow * (1 - pLow) / n);
        assertThat(exact.decidedLow()[months]).isCloseTo(pLow, within(4 * seLow + 2e-3));
        assertThat(exact.decidedHigh()[months]).isCloseTo((double) high / n, within(4e-3));
        assertThat(exact.mean()[months]).isCloseTo(sum / n, within(5e-3));
        assertThat(exact.decidedLow()[months]).isGreaterThan(0.3); // the test exercises absorption
    }

    @Test
    void samePathForTheSameSeed() {
        FrontRandomWalk walk = FrontRandomWalk.constant(0.0, 0.03);
        assertThat(walk.samplePath(0.5, 0, 50, new SplittableRandom(42)))
                .containsExactly(walk.samplePath(0.5, 0, 50, new SplittableRandom(42)));
    }

    @Test
    void rejectsNegativeVolatilityWithAHint() {
        assertThatThrownBy(() -> FrontRandomWalk.constant(0.0, -0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volatility[0] = -0.01").hasMessageContaining(">= 0");
    }
}
