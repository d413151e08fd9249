package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.engine.negotiate.NegotiationResult.Ending;
import dev.parley.engine.space.OutcomeSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small negotiations worked by hand turn by turn. */
class StackedAlternatingOffersTest {

    private static NegotiationSettings exact(int deadline) {
        return NegotiationSettings.withDeadline(deadline).withNearTieWindow(0.0);
    }

    @Test
    void twoLinearAgentsMeetInTheMiddleAtRoundFive() {
        // pie of 10: at round r both target 1 − r/10; A's offer k = 10 − r gives B r/10, accepted once r/10 ≥ 1 − r/10
        NegotiationResult r = new StackedAlternatingOffers(PieDomains.pie(10), exact(11))
                .run(List.of(TimeDependentConcession.linear(), TimeDependentConcession.linear()),
                        TabulatedNoDealValues.fixed(0, 0));
        assertThat(r.ending()).isEqualTo(Ending.AGREEMENT);
        assertThat(r.round()).isEqualTo(5);
        assertThat(r.outcome()).isEqualTo(5);
        List<Integer> offersOfA = r.trace().stream().filter(e -> e instanceof NegotiationEvent.Offered o && o.party() == 0)
                .map(e -> ((NegotiationEvent.Offered) e).outcome()).toList();
        assertThat(offersOfA).containsExactly(10, 9, 8, 7, 6, 5);
    }

    @Test
    void boulwareAgainstLinearAcceptsTheLinearOfferAtRoundSeven() {
        // pie of 100, deadline 11 (t = r/10). A (e = 0.5) targets 1 − t², B (linear) 1 − t.
        // A accepts B's round-(r−1) offer, share (r−1)/10, once (r−1)/10 ≥ 1 − r²/100: first at r = 7 (0.6 ≥ 0.51);
        // B would accept A's offer only when r²/100 ≥ r/10, i.e. r = 10.
        NegotiationResult r = new StackedAlternatingOffers(PieDomains.pie(100), exact(11))
                .run(List.of(TimeDependentConcession.of(0.5), TimeDependentConcession.linear()),
                        TabulatedNoDealValues.fixed(0, 0));
        assertThat(r.round()).isEqualTo(7);
        assertThat(r.outcome()).isEqualTo(60);
        assertThat(r.utilities()).containsExactly(0.6, 0.4);
    }

    @Test
    void hardlinersReachTheDeadline() {
        NegotiationResult r = new StackedAlternatingOffers(PieDomains.pie(10), exact(8))
                .run(List.of(new Hardliner(), new Hardliner()), TabulatedNoDealValues.fixed(0, 0));
        assertThat(r.ending()).isEqualTo(Ending.DEADLINE);
        assertThat(r.outcome()).isEqualTo(-1);
        assertThat(r.trace()).filteredOn(e -> e instanceof NegotiationEvent.Offered).hasSize(16);
    }

    @Test
    void aRatifierVetoesUntilTheOfferReachesItsW() {
        // a ratifier who shares party 1's interest (utility 1 − k/10) and needs 0.7: it vetoes the round-5 split
        OutcomeSpace space = OutcomeSpace.builder().integerIssue("share0", 0, 10).build();
        double[][] u = new double[3][11];
        for (int k = 0; k <= 10; k++) {
            u[0][k] = k / 10.0;
            u[1][k] = (10 - k) / 10.0;
            u[2][k] = (10 - k) / 10.0;
        }
        NegotiationDomain d = NegotiationDomain.of(space, u, 2);
        NegotiationResult r = new StackedAlternatingOffers(d, exact(11))
                .run(List.of(TimeDependentConcession.linear(), TimeDependentConcession.linear()),
                        TabulatedNoDealValues.fixed(0, 0, 0.7));
        // round 5: B accepts k=5 → veto (0.5 < 0.7); B proposes k=5 (its target 0.5); round 6: A accepts k=5 → veto;
        // A proposes k=4, B accepts → veto (0.6); B proposes 4; round 7: A (target 0.3) accepts k=4 → veto; A offers 3,
        // B accepts, ratifier has 0.7 ≥ 0.7 → agreement on k = 3.
        assertThat(r.ending()).isEqualTo(Ending.AGREEMENT);
        assertThat(r.outcome()).isEqualTo(3);
        assertThat(r.round()).isEqualTo(7);
        assertThat(r.trace()).filteredOn(e -> e instanceof NegotiationEvent.Ratified v && !v.approved()).hasSize(4);
    }

    @Test
    void wMovingWithTheMonthsOpensTheZopaAndWeeklyRoundsCountMonths() {
        // A's W falls 0.9, 0.8, 0.7, 0.6 … as fighting hurts; B's stays 0.3: the ZOPA (k/10 ≥ W_A, 1 − k/10 ≥ 0.3)
        // is empty until W_A ≤ 0.7, month 2. BATNA-aware hardliners for B never move; A concedes to its W.
        double[][] w = {{0.9, 0.8, 0.7, 0.6, 0.5}, {0.3, 0.3, 0.3, 0.3, 0.3}};
        NegotiationSettings weekly = exact(40).withRoundsPerMonth(4).withWalkOut(false);
        NegotiationResult r = new StackedAlternatingOffers(PieDomains.pie(10), weekly).run(
                List.of(new BatnaAware(TimeDependentConcession.of(1.0, 1.0, 0.0)), new BatnaAware(TimeDependentConcession.of(1.0, 1.0, 0.0))),
                new TabulatedNoDealValues(w, new double[] {0.5, 0.45, 0.4, 0.35, 0.3}));
        // both concede at once to their W (κ = 1): B asks 0.3 for itself → k = 7 offered from round 0;
        // A accepts k = 7 (0.7) only when W_A ≤ 0.7: month 2, round 8
        assertThat(r.ending()).isEqualTo(Ending.AGREEMENT);
        assertThat(r.outcome()).isEqualTo(7);
        assertThat(r.round()).isEqualTo(8);
        assertThat(r.month()).isEqualTo(2);
        assertThat(r.trace()).filteredOn(e -> e instanceof NegotiationEvent.MonthStarted).hasSize(3);
        NegotiationEvent.MonthStarted m1 = (NegotiationEvent.MonthStarted) r.trace().stream()
                .filter(e -> e instanceof NegotiationEvent.MonthStarted ms && ms.month() == 1).findFirst().orElseThrow();
        assertThat(m1.round()).isEqualTo(4);
        assertThat(m1.front()).isEqualTo(0.45);
        assertThat(m1.noDealValues()).containsExactly(0.8, 0.3);

        // with walk-out, A leaves at month 0: its W 0.9 exceeds the best B leaves it (0.7)
        NegotiationResult out = new StackedAlternatingOffers(PieDomains.pie(10), weekly.withWalkOut(true)).run(
                List.of(new Hardliner(), new Hardliner()), new TabulatedNoDealValues(w, null));
        assertThat(out.ending()).isEqualTo(Ending.WALK_OUT);
        assertThat(out.walkedOut()).isZero();
        assertThat(out.month()).isZero();
        NegotiationEvent.WalkedOut wo = (NegotiationEvent.WalkedOut) out.trace().get(1);
        assertThat(wo.noDealValue()).isEqualTo(0.9);
        assertThat(wo.bestExpected()).isEqualTo(0.7);
    }

    @Test
    void aStandingOfferLapsesWhenItsProposersWRisesAboveIt() {
        // pie of 10, deadline 3 (t = 0, 0.5, 1), monthly rounds. W_B: 0 in month 0, 0.5 from month 1.
        // Round 0: A (linear) asks 1 → k = 10, B rejects; B (κ = 0.6: target 0.4) offers k = 6.
        // Month 1: B's W rises to 0.5 > 0.4, B withdraws k = 6 (else A, target 0.5, would take its 0.6);
        // A then offers at 0.5 → k = 5, which B (target max(0.2, 0.5)) accepts.
        double[][] w = {{0, 0}, {0, 0.5}};
        NegotiationResult r = new StackedAlternatingOffers(PieDomains.pie(10), exact(3).withWalkOut(false)).run(
                List.of(new BatnaAware(TimeDependentConcession.linear()),
                        new BatnaAware(TimeDependentConcession.of(1.0, 0.6, 0.0))),
                new TabulatedNoDealValues(w, null));
        assertThat(r.outcome()).isEqualTo(5);
        assertThat(r.round()).isEqualTo(1);
        int monthOne = r.trace().indexOf(r.trace().stream()
                .filter(e -> e instanceof NegotiationEvent.MonthStarted m && m.month() == 1).findFirst().orElseThrow());
        assertThat(r.trace().get(monthOne + 1)).isEqualTo(new NegotiationEvent.Responded(1, 1, 1, 6, false));
    }

    @Test
    void mismatchedInputsAreRefusedWithAHint() {
        StackedAlternatingOffers saop = new StackedAlternatingOffers(PieDomains.pie(10), exact(5));
        assertThatThrownBy(() -> saop.run(List.of(new Hardliner()), TabulatedNoDealValues.fixed(0, 0)))
                .hasMessageContaining("2 parties").hasMessageContaining("1 strategies");
        assertThatThrownBy(() -> saop.run(List.of(new Hardliner(), new Hardliner()), TabulatedNoDealValues.fixed(0)))
                .hasMessageContaining("2 deciders");
    }
}
