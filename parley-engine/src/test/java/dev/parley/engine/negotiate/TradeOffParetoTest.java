package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.bargain.Dominance;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.PresortedSkylineParetoFrontier;
import dev.parley.engine.bargain.SortSweepParetoFrontier;
import dev.parley.engine.negotiate.NegotiationSettings.OfferChoice;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeEnumeration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The trade-off offer choice (Faratin, Sierra &amp; Jennings 2002, utilities known): on seeded random additive
 * domains every offer, hence every agreement, lies on the Pareto frontier computed independently by the
 * bargaining package (sort-and-sweep for 2 parties, presorted skyline for 3), with its tolerance 1e-9.
 */
class TradeOffParetoTest {
    private static final double[] EXPONENTS = {0.2, 0.5, 1.0, 2.0};

    @Test
    void everyOfferAndAgreementIsParetoOptimal() {
        int agreements = 0;
        int offers = 0;
        for (long seed = 500; seed < 560; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            int parties = 2 + rng.nextInt(2);
            List<AdditiveUtility> us = RandomDomains.additive(rng, parties, 2 + rng.nextInt(3), 7);
            NegotiationDomain d = NegotiationDomain.of(us, parties);
            double[][] u = OutcomeEnumeration.utilities(us, OutcomeEnumeration.DEFAULT_LIMIT);
            ParetoSet front = parties == 2 ? new SortSweepParetoFrontier().compute(u)
                    : new PresortedSkylineParetoFrontier().compute(u);
            long[] members = front.allMembers(Long.MAX_VALUE);
            Arrays.sort(members);
            List<NegotiationStrategy> strategies = new ArrayList<>();
            double[] rv = new double[parties];
            for (int i = 0; i < parties; i++) {
                strategies.add(new BatnaAware(TimeDependentConcession.of(EXPONENTS[rng.nextInt(EXPONENTS.length)])));
                rv[i] = 0.2 * rng.nextDouble();
            }
            NegotiationResult r = new StackedAlternatingOffers(d, NegotiationSettings.withDeadline(40)
                    .withOfferChoice(OfferChoice.KNOWN_UTILITIES)).run(strategies, TabulatedNoDealValues.fixed(rv));
            for (NegotiationEvent e : r.trace()) {
                if (e instanceof NegotiationEvent.Offered o) {
                    offers++;
                    assertThat(Arrays.binarySearch(members, o.outcome())).as("seed %d offer %d", seed, o.outcome())
                            .isGreaterThanOrEqualTo(0);
                }
            }
            if (r.agreed()) {
                agreements++;
                assertThat(Arrays.binarySearch(members, r.outcome())).isGreaterThanOrEqualTo(0);
                for (int x = 0; x < d.size(); x++) {
                    assertThat(Dominance.dominates(d.utilitiesOf(x), r.utilities(), Dominance.DEFAULT_TOLERANCE))
                            .isFalse();
                }
            }
        }
        assertThat(offers).isGreaterThan(60);
        assertThat(agreements).isGreaterThan(40); // not vacuous: most of the 60 runs agree
    }

    @Test
    void theFrequencyModelChoiceNeedNotBeParetoOptimalButTheTradeOffIs() {
        // a 2-issue domain where A is indifferent between the options of issue 1 and B cares only about it:
        // at A's target the frequency model (no observations yet) takes the lowest index, the trade-off B's best
        AdditiveUtility a = AdditiveUtility.of(dev.parley.engine.space.OutcomeSpace.ofOptionCounts(3, 3),
                new double[] {1, 0}, new double[][] {{0, 0.5, 1}, {0, 0, 0}});
        AdditiveUtility b = AdditiveUtility.of(a.space(), new double[] {0.5, 0.5},
                new double[][] {{1, 0.5, 0}, {0, 0.5, 1}});
        NegotiationDomain d = NegotiationDomain.of(List.of(a, b), 2);
        NegotiationSettings s = NegotiationSettings.withDeadline(1).withWalkOut(false);
        List<NegotiationStrategy> hard = List.of(new Hardliner(), new Hardliner());
        // outcomes (x0, x1) → index 3·x0 + x1; A's best: x0 = 2; B's best there: x1 = 2 → index 8
        int freq = ((NegotiationEvent.Offered) new StackedAlternatingOffers(d, s).run(hard,
                TabulatedNoDealValues.fixed(0, 0)).trace().get(1)).outcome();
        int trade = ((NegotiationEvent.Offered) new StackedAlternatingOffers(d,
                s.withOfferChoice(OfferChoice.KNOWN_UTILITIES)).run(hard, TabulatedNoDealValues.fixed(0, 0))
                .trace().get(1)).outcome();
        assertThat(freq).isEqualTo(6);
        assertThat(trade).isEqualTo(8);
        assertThat(LongStream.of(new SortSweepParetoFrontier().compute(
                OutcomeEnumeration.utilities(List.of(a, b), 100)).allMembers(100))).contains(8L).doesNotContain(6L);
    }
}
