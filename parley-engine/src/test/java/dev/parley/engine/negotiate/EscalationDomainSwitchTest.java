package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.negotiate.NegotiationResult.Ending;
import dev.parley.engine.space.OutcomeSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An escalation that changes what the outcomes are worth (as a fall in trust does) switches the talks to the new
 * utilities from its month on. Worked by hand on a pie of 10 with two linear agents (deadline 11, t = r/10), W = 0:
 * without escalation they agree on outcome 5 at round 5 (see {@link StackedAlternatingOffersTest}); here party 0 climbs
 * at month 3 and party 1's utilities halve, u₁'(k) = (10 − k)/20. From round 3 party 1's target is 0.5·(1 − r/10) on
 * its new range [0, 0.5]: it offers k = 3 (u₁' 0.35) in round 3 and k = 4 in round 4; in round 5 it accepts party 0's
 * offer k = 5, worth 0.25 = its target 0.5·0.5. The agreement's utilities are those of the new domain, (0.5, 0.25).
 */
class EscalationDomainSwitchTest {

    private static final NegotiationDomain PIE = PieDomains.pie(10);
    private static final NegotiationDomain HALVED = halved();

    private static NegotiationDomain halved() {
        OutcomeSpace space = PIE.space();
        double[][] u = new double[2][11];
        for (int k = 0; k <= 10; k++) {
            u[0][k] = k / 10.0;
            u[1][k] = (10 - k) / 20.0;
        }
        return NegotiationDomain.of(space, u, 2);
    }

    /** W = 0 throughout; the rung is worth climbing from month 3; taking it halves party 1's utilities. */
    private static final class TrustFall implements EscalableConflict {
        private NegotiationDomain domain = PIE;

        @Override
        public double valueIfTaken(int decider, int month, EscalationStep step, double counterWeight) {
            return month >= 3 ? 1.0 : -1.0;
        }

        @Override
        public boolean escalate(int month, EscalationStep step) {
            domain = HALVED;
            return false;
        }

        @Override
        public double driftShift(int month) {
            return 0.0;
        }

        @Override
        public NegotiationDomain domain() {
            return domain;
        }

        @Override
        public int deciderCount() {
            return 2;
        }

        @Override
        public double value(int decider, int month) {
            return 0.0;
        }

        @Override
        public double front(int month) {
            return Double.NaN;
        }
    }

    @Test
    void fromTheRungsMonthTheTalksUseTheNewUtilities() {
        NegotiationResult r = new StackedAlternatingOffers(PIE, NegotiationSettings.withDeadline(11)
                .withNearTieWindow(0.0)).run(List.of(EscalateForLeverage.naive(TimeDependentConcession.linear()),
                TimeDependentConcession.linear()), new TrustFall(), List.of(new EscalationStep("rung", 0, 0, 0, 0)));
        assertThat(r.ending()).isEqualTo(Ending.AGREEMENT);
        assertThat(r.round()).isEqualTo(5);
        assertThat(r.outcome()).isEqualTo(5);
        assertThat(r.utilities()).containsExactly(new double[] {0.5, 0.25}, within(1e-12));
        List<NegotiationEvent.Offered> byOne = r.trace().stream()
                .filter(e -> e instanceof NegotiationEvent.Offered o && o.party() == 1)
                .map(e -> (NegotiationEvent.Offered) e).toList();
        // rounds 0–2 on the old range (targets 1, 0.9, 0.8), then on the new one (0.35, 0.3)
        double[] targets = byOne.stream().mapToDouble(NegotiationEvent.Offered::target).toArray();
        assertThat(targets).containsExactly(new double[] {1.0, 0.9, 0.8, 0.35, 0.3}, within(1e-12));
        assertThat(byOne).extracting(NegotiationEvent.Offered::outcome).containsExactly(0, 1, 2, 3, 4);
        assertThat(byOne.get(3).utilities()[1]).isCloseTo(0.35, within(1e-12));
        NegotiationEvent.Escalated e = (NegotiationEvent.Escalated) r.trace().stream()
                .filter(x -> x instanceof NegotiationEvent.Escalated).findFirst().orElseThrow();
        assertThat(e.month()).isEqualTo(3);
        assertThat(e.round()).isEqualTo(3);
    }
}
