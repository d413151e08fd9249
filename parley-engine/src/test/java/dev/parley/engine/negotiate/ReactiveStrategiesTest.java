package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Relative tit-for-tat and aspiration adaptation against their update rules, worked by hand. */
class ReactiveStrategiesTest {

    @Test
    void relativeTitForTatMirrorsTheRatioOfTheOthersConcessions() {
        RelativeTitForTat tft = new RelativeTitForTat();
        NegotiationState st = new NegotiationState(0, 20, 0.0, 1.0, 1e-9);
        assertThat(tft.target(st)).isEqualTo(1.0);
        st.receive(0.2);
        assertThat(tft.target(st)).isEqualTo(1.0); // one offer: no concession to mirror yet
        st.receive(0.4); // they doubled my utility: I halve my target
        assertThat(tft.target(st)).isCloseTo(0.5, within(1e-15));
        assertThat(tft.target(st)).isCloseTo(0.5, within(1e-15)); // asking again changes nothing
        st.receive(0.5); // ×1.25 → 0.4
        assertThat(tft.target(st)).isCloseTo(0.4, within(1e-15));
        st.receive(0.25); // they hardened (×0.5): I harden, 0.8
        assertThat(tft.target(st)).isCloseTo(0.8, within(1e-15));
        st.receive(0.05); // ×0.2 would ask 4.0: capped at the maximum
        assertThat(tft.target(st)).isEqualTo(1.0);
    }

    @Test
    void aspirationClosesAShareOfTheGapToTheBestOfferEachRound() {
        AspirationAdaptation a = new AspirationAdaptation(0.5);
        NegotiationState st = new NegotiationState(0, 20, 0.0, 1.0, 1e-9);
        assertThat(a.target(st)).isEqualTo(1.0);
        st.receive(0.2);
        st.setClock(1, 0, 0.0);
        assertThat(a.target(st)).isCloseTo(0.6, within(1e-15)); // 1 − 0.5·(1 − 0.2)
        assertThat(a.target(st)).isCloseTo(0.6, within(1e-15)); // once per round
        st.setClock(2, 0, 0.0);
        assertThat(a.target(st)).isCloseTo(0.4, within(1e-15)); // 0.6 − 0.5·0.4
        st.receive(0.5);
        st.setClock(3, 0, 0.0);
        assertThat(a.target(st)).isCloseTo(0.4, within(1e-15)); // the best offer is above the aspiration
    }

    @Test
    void twoTitForTatAgentsWithAnOpeningConcederSettle() {
        // A (linear) on a pie of 10 against B (relative tit-for-tat), worked by hand.
        NegotiationResult r = new StackedAlternatingOffers(PieDomains.pie(10),
                NegotiationSettings.withDeadline(11).withNearTieWindow(0.0))
                .run(List.of(TimeDependentConcession.linear(), new RelativeTitForTat()), TabulatedNoDealValues.fixed(0, 0));
        assertThat(r.agreed()).isTrue();
        // B's utility of A's offers: 0.0 (r0), 0.1 (r1: ratio from 0 undefined, target kept 1), 0.2 (r2: ×2 → 0.5),
        // 0.3 (r3: ×1.5 → 1/3, so B offers k = 6, own 0.4); r4: A's target is 0.6 and B's k = 6 gives A 0.6: A
        // accepts, and B (target 1/3) stands by its offer.
        assertThat(r.round()).isEqualTo(4);
        assertThat(r.outcome()).isEqualTo(6);
    }
}
