package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StalemateOutlookTest {
    /** Rounding only: a different summation order (and the forecast's dropped tails, ≤ 1.4e-18 at H = 6). */
    private static final double TOLERANCE = 1e-13;
    /** Two bands of one window: the cut tails (≤ 2·H·Φ(−9.5) ≈ 5e-20 at H = 12) and a few ulps of rounding. */
    private static final double BAND_TOLERANCE = 1e-15;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    /**
     * The oracle is the forward forecast ({@link RipenessEvaluator#stalemateInputs}): random drifts, volatilities
     * (σ = 0 included) and month-varying walks, windows 1..12, fronts at and near 0 and 1, at cell centres and in
     * the middle, over months asked in a shuffled order on one outlook (so the bands grow and windows change).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void matchesTheForwardForecast(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        FrontRandomWalk walk = randomWalk(rng);
        int window = 1 + rng.nextInt(12);
        StalemateOutlook outlook = new StalemateOutlook(walk, window);
        List<double[]> questions = questions(rng, walk, window);
        StalemateOutlook covered = new StalemateOutlook(walk, window);
        covered.cover(0.2, 0.8);
        StalemateOutlook repeat = new StalemateOutlook(walk, window);
        for (double[] q : questions) {
            double front = q[0];
            int month = (int) q[1];
            double[] expected = RipenessEvaluator.stalemateInputs(walk, front, month, window);
            double[] actual = outlook.inputs(front, month);
            String where = "seed " + seed + ", front " + front + ", month " + month + ", window " + window;
            assertThat(actual[0]).as("E[Δf], " + where).isCloseTo(expected[0], within(TOLERANCE));
            assertThat(actual[1]).as("P(decided), " + where).isCloseTo(expected[1], within(TOLERANCE));
            // what was asked before changes only the band, hence the answer only by the cut tails and rounding
            double[] fresh = new StalemateOutlook(walk, window).inputs(front, month);
            double[] afterCover = covered.inputs(front, month);
            assertThat(actual[0]).as("fresh, " + where).isCloseTo(fresh[0], within(BAND_TOLERANCE));
            assertThat(actual[1]).as("fresh, " + where).isCloseTo(fresh[1], within(BAND_TOLERANCE));
            assertThat(afterCover[0]).as("after cover, " + where).isCloseTo(actual[0], within(BAND_TOLERANCE));
            assertThat(afterCover[1]).as("after cover, " + where).isCloseTo(actual[1], within(BAND_TOLERANCE));
            // the same questions in the same order give the same bits
            assertThat(repeat.inputs(front, month)).as("repeated, " + where).containsExactly(actual);
        }
    }

    /** σ = 0: the split deterministic step keeps the mean, so E[Δf] = H·μ away from the bounds and nothing decides. */
    @Test
    void deterministicWalkMovesByItsDrift() {
        StalemateOutlook outlook = new StalemateOutlook(FrontRandomWalk.constant(0.01, 0.0), 6);
        double[] s = outlook.inputs(0.4, 3);
        assertThat(s[0]).isCloseTo(0.06, within(1e-12));
        assertThat(s[1]).isZero();
        // from 0.97 the front crosses 1 within 3 months
        assertThat(outlook.inputs(0.97, 3)[1]).isEqualTo(1.0);
    }

    /** A decided front stays decided; a window of 0 months changes nothing. */
    @Test
    void decidedFrontsAndEmptyWindow() {
        FrontRandomWalk walk = FrontRandomWalk.constant(0.0, 0.05);
        assertThat(new StalemateOutlook(walk, 6).inputs(0.0, 2)).containsExactly(0.0, 1.0);
        assertThat(new StalemateOutlook(walk, 6).inputs(1.0, 2)).containsExactly(0.0, 1.0);
        assertThat(new StalemateOutlook(walk, 0).inputs(0.3, 2))
                .containsExactly(RipenessEvaluator.stalemateInputs(walk, 0.3, 2, 0));
    }

    @Test
    void rejectsBadInput() {
        FrontRandomWalk walk = FrontRandomWalk.constant(0.0, 0.05);
        assertThatThrownBy(() -> new StalemateOutlook(walk, -1)).hasMessageContaining("windowMonths = -1");
        assertThatThrownBy(() -> new StalemateOutlook(walk, 6).inputs(0.5, -2)).hasMessageContaining("month = -2");
        assertThatThrownBy(() -> new StalemateOutlook(walk, 6).inputs(1.5, 0)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> new StalemateOutlook(walk, 6).cover(0.6, 0.4)).hasMessageContaining("low to high");
    }

    private static FrontRandomWalk randomWalk(SplittableRandom rng) {
        int months = rng.nextInt(3) == 0 ? 1 + rng.nextInt(10) : 1; // a third of the walks change month by month
        double[] drift = new double[months];
        double[] volatility = new double[months];
        double base = volatility(rng);
        for (int s = 0; s < months; s++) {
            drift[s] = rng.nextInt(6) == 0 ? 0.0 : rng.nextDouble(-0.03, 0.03);
            // often the same σ from month to month (one grid, changing drift), sometimes another
            volatility[s] = rng.nextBoolean() ? base : volatility(rng);
        }
        return FrontRandomWalk.byMonth(drift, volatility);
    }

    private static double volatility(SplittableRandom rng) {
        return switch (rng.nextInt(5)) {
            case 0 -> 0.0;
            case 1 -> rng.nextDouble(0.0015, 0.005); // fine grids, up to the 4000-cell cap
            case 2 -> rng.nextDouble(0.005, 0.02);
            default -> rng.nextDouble(0.02, 0.12);
        };
    }

    private static List<double[]> questions(SplittableRandom rng, FrontRandomWalk walk, int window) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < 14; k++) {
            int month = rng.nextInt(16);
            int cells = walk.defaultCells(month, month + window);
            double h = 1.0 / cells;
            double front = switch (k % 7) {
                case 0 -> rng.nextDouble(0.0, 0.5 * h); // below the first centre: clamped to cell 0
                case 1 -> 1.0 - rng.nextDouble(0.0, 0.5 * h); // above the last centre
                case 2 -> rng.nextDouble(0.0, 0.05);
                case 3 -> 1.0 - rng.nextDouble(0.0, 0.05);
                case 4 -> (rng.nextInt(cells) + 0.5) * h; // a cell centre
                case 5 -> rng.nextBoolean() ? 0.0 : 1.0;
                default -> rng.nextDouble(0.3, 0.7);
            };
            out.add(new double[] {front, month});
        }
        // a run of consecutive months along a slowly moving front, as a ripeness scan asks
        double front = rng.nextDouble(0.2, 0.8);
        for (int t = 0; t < 12; t++) {
            out.add(new double[] {front, t});
            front += rng.nextDouble(-0.01, 0.01);
        }
        return out;
    }
}
