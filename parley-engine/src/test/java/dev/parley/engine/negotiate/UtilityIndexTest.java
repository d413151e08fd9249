package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UtilityIndexTest {
    @Test
    void sortsStablyAndFindsTheFirstRankReachingAValue() {
        double[] u = {0.5, 0.1, 0.5, 0.9, 0.3};
        UtilityIndex ix = new UtilityIndex(u);
        assertThat(new int[] {ix.outcome(0), ix.outcome(1), ix.outcome(2), ix.outcome(3), ix.outcome(4)})
                .containsExactly(1, 4, 0, 2, 3);
        assertThat(ix.lowerBound(0.5)).isEqualTo(2);
        assertThat(ix.lowerBound(0.31)).isEqualTo(2);
        assertThat(ix.lowerBound(0.95)).isEqualTo(5);
        assertThat(ix.min()).isEqualTo(0.1);
        assertThat(ix.max()).isEqualTo(0.9);
    }

    @Test
    void agreesWithABoxedSortOnRandomData() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] u = new double[5000];
        for (int i = 0; i < u.length; i++) {
            u[i] = Math.floor(rng.nextDouble() * 50) / 50; // many ties
        }
        UtilityIndex ix = new UtilityIndex(u);
        Integer[] ref = new Integer[u.length];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = i;
        }
        java.util.Arrays.sort(ref, (a, b) -> u[a] != u[b] ? Double.compare(u[a], u[b]) : Integer.compare(a, b));
        for (int r = 0; r < u.length; r++) {
            assertThat(ix.outcome(r)).isEqualTo(ref[r]);
        }
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    /**
     * The order equals that of the stable indirect merge sort it replaced (kept below as the oracle), outcome by
     * outcome, on arrays with many ties, negative values, ±0.0 and excluded outcomes. The seed picks the mix so every
     * path is taken: few levels (ties), a fine grid with a far outlier (many values per level: the full-key radix
     * sort), plain doubles, near-ties closer than a level (put right by insertion), and extremes with infinities (a
     * range that is not finite).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void ordersExactlyAsTheStableMergeSortDid(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(seed % 8 == 0 ? 40_000 : 3_000);
        int levels = 1 + rng.nextInt(60);
        int mix = (int) (seed % 5);
        double[] u = new double[n];
        boolean[] excluded = rng.nextBoolean() ? new boolean[n] : null;
        for (int x = 0; x < n; x++) {
            int pick = rng.nextInt(20);
            u[x] = pick == 0 ? -0.0 : pick == 1 ? 0.0 : switch (mix) {
                case 0 -> (rng.nextInt(levels) - levels / 2) / (double) levels; // many ties, half negative
                case 1 -> pick == 2 ? 1e6 : rng.nextInt(-5_000, 5_000) / 1e4; // fine grid and a far outlier
                case 2 -> rng.nextDouble(-1.0, 1.0);
                case 3 -> rng.nextInt(1000) / 1000.0 + rng.nextInt(3) * 1e-9; // distinct values sharing a level
                default -> switch (pick % 5) {
                    case 0 -> rng.nextDouble(-1e300, 1e300);
                    case 1 -> rng.nextBoolean() ? Double.MAX_VALUE : -Double.MIN_VALUE;
                    case 2 -> rng.nextBoolean() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    default -> (rng.nextInt(levels) - levels / 2) / (double) levels;
                };
            };
            if (excluded != null) {
                excluded[x] = rng.nextInt(5) == 0;
            }
        }
        int[] expected = mergeSortOrder(u, excluded);
        UtilityIndex ix = new UtilityIndex(u, excluded);
        int[] actual = new int[ix.size()];
        for (int r = 0; r < actual.length; r++) {
            actual[r] = ix.outcome(r);
        }
        assertThat(actual).containsExactly(expected);
        for (int r = 0; r < actual.length; r++) {
            assertThat(Double.doubleToRawLongBits(ix.utility(r))).isEqualTo(Double.doubleToRawLongBits(u[actual[r]]));
        }
    }

    @Test
    void sortsTiesAndTinyRangesInOutcomeOrder() {
        double[] tiny = {Double.MIN_VALUE, 0.0, 2 * Double.MIN_VALUE, -0.0, Double.MIN_VALUE}; // n / span overflows
        assertThat(order(new UtilityIndex(tiny))).containsExactly(1, 3, 0, 4, 2);
        assertThat(order(new UtilityIndex(new double[] {0.3, 0.3, 0.3}))).containsExactly(0, 1, 2);
    }

    private static int[] order(UtilityIndex ix) {
        int[] o = new int[ix.size()];
        for (int r = 0; r < o.length; r++) {
            o[r] = ix.outcome(r);
        }
        return o;
    }

    @Test
    void negativeZeroTiesWithZeroInOutcomeOrder() {
        UtilityIndex ix = new UtilityIndex(new double[] {0.0, -0.0, -1e-300, 0.0, -0.0, 1e-300});
        assertThat(new int[] {ix.outcome(0), ix.outcome(1), ix.outcome(2), ix.outcome(3), ix.outcome(4),
                ix.outcome(5)}).containsExactly(2, 0, 1, 3, 4, 5);
    }

    @Test
    void refusesANaNUtilityNamingTheOutcome() {
        assertThatThrownBy(() -> new UtilityIndex(new double[] {0.2, Double.NaN, 0.1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outcome 1 is NaN");
    }

    /** The stable primitive merge sort UtilityIndex used before the radix sort: the reference order. */
    private static int[] mergeSortOrder(double[] u, boolean[] excluded) {
        int n = 0;
        for (int x = 0; x < u.length; x++) {
            n += excluded != null && excluded[x] ? 0 : 1;
        }
        int[] keys = new int[n];
        int fill = 0;
        for (int x = 0; x < u.length; x++) {
            if (excluded == null || !excluded[x]) {
                keys[fill++] = x;
            }
        }
        mergeSort(keys, new int[n], 0, n, u);
        return keys;
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, double[] u) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && u[a[j]] > u[v]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, u);
        mergeSort(a, tmp, mid, to, u);
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && u[tmp[i]] <= u[tmp[j]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
