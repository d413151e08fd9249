package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Building a Gaussian transition skips the erfc calls whose result is exactly 0, and reuses a thread's recent
 * builds: both must give the bits of the plain construction — every row's absorption probabilities and kernel
 * weights as {@code ½·erfc(−z/√2)} straight from Commons Numbers, read back by pushing a unit
 * mass through {@code forward}.
 */
class GaussianTransitionBuildTest {

    static Stream<Arguments> steps() {
        SplittableRandom rng = new SplittableRandom(20_261_125L);
        Stream<Arguments> flagship = Stream.of(Arguments.of(-0.003, 0.004, 1500), Arguments.of(0.0, 0.002, 3000),
                Arguments.of(0.2, 0.05, 200));
        return Stream.concat(flagship, Stream.generate(() -> Arguments.of(rng.nextDouble(-0.02, 0.02),
                rng.nextDouble(0.0015, 0.05), 200 + rng.nextInt(1800))).limit(6));
    }

    /** erfc is exactly 0 above the cut — what {@link FrontTransition#lowerTail} relies on to skip the call. */
    @Test
    void erfcIsExactlyZeroAboveTheCut() {
        double x = Math.nextUp(FrontTransition.ERFC_IS_ZERO_ABOVE);
        for (double v : new double[] {x, 27.31, 40.5, 1e3, 1e300, Double.POSITIVE_INFINITY}) {
            assertThat(Erfc.value(v)).as("erfc(%s)", v).isEqualTo(0.0);
        }
        assertThat(Erfc.value(27.2)).isPositive(); // just below, a subnormal
        for (double z = -80.0; z <= 80.0; z += 0.37) {
            assertThat(FrontTransition.lowerTail(z)).as("Φ(%s)", z).isEqualTo(0.5 * Erfc.value(-z / Math.sqrt(2.0)));
        }
    }

    /**
     * Φ against published values (Abramowitz and Stegun table 26.1 and its extensions to the far tail, to 17
     * digits). The tolerance is the argument's own rounding: z/√2 carries a relative error up to 2^-53, which moves
     * Φ(z) far in the tail by about z²·2^-53 relative.
     */
    @ParameterizedTest
    @CsvSource({"-1, 0.15865525393145705", "-2, 0.022750131948179207", "-5, 2.8665157187919391e-7",
            "-8, 6.2209605742717841e-16", "-9, 1.1285884059538406e-19", "-20, 2.7536241186062337e-89",
            "0, 0.5", "3, 0.99865010196836990"})
    void normalTailMatchesPublishedValues(double z, double phi) {
        double tolerance = (4 + z * z) * 0x1p-52 * phi;
        assertThat(FrontTransition.lowerTail(z)).as("Φ(%s)", z).isCloseTo(phi, within(tolerance));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void rowsHaveThePlainConstructionsBits(double drift, double volatility, int cells) {
        FrontTransition built = FrontTransition.gaussian(drift, volatility, cells);
        assertRowsArePlain(built, drift, volatility, cells);
    }

    @ParameterizedTest
    @MethodSource("steps")
    void aThreadsRecentBuildIsReusedAndIsTheBuild(double drift, double volatility, int cells) {
        FrontTransition first = RecentGaussianTransitions.gaussian(drift, volatility, cells);
        // two walks that are different objects with the same step share the build
        FrontTransition viaWalk = FrontRandomWalk.constant(drift, volatility).transition(0, cells);
        assertThat(viaWalk).isSameAs(first);
        assertThat(RecentGaussianTransitions.gaussian(Math.nextUp(drift), volatility, cells)).isNotSameAs(first);
        assertThat(RecentGaussianTransitions.gaussian(drift, volatility, cells - 1)).isNotSameAs(first);
        assertRowsArePlain(first, drift, volatility, cells);
    }

    @Test
    void moreStepsThanTheCapacityEvictTheOldestOnly() {
        double sigma = 0.01;
        FrontTransition oldest = RecentGaussianTransitions.gaussian(0.0, sigma, 300);
        for (int k = 1; k < RecentGaussianTransitions.CAPACITY; k++) {
            RecentGaussianTransitions.gaussian(0.001 * k, sigma, 300);
        }
        assertThat(RecentGaussianTransitions.gaussian(0.0, sigma, 300)).isSameAs(oldest);
        RecentGaussianTransitions.gaussian(-0.5, sigma, 300); // replaces the entry written first
        FrontTransition rebuilt = RecentGaussianTransitions.gaussian(0.0, sigma, 300);
        assertThat(rebuilt).isNotSameAs(oldest);
        assertRowsArePlain(rebuilt, 0.0, sigma, 300);
    }

    /**
     * Row a: P(a → m) = Φ(((m − a + ½)h − μ)/σ) − Φ(((m − a − ½)h − μ)/σ) for |m − a| ≤ reach (the tail away from
     * the mean, as built), absorption Φ(−c/σ) at 0 and Φ(−(1 − c)/σ) at 1, c = (a + ½)h + μ.
     */
    private static void assertRowsArePlain(FrontTransition t, double drift, double volatility, int cells) {
        assertRowsArePlain(t, drift, volatility, cells, true);
    }

    private static void assertRowsArePlain(FrontTransition t, double drift, double volatility, int cells,
                                           boolean cut) {
        double h = 1.0 / cells;
        int n = t.states();
        double[] unit = new double[n];
        double[] next = new double[n];
        for (int a = 0; a < n; a++) {
            unit[a] = 1.0;
            double[] absorbed = t.forward(unit, next);
            unit[a] = 0.0;
            double centre = (a + 0.5) * h + drift;
            assertAbsorption(absorbed[0], centre / volatility, cut, "row " + a + " to 0");
            assertAbsorption(absorbed[1], (1.0 - centre) / volatility, cut, "row " + a + " to 1");
            if (a % 97 != 0 && a > 3 && a < n - 4) {
                continue; // one kernel serves every row: its weights are checked on a sample of rows
            }
            for (int m = 0; m < n; m++) {
                if (next[m] == 0.0) {
                    continue;
                }
                int d = m - a;
                double lo = ((d - 0.5) * h - drift) / volatility;
                double hi = ((d + 0.5) * h - drift) / volatility;
                double k = hi <= 0.0 ? plainLowerTail(hi) - plainLowerTail(lo)
                        : (lo >= 0.0 ? plainLowerTail(-lo) - plainLowerTail(-hi)
                        : 1.0 - plainLowerTail(lo) - plainLowerTail(-hi));
                assertThat(next[m]).as("row %d to %d", a, m).isEqualTo(k);
            }
        }
    }

    /**
     * Absorption at a bound {@code distance} σ away: Φ(−distance) to the bit, or — cut, and only beyond
     * TAIL_SIGMAS = 9σ — exactly 0 where Φ(−distance) &lt; Φ(−9) (the entry moves by less than Φ(−9)).
     */
    private static void assertAbsorption(double built, double distance, boolean cut, String what) {
        double plain = plainLowerTail(-distance);
        if (cut && distance > 9.0) {
            assertThat(built).as(what).isEqualTo(0.0);
            assertThat(plain).as(what).isLessThan(FrontTransition.TAIL_MASS);
        } else {
            assertThat(built).as(what).isEqualTo(plain);
        }
    }

    @ParameterizedTest
    @MethodSource("steps")
    void uncutConstructionHasEveryPlainBit(double drift, double volatility, int cells) {
        assertRowsArePlain(FrontTransition.gaussian(drift, volatility, cells, false), drift, volatility, cells, false);
    }

    /** Φ(−9) from its closed form (erfc; independently 1.128588e-19 by tables of the normal tail). */
    @Test
    void tailMassIsPhiOfMinusNine() {
        assertThat(FrontTransition.TAIL_MASS).isCloseTo(1.1285884e-19, within(1e-25));
    }

    /**
     * Over 36 months from a point mass the cut changes the mass absorbed at each bound by at most 36·Φ(−9) (each
     * month by at most Φ(−9) times the undecided mass ≤ 1), plus the rounding of the absorbed total (an ulp or two
     * where the removed terms were added before larger ones).
     */
    @ParameterizedTest
    @MethodSource("steps")
    void absorptionOver36MonthsMovesByAtMost36TailMasses(double drift, double volatility, int cells) {
        FrontTransition cut = FrontTransition.gaussian(drift, volatility, cells);
        FrontTransition plain = FrontTransition.gaussian(drift, volatility, cells, false);
        for (double start : new double[] {0.02, 0.3, 0.5, 0.93}) {
            double[] massCut = cut.pointMass(start);
            double[] massPlain = plain.pointMass(start);
            double[] nextCut = new double[cut.states()];
            double[] nextPlain = new double[plain.states()];
            double zeroCut = 0.0;
            double zeroPlain = 0.0;
            double oneCut = 0.0;
            double onePlain = 0.0;
            for (int month = 0; month < 36; month++) {
                double[] c = cut.forward(massCut, nextCut);
                double[] p = plain.forward(massPlain, nextPlain);
                zeroCut += c[0];
                oneCut += c[1];
                zeroPlain += p[0];
                onePlain += p[1];
                double[] swap = massCut;
                massCut = nextCut;
                nextCut = swap;
                swap = massPlain;
                massPlain = nextPlain;
                nextPlain = swap;
            }
            // the undecided masses follow the same kernel: the same bits
            assertThat(massCut).isEqualTo(massPlain);
            double bound = 36 * FrontTransition.TAIL_MASS;
            assertThat(zeroCut).as("absorbed at 0 from %s", start)
                    .isCloseTo(zeroPlain, within(bound + 2 * Math.ulp(zeroPlain)));
            assertThat(oneCut).as("absorbed at 1 from %s", start)
                    .isCloseTo(onePlain, within(bound + 2 * Math.ulp(onePlain)));
        }
    }

    private static double plainLowerTail(double z) {
        return 0.5 * Erfc.value(-z / Math.sqrt(2.0));
    }
}
