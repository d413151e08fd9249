package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class MedianDurabilityShapleyTest {

    private static final double NA = Double.NaN;

    /**
     * One player, three draws (columns: off, on). Off: draws 0 and 2 agree, median(10, 14) = 12; on: every draw,
     * median(20, 30, 40) = 30. So φ = 30 − 12 = 18 months.
     */
    @Test
    void onePlayerTakesTheChangeOfTheMedianOverTheDrawsThatAgree() {
        MedianDurabilityShapley.Result r = MedianDurabilityShapley.of(1,
                new double[][] {{10, 20}, {NA, 30}, {14, 40}}, 1);
        assertThat(r.none()).isEqualTo(12.0);
        assertThat(r.all()).isEqualTo(30.0);
        assertThat(r.values()).containsExactly(18.0);
        assertThat(r.agreements()).isEqualTo(5);
        assertThat(r.defined()).isTrue();
    }

    /**
     * Two players, coalitions indexed by bits (0 = {}, 1 = {a}, 2 = {b}, 3 = {a, b}). Medians over the three draws:
     * v({}) = 10, v({a}) = 16, v({b}) = 12, v({a, b}) = 30 (worked per column below). Shapley:
     * φ_a = ½(16 − 10) + ½(30 − 12) = 12, φ_b = ½(12 − 10) + ½(30 − 16) = 8; they sum to 30 − 10 = 20.
     */
    @Test
    void twoPlayersMatchTheHandWorkedShapleyValuesOfTheMedianGame() {
        double[][] months = {
            {8, 16, 12, 25},   // column medians: {} median(8, 10, 12) = 10; {a} median(16, 15, 30) = 16
            {10, 15, 11, 30},  // {b} median(12, 11, 13) = 12; {a, b} median(25, 30, 35) = 30
            {12, 30, 13, 35},
        };
        MedianDurabilityShapley.Result r = MedianDurabilityShapley.of(2, months, 5);
        assertThat(r.none()).isEqualTo(10.0);
        assertThat(r.all()).isEqualTo(30.0);
        assertThat(r.values()).containsExactly(new double[] {12.0, 8.0}, offset(1e-12));
        assertThat(r.resamples()).isEqualTo(MedianDurabilityShapley.BOOTSTRAP_RESAMPLES);
        assertThat(r.standardErrors()[0]).isPositive();
        assertThat(r.standardErrors()[1]).isPositive();
    }

    /** Identical draws: every bootstrap resample gives the same game, so the standard errors are exactly 0. */
    @Test
    void identicalDrawsHaveNoBootstrapSpread() {
        double[] row = {20, 26, 21, 33};
        MedianDurabilityShapley.Result r = MedianDurabilityShapley.of(2, new double[][] {row, row, row, row}, 9);
        assertThat(r.values()).containsExactly(new double[] {0.5 * 6 + 0.5 * 12, 0.5 * 1 + 0.5 * 7}, offset(1e-12));
        assertThat(r.standardErrors()).containsExactly(0.0, 0.0);
    }

    /** A coalition under which no draw agrees has no median: the game, and so every value, is undefined. */
    @Test
    void aCoalitionWithoutAnyAgreementLeavesTheGameUndefined() {
        MedianDurabilityShapley.Result r = MedianDurabilityShapley.of(1, new double[][] {{NA, 20}, {NA, 30}}, 1);
        assertThat(r.undefinedCoalitions()).isEqualTo(1);
        assertThat(r.defined()).isFalse();
        assertThat(r.values()[0]).isNaN();
        assertThat(r.standardErrors()[0]).isNaN();
    }

    /** The same seed gives the same standard errors (the bootstrap is seeded, not global). */
    @Test
    void bootstrapIsSeeded() {
        double[][] months = {{8, 16}, {10, 15}, {12, 30}, {9, 22}};
        assertThat(MedianDurabilityShapley.of(1, months, 42).standardErrors())
                .isEqualTo(MedianDurabilityShapley.of(1, months, 42).standardErrors());
    }
}
