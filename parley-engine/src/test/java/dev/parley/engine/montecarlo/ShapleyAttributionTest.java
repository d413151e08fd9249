package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShapleyAttributionTest {

    /** An additive game v(S) = Σ_{i∈S} c_i: each player's Shapley value is its own c_i (exact and sampled). */
    @Test
    void additiveGameGivesEachPlayerItsOwnContribution() {
        double[] c = {0.1, -0.05, 0.3, 0.0, 0.02};
        ShapleyAttribution.Game v = s -> {
            double sum = 0;
            for (int i = 0; i < c.length; i++) {
                if ((s & (1L << i)) != 0) {
                    sum += c[i];
                }
            }
            return sum;
        };
        ShapleyAttribution.Result exact = ShapleyAttribution.exact(c.length, v);
        assertThat(exact.exact()).isTrue();
        for (int i = 0; i < c.length; i++) {
            assertThat(exact.values()[i]).isCloseTo(c[i], offset(1e-14));
        }
        ShapleyAttribution.Result sampled = ShapleyAttribution.sampled(c.length, v, 50, new SplittableRandom(1));
        for (int i = 0; i < c.length; i++) {
            assertThat(sampled.values()[i]).isCloseTo(c[i], offset(1e-14));
            assertThat(sampled.standardErrors()[i]).isCloseTo(0, offset(1e-14));
        }
    }

    /**
     * Three players, worked by hand: v(∅)=0, v(1)=v(2)=v(3)=0, v(12)=60, v(13)=60, v(23)=0, v(123)=90 (hence 1 is
     * needed for any value). Over the 6 orders, player 1 adds 0,0,60,60,90,90 → φ1 = 50; player 2 adds 60,30,0,0,
     * 0,30 → φ2 = 20; φ3 = 20 by symmetry; the sum 90 = v(N) (efficiency).
     */
    @Test
    void threePlayerGameWorkedByHand() {
        double[] v = new double[8];
        v[0b011] = 60;
        v[0b101] = 60;
        v[0b111] = 90;
        ShapleyAttribution.Result r = ShapleyAttribution.exact(3, s -> v[(int) s]);
        assertThat(r.values()[0]).isCloseTo(50, offset(1e-12));
        assertThat(r.values()[1]).isCloseTo(20, offset(1e-12));
        assertThat(r.values()[2]).isCloseTo(20, offset(1e-12));
    }

    /**
     * Unanimity game on T (v(S) = 1 when T ⊆ S): φ_i = 1/|T| for i ∈ T, 0 elsewhere. With 14 players (above the
     * exact limit) the sampled estimate must lie within 4.5 standard errors, and the error must be stated.
     */
    @Test
    void sampledPermutationsAboveTwelveFactorsStateTheirError() {
        long t = 0b10_0000_1001_0110L; // players 1, 2, 4, 7, 13
        ShapleyAttribution.Result r = ShapleyAttribution.of(14, s -> (s & t) == t ? 1 : 0, 4000,
                new SplittableRandom(9));
        assertThat(r.exact()).isFalse();
        assertThat(r.permutations()).isEqualTo(4000);
        double sum = 0;
        for (int i = 0; i < 14; i++) {
            double expected = (t & (1L << i)) != 0 ? 0.2 : 0.0;
            if (expected == 0) {
                assertThat(r.values()[i]).isZero();
            } else {
                // a Bernoulli(1/5) marginal: se ≈ √(0.16/4000) ≈ 0.0063
                assertThat(r.standardErrors()[i]).isCloseTo(Math.sqrt(0.16 / 4000), offset(0.001));
                assertThat(Math.abs(r.values()[i] - expected)).isLessThan(4.5 * r.standardErrors()[i]);
            }
            sum += r.values()[i];
        }
        assertThat(sum).isCloseTo(1.0, offset(1e-12)); // every permutation's marginals sum to v(N) − v(∅)
    }

    @Test
    void exactUpToTwelveFactors() {
        ShapleyAttribution.Result r = ShapleyAttribution.of(12, s -> Long.bitCount(s) >= 7 ? 1 : 0, 10,
                new SplittableRandom(1));
        assertThat(r.exact()).isTrue();
        // a symmetric game: every player gets v(N)/12
        for (double phi : r.values()) {
            assertThat(phi).isCloseTo(1.0 / 12, offset(1e-12));
        }
    }
}
