package dev.parley.engine.negotiate.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;


import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.negotiate.NegotiationResult.Ending;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.DomainSpaces;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.SpaceTooLargeException;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Domain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tournament runner against hand-computed values from the GENIUS profiles in src/test/resources/genius and the
 * reference numbers of /work/shared/data/genius/REFERENCE.md (quoted where used).
 */
class RoundRobinTournamentTest {

    // Laptop-C profiles (src/test/resources/genius/Laptop): weights as written; evaluations / the issue's largest.
    private static final double W11 = 0.4452125771655631; // prof1: Laptop
    private static final double W12 = 0.37808251708013424; // prof1: Harddisk
    private static final double W13 = 0.1767567099260568; // prof1: External Monitor
    private static final double W21 = 0.37808251708013424; // prof2: Laptop
    private static final double W22 = 0.1767567099260568; // prof2: Harddisk
    private static final double W23 = 0.4452125771655631; // prof2: External Monitor

    /**
     * The Laptop frontier by brute force over its 27 outcomes, by hand from the profiles (4 points; REFERENCE.md:
     * "Pareto outcomes 4"): (HP, 60 Gb, 19''), (HP, 80 Gb, 19''), (Macintosh, 60 Gb, 19''), (Macintosh, 80 Gb, 19'').
     */
    private static final double[][] LAPTOP_FRONTIER = {
        {W11 + W12 + W13, W21 * 20 / 30 + W22 * 20 / 30 + W23},
        {W11 + W12 * 20 / 30 + W13, W21 * 20 / 30 + W22 + W23},
        {W11 * 20 / 30 + W12 + W13, W21 + W22 * 20 / 30 + W23},
        {W11 * 20 / 30 + W12 * 20 / 30 + W13, W21 + W22 + W23},
    };

    // REFERENCE.md, Laptop: Nash utilities (1.000052, 0.815105), rv (0, 0). ItexvsCypress: rv (-0.038649,
    // -0.035556), Nash (0.677064, 0.771555). Six decimals, so compared within 1e-6 (plus rounding of the distance).
    private static final double[] LAPTOP_NASH = {1.000052, 0.815105};
    private static final double[] ITEX_RV = {-0.038649, -0.035556};
    private static final double[] ITEX_NASH = {0.677064, 0.771555};
    private static final double SIX_DECIMALS = 2e-6;

    private static TournamentResult play(List<TournamentDomain> domains, List<String> strategies, int reps,
                                         int threads) {
        return new RoundRobinTournament(new TournamentSettings(reps, 180, 7L, threads))
                .run(domains, TournamentStrategy.named(strategies));
    }

    private static TournamentNegotiation only(TournamentResult r, int first, int second, int side) {
        return r.negotiations().stream().filter(n -> n.first() == first && n.second() == second && n.side() == side)
                .findFirst().orElseThrow();
    }

    private static double dist(double[] p, double u1, double u2) {
        return Math.sqrt((p[0] - u1) * (p[0] - u1) + (p[1] - u2) * (p[1] - u2));
    }

    @Test
    void laptopFrontierAndNashAreTheReferenceOnes() {
        TournamentDomain laptop = GeniusTournamentDomains.laptop();
        assertThat(laptop.frontier().distinctCount()).isEqualTo(4);
        for (int p = 0; p < 4; p++) {
            double[] got = laptop.frontier().point(p);
            assertThat(got[0]).isCloseTo(LAPTOP_FRONTIER[p][0], within(1e-12));
            assertThat(got[1]).isCloseTo(LAPTOP_FRONTIER[p][1], within(1e-12));
        }
        double[] nash = laptop.nash().orElseThrow().utilities();
        assertThat(nash[0]).isCloseTo(LAPTOP_NASH[0], within(1e-6));
        assertThat(nash[1]).isCloseTo(LAPTOP_NASH[1], within(1e-6));
        assertThat(laptop.nash().orElseThrow().disagreement().convention()).contains("GENIUS");
    }

    /** REFERENCE.md: Pareto outcomes 17 and 25; Nash (0.677064, 0.771555) and (0.910916, 0.733218). */
    @Test
    void largerDomainsHaveTheReferenceFrontierSizesAndNashPoints() {
        TournamentDomain itex = GeniusTournamentDomains.itexCypress();
        TournamentDomain england = GeniusTournamentDomains.englandZimbabwe();
        assertThat(itex.outcomeCount()).isEqualTo(180);
        assertThat(itex.frontier().totalOutcomeCount()).isEqualTo(17);
        assertThat(england.outcomeCount()).isEqualTo(576);
        assertThat(england.frontier().totalOutcomeCount()).isEqualTo(25);
        assertThat(itex.nash().orElseThrow().utilities()[0]).isCloseTo(ITEX_NASH[0], within(1e-6));
        assertThat(itex.nash().orElseThrow().utilities()[1]).isCloseTo(ITEX_NASH[1], within(1e-6));
        assertThat(england.nash().orElseThrow().utilities()[0]).isCloseTo(0.910916, within(1e-6));
        assertThat(england.nash().orElseThrow().utilities()[1]).isCloseTo(0.733218, within(1e-6));
        assertThat(itex.reservations()[0]).isCloseTo(ITEX_RV[0], within(1e-6));
    }

    /**
     * Politics, profiles 1 and 2 (REFERENCE.md has only the 3-party numbers): the frontier found from all 23,040
     * enumerated outcomes equals the one per-issue frontier merging finds without enumerating.
     */
    @Test
    void twoProfileRestrictionOfPoliticsMatchesTheMergedFrontier() {
        TournamentDomain politics = GeniusTournamentDomains.load("Politics", "Politics/Politics.xml",
                "Politics/Politics_util1.xml", "Politics/Politics_util2.xml");
        assertThat(politics.outcomeCount()).isEqualTo(23040);
        Domain domain = GeniusTournamentDomains.domain("Politics/Politics.xml");
        OutcomeSpace space = DomainSpaces.space(domain);
        List<AdditiveUtility> us = new ArrayList<>();
        for (String f : List.of("Politics/Politics_util1.xml", "Politics/Politics_util2.xml")) {
            us.add(DomainSpaces.additive(space, domain,
                    (AdditiveProfile) GeniusTournamentDomains.profile(f, domain)));
        }
        ParetoSet merged = new AdditiveMergeParetoFrontier()
                .compute(us);
        assertThat(politics.frontier().distinctCount()).isEqualTo(merged.distinctCount());
        for (int p = 0; p < merged.distinctCount(); p++) {
            assertThat(politics.frontier().point(p)).containsExactly(merged.point(p), within(1e-12));
            assertThat(politics.paretoDistance(merged.utility(p, 0), merged.utility(p, 1))).isZero();
        }
    }

    @Test
    void distanceToParetoIsZeroOnTheFrontierAndTheNearestPointOffIt() {
        TournamentDomain laptop = GeniusTournamentDomains.laptop();
        for (double[] p : LAPTOP_FRONTIER) {
            assertThat(laptop.paretoDistance(p[0], p[1])).isCloseTo(0, within(1e-12)); // literals summed in another order
        }
        // (HP, 60 Gb, 23'' LCD) is dominated by (HP, 60 Gb, 19''): nearest frontier point by hand
        double u1 = W11 + W12 + W13 * 20 / 30;
        double u2 = W21 * 20 / 30 + W22 * 20 / 30 + W23 * 1 / 3;
        double expected = Double.POSITIVE_INFINITY;
        for (double[] p : LAPTOP_FRONTIER) {
            expected = Math.min(expected, dist(p, u1, u2));
        }
        assertThat(laptop.paretoDistance(u1, u2)).isCloseTo(expected, within(1e-12)).isGreaterThan(0.1);
        // the origin: nearest is (Macintosh, 80 Gb, 19''), |(0.725620, 1.000052)| = 1.235568
        assertThat(laptop.paretoDistance(0, 0)).isCloseTo(Math.hypot(LAPTOP_FRONTIER[3][0], LAPTOP_FRONTIER[3][1]),
                within(1e-12)).isCloseTo(1.235568, within(1e-6));
    }

    /**
     * Conceder (e = 2) against Conceder on Laptop, profile 1 opens. By hand: targets u(t) = max − (max − min)·√t,
     * t = r/179, max = 1.000052, min (prof1) = 0.350429, (prof2) = 0.352664. In round index 7 the first party's
     * target 0.871590 admits two near-ties within 0.01: (HP, 60 Gb, 20'') at 0.882214 and (HP, 80 Gb, 19'') at
     * 0.874024; the second party has offered (Macintosh, 80 Gb, 19'') twice and then (Macintosh, 60 Gb, 19'') five
     * times, so the frequency model scores (HP, 80 Gb, 19'') 2.2/4.7 against 1.5/4.7 and it is offered; the second
     * party's target is then 0.872030 ≤ 0.874024, so it accepts: agreement in round 8 at (HP, 80 Gb, 19'').
     */
    @Test
    void concederAgainstConcederOnLaptopAgreesOnTheHandComputedOutcome() {
        TournamentDomain laptop = GeniusTournamentDomains.laptop();
        TournamentResult r = play(List.of(laptop), List.of("conceder"), 1, 1);
        TournamentNegotiation n = only(r, 0, 0, 0);
        assertThat(n.agreed()).isTrue();
        assertThat(n.rounds()).isEqualTo(8);
        int[] choice = new int[3];
        laptop.space().decode(n.outcome(), choice);
        assertThat(laptop.space().describe(choice)).contains("HP").contains("80 Gb").contains("19'' LCD");
        double u1 = W11 + W12 * 20 / 30 + W13;
        double u2 = W21 * 20 / 30 + W22 + W23;
        assertThat(n.firstUtility()).isCloseTo(u1, within(1e-12));
        assertThat(n.secondUtility()).isCloseTo(u2, within(1e-12));
        assertThat(n.welfare()).isCloseTo(u1 + u2, within(1e-12));
        assertThat(n.paretoDistance()).isZero();
        assertThat(n.nashDistance()).isCloseTo(dist(LAPTOP_NASH, u1, u2), within(SIX_DECIMALS));
    }

    @Test
    void hardlinersNeverAgreeOnLaptopAndScoreTheDisagreementPoint() {
        TournamentResult r = play(List.of(GeniusTournamentDomains.laptop()), List.of("hardliner"), 3, 1);
        assertThat(r.negotiations()).hasSize(6);
        for (TournamentNegotiation n : r.negotiations()) {
            assertThat(n.ending()).isEqualTo(Ending.DEADLINE);
            assertThat(n.rounds()).isEqualTo(180);
            assertThat(n.outcome()).isEqualTo(-1);
            assertThat(n.firstUtility()).isZero(); // rv = 0 (REFERENCE.md)
            assertThat(n.secondUtility()).isZero();
            assertThat(n.nashDistance()).isCloseTo(Math.hypot(LAPTOP_NASH[0], LAPTOP_NASH[1]), within(SIX_DECIMALS));
            assertThat(n.paretoDistance()).isCloseTo(1.235568, within(1e-6));
        }
        assertThat(r.strategy(0).agreementRate()).isZero();
        assertThat(r.strategy(0).meanAgreementRounds()).isNaN();
    }

    @Test
    void withoutAgreementEachSideGetsItsNegativeReservationValue() {
        TournamentResult r = play(List.of(GeniusTournamentDomains.itexCypress()), List.of("hardliner"), 1, 1);
        TournamentNegotiation side0 = only(r, 0, 0, 0);
        TournamentNegotiation side1 = only(r, 0, 0, 1);
        assertThat(side0.agreed()).isFalse();
        assertThat(side0.firstUtility()).isCloseTo(ITEX_RV[0], within(1e-6));
        assertThat(side0.secondUtility()).isCloseTo(ITEX_RV[1], within(1e-6));
        assertThat(side1.firstUtility()).isCloseTo(ITEX_RV[1], within(1e-6)); // first now plays Cypress
        assertThat(side1.secondUtility()).isCloseTo(ITEX_RV[0], within(1e-6));
        double expected = dist(ITEX_NASH, ITEX_RV[0], ITEX_RV[1]);
        assertThat(side0.nashDistance()).isCloseTo(expected, within(SIX_DECIMALS));
        assertThat(side1.nashDistance()).isCloseTo(expected, within(SIX_DECIMALS));
    }

    /**
     * IntegerDomain: one outcome, (5, 5), is best for both (REFERENCE: 1 Pareto outcome, Nash (1, 1) at (5, 5)). By
     * hand: profile 1's price evaluation 0.08·(v + 5) + 0.3 is capped at 1 from v = 4, so (4, 5) ties (5, 5) at
     * utility 1 for profile 1 and, lower in index, is its opening offer; profile 2 gets 0.25·0.9 + 0.75 = 0.975 < 1
     * from it, rejects and offers (5, 5), which profile 1 accepts in round 2.
     */
    @Test
    void hardlinersAgreeWhereOneOutcomeIsBestForBoth() {
        TournamentDomain integer = GeniusTournamentDomains.integerDomain();
        TournamentResult r = play(List.of(integer), List.of("hardliner"), 1, 1);
        TournamentNegotiation n = only(r, 0, 0, 0);
        assertThat(n.agreed()).isTrue();
        assertThat(n.rounds()).isEqualTo(2);
        assertThat(n.outcome()).isEqualTo(120); // (5, 5): index 10·11 + 10
        assertThat(n.firstUtility()).isEqualTo(1.0);
        assertThat(n.secondUtility()).isEqualTo(1.0);
        assertThat(n.paretoDistance()).isZero();
        assertThat(n.nashDistance()).isZero();
    }

    @Test
    void roleRotationGivesTheFirstStrategyEachProfileInTurn() {
        // hardliner (first) against conceder: the conceder gives in to the hardliner's best outcome on either side
        TournamentResult r = play(List.of(GeniusTournamentDomains.laptop()), List.of("hardliner", "conceder"), 1, 1);
        TournamentNegotiation side0 = only(r, 0, 1, 0); // hardliner on prof1: its best (HP, 60 Gb, 19'')
        TournamentNegotiation side1 = only(r, 0, 1, 1); // hardliner on prof2: its best (Macintosh, 80 Gb, 19'')
        assertThat(side0.firstUtility()).isCloseTo(LAPTOP_FRONTIER[0][0], within(1e-12));
        assertThat(side0.secondUtility()).isCloseTo(LAPTOP_FRONTIER[0][1], within(1e-12));
        assertThat(side0.nashDistance()).isCloseTo(0, within(SIX_DECIMALS)); // that is the Nash point
        assertThat(side1.firstUtility()).isCloseTo(LAPTOP_FRONTIER[3][1], within(1e-12));
        assertThat(side1.secondUtility()).isCloseTo(LAPTOP_FRONTIER[3][0], within(1e-12));
        assertThat(side1.profileOf(0)).isEqualTo(1);
    }

    @Test
    void aggregatesAreTheMeansOfTheirRows() {
        List<TournamentDomain> domains = List.of(GeniusTournamentDomains.laptop(),
                GeniusTournamentDomains.itexCypress(), GeniusTournamentDomains.integerDomain());
        TournamentResult r = play(domains, TournamentStrategy.DEFAULT_NAMES, 2, 2);
        int s = r.strategies().size();
        assertThat(r.negotiations()).hasSize(3 * s * s * 2 * 2);
        for (int k = 0; k < s; k++) {
            double own = 0;
            double opponent = 0;
            double pareto = 0;
            int rows = 0;
            int agreed = 0;
            for (TournamentNegotiation n : r.negotiations()) {
                for (int role = 0; role < 2; role++) {
                    if ((role == 0 ? n.first() : n.second()) == k) {
                        own += role == 0 ? n.firstUtility() : n.secondUtility();
                        opponent += role == 0 ? n.secondUtility() : n.firstUtility();
                        pareto += n.paretoDistance();
                        rows++;
                        agreed += n.agreed() ? 1 : 0;
                    }
                }
            }
            TournamentSummary t = r.strategy(k);
            assertThat(t.count()).isEqualTo(rows).isEqualTo(3 * (2 * s) * 2 * 2);
            assertThat(t.agreements().successes()).isEqualTo(agreed);
            assertThat(t.ownUtility().mean()).isCloseTo(own / rows, within(1e-12));
            assertThat(t.opponentUtility().mean()).isCloseTo(opponent / rows, within(1e-12));
            assertThat(t.paretoDistance().mean()).isCloseTo(pareto / rows, within(1e-12));
        }
        for (int a = 0; a < s; a++) {
            for (int b = 0; b < s; b++) {
                final int fa = a;
                final int fb = b;
                List<TournamentNegotiation> rows = r.negotiations().stream()
                        .filter(n -> n.first() == fa && n.second() == fb).toList();
                double welfare = rows.stream().mapToDouble(TournamentNegotiation::welfare).sum() / rows.size();
                double rounds = rows.stream().filter(TournamentNegotiation::agreed)
                        .mapToInt(TournamentNegotiation::rounds).average().orElse(Double.NaN);
                assertThat(r.pairing(a, b).count()).isEqualTo(3 * 2 * 2);
                assertThat(r.pairing(a, b).welfare().mean()).isCloseTo(welfare, within(1e-12));
                if (Double.isNaN(rounds)) {
                    assertThat(r.pairing(a, b).meanAgreementRounds()).isNaN();
                } else {
                    assertThat(r.pairing(a, b).meanAgreementRounds()).isCloseTo(rounds, within(1e-9));
                }
            }
        }
    }

    @Test
    void summariesOfShardsMergeIntoTheSummaryOfTheWhole() {
        TournamentResult r = play(List.of(GeniusTournamentDomains.laptop(), GeniusTournamentDomains.itexCypress()),
                TournamentStrategy.DEFAULT_NAMES, 1, 1);
        List<TournamentNegotiation> all = r.negotiations();
        TournamentSummary left = TournamentSummary.EMPTY;
        TournamentSummary right = TournamentSummary.EMPTY;
        for (int i = 0; i < all.size(); i++) {
            if (i < all.size() / 3) {
                left = left.add(all.get(i), 0);
            } else {
                right = right.add(all.get(i), 0);
            }
        }
        TournamentSummary merged = left.merge(right);
        double welfare = all.stream().mapToDouble(TournamentNegotiation::welfare).average().orElseThrow();
        double nash = all.stream().mapToDouble(TournamentNegotiation::nashDistance).average().orElseThrow();
        long agreed = all.stream().filter(TournamentNegotiation::agreed).count();
        assertThat(merged.count()).isEqualTo(all.size());
        assertThat(merged.agreements().successes()).isEqualTo(agreed);
        assertThat(merged.welfare().mean()).isCloseTo(welfare, within(1e-12));
        assertThat(merged.meanNashDistance()).isCloseTo(nash, within(1e-12));
        double mean = merged.ownUtility().mean();
        double ss = all.stream().mapToDouble(n -> (n.firstUtility() - mean) * (n.firstUtility() - mean)).sum();
        assertThat(merged.ownUtility().variance()).isCloseTo(ss / (all.size() - 1), within(1e-12));
    }

    @Test
    void resultsAreIdenticalForAnyThreadCount() {
        List<TournamentDomain> domains = List.of(GeniusTournamentDomains.laptop(),
                GeniusTournamentDomains.englandZimbabwe(), GeniusTournamentDomains.integerDomain());
        TournamentResult one = play(domains, TournamentStrategy.DEFAULT_NAMES, 2, 1);
        for (int threads : new int[] {2, 4}) {
            TournamentResult many = play(domains, TournamentStrategy.DEFAULT_NAMES, 2, threads);
            assertThat(many.negotiations()).isEqualTo(one.negotiations());
            for (int k = 0; k < one.strategies().size(); k++) {
                assertThat(many.strategy(k)).isEqualTo(one.strategy(k));
            }
        }
    }

    @Test
    void seedsDifferPerRepetitionAndDoNotDependOnTheOtherDomains() {
        TournamentResult small = play(List.of(GeniusTournamentDomains.integerDomain()), List.of("linear", "boulware"),
                3, 1);
        Set<Long> seeds = new HashSet<>();
        small.negotiations().forEach(n -> seeds.add(n.seed()));
        assertThat(seeds).hasSize(small.negotiations().size());
        TournamentResult larger = play(List.of(GeniusTournamentDomains.laptop(), GeniusTournamentDomains.integerDomain()),
                List.of("linear", "boulware"), 3, 1);
        List<Long> again = new ArrayList<>();
        larger.negotiations().stream().filter(n -> n.domain() == 1).forEach(n -> again.add(n.seed()));
        assertThat(again).isEqualTo(small.negotiations().stream().map(TournamentNegotiation::seed).toList());
        assertThat(NegotiationSeeds.of(7L, "IntegerDomain", "linear", "boulware", 0, 0))
                .isNotEqualTo(NegotiationSeeds.of(8L, "IntegerDomain", "linear", "boulware", 0, 0));
    }

    @Test
    void refusesDomainsAboveTheLimitNamingIt() {
        OutcomeSpace tenIssues = OutcomeSpace.ofOptionCounts(10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        assertThatThrownBy(() -> TournamentDomain.checkSize("10issues", tenIssues))
                .isInstanceOf(SpaceTooLargeException.class)
                .hasMessageContaining("10000000000 outcomes").hasMessageContaining("limit of 2000000");
    }

    @Test
    void refusesUnknownStrategiesListingTheValidOnes() {
        assertThatThrownBy(() -> TournamentStrategy.named("tough"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tough' is not a strategy").hasMessageContaining("boulware, linear");
        assertThatThrownBy(() -> TournamentStrategy.named(List.of("linear", "linear")))
                .hasMessageContaining("listed twice");
    }
}
