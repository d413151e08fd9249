package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Target curves against Faratin, Sierra &amp; Jennings (1998) §4.2.1, worked by hand. */
class TimeDependentConcessionTest {

    @ParameterizedTest(name = "e={0} kappa={1} t={2}")
    @CsvSource({
        // e,   kappa, t,    u_max, u_min, expected (hand: u_max − (u_max − u_min)·(κ + (1−κ)·t^(1/e)))
        "0.5,  0.0,  0.25, 1.0,   0.4,   0.9625",   // α = 0.25² = 0.0625
        "2.0,  0.0,  0.25, 1.0,   0.4,   0.7",      // α = √0.25 = 0.5
        "1.0,  0.0,  0.3,  1.0,   0.4,   0.82",     // linear
        "0.2,  0.0,  0.5,  1.0,   0.4,   0.98125",  // GENIUS Boulware: α = 0.5⁵ = 0.03125
        "1.0,  0.1,  0.5,  1.0,   0.4,   0.67",     // α = 0.1 + 0.9·0.5 = 0.55
        "1.0,  0.1,  0.0,  1.0,   0.4,   0.94",     // κ conceded at once
        "5.0,  0.0,  0.0,  0.9,   0.2,   0.9",
        "5.0,  0.0,  1.0,  0.9,   0.2,   0.2",
        "0.5,  0.0,  0.5,  0.8,   0.3,   0.675"     // α = 0.25
    })
    void targetFollowsFaratinPolynomial(double e, double kappa, double t, double max, double min, double expected) {
        TimeDependentConcession s = TimeDependentConcession.of(e, kappa, min);
        assertThat(s.target(t, max, min)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void theStateClockMapsRoundsOntoZeroToOne() {
        // deadline 11 rounds: round 5 is t = 0.5, round 10 is t = 1
        TimeDependentConcession boulware = TimeDependentConcession.boulware();
        NegotiationState st = new NegotiationState(0, 11, 0.4, 1.0, 1e-9);
        st.setClock(5, 0, 0.0);
        assertThat(boulware.target(st)).isCloseTo(0.98125, within(1e-12));
        st.setClock(10, 0, 0.0);
        assertThat(boulware.target(st)).isCloseTo(0.4, within(1e-12));
        st.setClock(0, 0, 0.0);
        assertThat(boulware.target(st)).isEqualTo(1.0);
    }

    @Test
    void boulwareHoldsAboveLinearAboveConcederInside() {
        for (int i = 1; i < 100; i++) {
            double t = i / 100.0;
            double b = TimeDependentConcession.boulware().target(t, 1, 0);
            double l = TimeDependentConcession.linear().target(t, 1, 0);
            double c = TimeDependentConcession.conceder().target(t, 1, 0);
            assertThat(b).isGreaterThan(l);
            assertThat(l).isGreaterThan(c);
            assertThat(l).isCloseTo(1 - t, within(1e-15));
        }
    }

    @Test
    void badParametersAreRefusedWithTheValue() {
        assertThatThrownBy(() -> TimeDependentConcession.of(0.0)).hasMessageContaining("e = 0.0");
        assertThatThrownBy(() -> TimeDependentConcession.of(1.0, 1.5, 0.0)).hasMessageContaining("kappa = 1.5");
    }

    @Test
    void hardlinerAsksForItsMaximumAndBatnaAwareNeverGoesBelowW() {
        NegotiationState st = new NegotiationState(0, 11, 0.1, 0.9, 1e-9);
        st.setClock(10, 3, 0.55);
        assertThat(new Hardliner().target(st)).isEqualTo(0.9);
        BatnaAware b = new BatnaAware(TimeDependentConcession.linear());
        assertThat(b.target(st)).isEqualTo(0.55); // linear alone would be at its minimum 0.1
        assertThat(b.accepts(st, 0.5499)).isFalse();
        assertThat(b.accepts(st, 0.55)).isTrue();
    }
}
