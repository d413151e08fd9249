package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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
}
