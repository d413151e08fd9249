package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The equilibrium of alternating offers played through {@link StackedAlternatingOffers}: with a distant deadline
 * the opener A gets Rubinstein's (1982) share (1 − δ_B)/(1 − δ_A·δ_B) and the first offer is accepted; with a near
 * deadline the finite-horizon (Ståhl 1972) shares, worked by hand.
 */
class RubinsteinSplitTest {

    private static NegotiationResult play(int n, double deltaOpener, double deltaOther, int deadline) {
        StackedAlternatingOffers saop = new StackedAlternatingOffers(PieDomains.pie(n),
                NegotiationSettings.withDeadline(deadline).withNearTieWindow(0.0));
        BackwardInductionAlternatingOffers s = new BackwardInductionAlternatingOffers(deltaOpener, deltaOther, deadline);
        return saop.run(List.of(s, s), TabulatedNoDealValues.fixed(0.0, 0.0));
    }

    @Test
    void openerGetsRubinsteinsShareAndTheFirstOfferIsAccepted() {
        // δ_A = 0.9, δ_B = 0.8: (1 − 0.8)/(1 − 0.72) = 5/7, on a grid of 1/700 exactly outcome 500
        NegotiationResult r = play(700, 0.9, 0.8, 100);
        assertThat(r.agreed()).isTrue();
        assertThat(r.round()).isZero();
        assertThat(r.trace()).filteredOn(e -> e instanceof NegotiationEvent.Offered).hasSize(1);
        assertThat(r.utilities()[0]).isCloseTo((1 - 0.8) / (1 - 0.9 * 0.8), within(1.0 / 700));
        assertThat(r.outcome()).isEqualTo(500);
    }

    @Test
    void theMorePatientResponderGetsMoreWhenTheOtherOpens() {
        // B (δ = 0.8) opens against A (δ = 0.9): B's share (1 − 0.9)/(1 − 0.72) = 5/14 = 250/700
        NegotiationResult r = play(700, 0.8, 0.9, 100);
        assertThat(r.round()).isZero();
        assertThat(r.outcome()).isEqualTo(250);
        assertThat(r.utilities()[0]).isCloseTo((1 - 0.9) / (1 - 0.72), within(1.0 / 700));
    }

    @Test
    void equalPatienceGivesOneOverOnePlusDelta() {
        // δ = 0.9 for both: 1/(1 + δ) = 10/19 = 1000/1900
        NegotiationResult r = play(1900, 0.9, 0.9, 150);
        assertThat(r.outcome()).isEqualTo(1000);
        assertThat(r.utilities()[0]).isCloseTo(1 / 1.9, within(1.0 / 1900));
    }

    @Test
    void finiteHorizonSharesMatchBackwardInductionByHand() {
        // one round: the opener's offer is the last answered one: it takes all
        assertThat(play(700, 0.9, 0.8, 1).outcome()).isEqualTo(700);
        // two rounds, turns 0..2 answered: V2 = 1, V1 = 1 − 0.9·1 = 0.1, V0 = 1 − 0.8·0.1 = 0.92 = 644/700
        NegotiationResult r = play(700, 0.9, 0.8, 2);
        assertThat(r.round()).isZero();
        assertThat(r.outcome()).isEqualTo(644);
    }
}
