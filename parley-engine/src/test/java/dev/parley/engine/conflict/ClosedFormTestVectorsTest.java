package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The test vectors of issue 4 and reference/conflict-models.md §1.7 (each derived there from the model's stated
 * assumptions and checked by grid search / Monte Carlo), to the digits given there.
 */
class ClosedFormTestVectorsTest {

    @Test
    void fearonRangeRiskNeutral() {
        BargainingRange range = FearonBargainingRange.riskNeutral(0.6, 0.1, 0.15);
        assertThat(range.lower()).isCloseTo(0.50, within(5e-3));
        assertThat(range.upper()).isCloseTo(0.75, within(5e-3));
        assertThat(range.width()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void fearonRangeRiskAverseSquareRootUtility() {
        BargainingRange range = FearonBargainingRange.powerUtility(0.6, 0.1, 0.15, 0.5, 0.5);
        assertThat(range.lower()).isCloseTo(0.25, within(5e-3));
        assertThat(range.upper()).isCloseTo(0.9375, within(5e-5));
        // numeric inversion of the utility agrees with the closed-form inverse
        BargainingRange numeric = FearonBargainingRange.withUtilities(0.6, 0.1, 0.15, Math::sqrt, Math::sqrt);
        assertThat(numeric.lower()).isCloseTo(0.25, within(1e-10));
        assertThat(numeric.upper()).isCloseTo(0.9375, within(1e-10));
        // risk aversion widens the range
        assertThat(range.width()).isGreaterThan(FearonBargainingRange.riskNeutral(0.6, 0.1, 0.15).width());
    }

    @Test
    void fearonRangeRejectsUnnormalisedUtility() {
        assertThatThrownBy(() -> FearonBargainingRange.withUtilities(0.6, 0.1, 0.15, z -> 2 * z, Math::sqrt))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u(1)=2.0");
    }

    @Test
    void mutualOptimismClosesTheRangeOnceTheGapExceedsTheCosts() {
        // gap 0.7 − 0.5 = 0.2 < 0.25 = c_A + c_B: a range remains; gap 0.3 > 0.25: none
        assertThat(FearonBargainingRange.mutualOptimism(0.7, 0.5, 0.1, 0.15).isEmpty()).isFalse();
        assertThat(FearonBargainingRange.mutualOptimism(0.7, 0.5, 0.1, 0.15).width()).isCloseTo(0.05, within(1e-12));
        assertThat(FearonBargainingRange.mutualOptimism(0.8, 0.5, 0.1, 0.15).isEmpty()).isTrue();
        // common beliefs give Fearon's range
        assertThat(FearonBargainingRange.mutualOptimism(0.6, 0.6, 0.1, 0.15))
                .isEqualTo(FearonBargainingRange.riskNeutral(0.6, 0.1, 0.15));
    }

    @Test
    void indivisibleGoodMeansWarUnlessLottery() {
        assertThat(IndivisibleIssue.warWithoutLottery(0.6, 0.1, 0.15)).isTrue();
        BargainingRange lotteries = IndivisibleIssue.peacefulLotteries(0.6, 0.1, 0.15);
        assertThat(lotteries.lower()).isCloseTo(0.5, within(1e-12));
        assertThat(lotteries.upper()).isCloseTo(0.75, within(1e-12));
        // a side that would lose more than it gains from war prefers to concede the good
        assertThat(IndivisibleIssue.warWithoutLottery(0.6, 0.7, 0.15)).isFalse();
    }

    @Test
    void riskReturnOfferUniformPrivateCost() {
        RiskReturnOffer.Result r = RiskReturnOffer.uniformPrivateCost(0.5, 0.1, 0.3);
        assertThat(r.offer()).isCloseTo(0.60, within(5e-3));
        assertThat(r.warProbability()).isCloseTo(1.0 / 3.0, within(1e-12));
        assertThat(r.expectedUtilityA()).isCloseTo(0.5333, within(5e-5));
    }

    @Test
    void riskReturnOfferNumericMatchesClosedForm() {
        RiskReturnOffer.Result r = RiskReturnOffer.optimal(0.5, 0.1, new UniformRealDistribution(0.0, 0.3));
        assertThat(r.offer()).isCloseTo(0.6, within(1e-6));
        assertThat(r.warProbability()).isCloseTo(1.0 / 3.0, within(1e-6));
        assertThat(r.expectedUtilityA()).isCloseTo(0.5 + 0.1 / 3.0, within(1e-9));
    }

    @Test
    void riskReturnOfferWithoutWarWhenCostsDominate() {
        RiskReturnOffer.Result r = RiskReturnOffer.uniformPrivateCost(0.5, 0.4, 0.3);
        assertThat(r.offer()).isEqualTo(0.5);
        assertThat(r.warProbability()).isZero();
    }

    @Test
    void powellOneShiftFlowCosts() {
        assertThat(PowellShiftingPower.declinerFights(0.5, 0.2, 0.1, 0.9)).isTrue();
        assertThat(PowellShiftingPower.thresholdDiscount(0.5, 0.2, 0.1)).isCloseTo(2.0 / 3.0, within(1e-12));
        PowellShiftingPower.Outcome o = PowellShiftingPower.firstWarFlowCosts(new double[] {0.5, 0.2}, 0.1, 0.1, 0.9);
        assertThat(o.war()).isTrue();
        assertThat(o.period()).isZero();
        assertThat(o.side()).isEqualTo(PowellShiftingPower.Side.A);
        // W_A(0) = 4, 1 + 0.9·W_A(1) = 1.9
        assertThat(o.margin()).isCloseTo(4.0 - 1.9, within(1e-9));
        assertThat(PowellShiftingPower.declinerFights(0.5, 0.2, 0.1, 0.5)).isFalse();
    }

    @Test
    void powellGradualShift() {
        assertThat(PowellShiftingPower.declinerFights(0.5, 0.45, 0.1, 0.9)).isFalse();
        assertThat(PowellShiftingPower.declinerFights(0.5, 0.45, 0.1, 0.99)).isTrue();
        assertThat(PowellShiftingPower.firstWarFlowCosts(new double[] {0.5, 0.45}, 0.1, 0.1, 0.9).war()).isFalse();
        assertThat(PowellShiftingPower.firstWarFlowCosts(new double[] {0.5, 0.45}, 0.1, 0.1, 0.99).war()).isTrue();
    }

    @Test
    void powellTimingWarInLastPeriodBeforeTheJump() {
        PowellShiftingPower.Outcome o =
                PowellShiftingPower.firstWarFlowCosts(new double[] {0.5, 0.5, 0.2, 0.2}, 0.1, 0.1, 0.9);
        assertThat(o.period()).isEqualTo(1);
        assertThat(o.side()).isEqualTo(PowellShiftingPower.Side.A);
    }

    @Test
    void powellLumpSumVariantMatchesItsInequality() {
        // war iff (p_t − δ p_{t+1})/(1−δ) − 1 > (1−δ)·C_A ... in levels: p_t/(1−δ) − C > 1 + δ(p_{t+1}/(1−δ) − C)
        double delta = 0.9;
        double lump = 2.0;
        PowellShiftingPower.Outcome o = PowellShiftingPower.firstWarLumpSumCosts(new double[] {0.5, 0.2}, lump, lump, delta);
        double lhs = 0.5 / 0.1 - lump;
        double rhs = 1.0 + delta * (0.2 / 0.1 - lump);
        assertThat(o.war()).isEqualTo(lhs > rhs);
        assertThat(o.war()).isTrue();
    }

    @ParameterizedTest(name = "j={0}, N={1}, pi={2}")
    @CsvSource({
        "5, 10, 0.5, 0.5, 25.0",
        "5, 10, 0.6, 0.8836, 19.182",
        "3, 10, 0.55, 0.5225, 22.254",
        "7, 10, 0.4, 0.2839, 20.806",
    })
    void gamblersRuin(int j, int n, double pi, double pA, double duration) {
        GamblersRuin walk = new GamblersRuin(j, n, pi);
        assertThat(walk.probabilityAWins()).isCloseTo(pA, within(5e-5));
        assertThat(walk.expectedDuration()).isCloseTo(duration, within(5e-4));
    }

    @Test
    void gamblersRuinNearFairIsContinuous() {
        GamblersRuin nearFair = new GamblersRuin(5, 10, 0.5 + 1e-9);
        assertThat(nearFair.probabilityAWins()).isCloseTo(0.5, within(1e-7));
        assertThat(nearFair.expectedDuration()).isCloseTo(25.0, within(1e-6));
        // just above the switch to the linear solve, both paths must agree
        double pi = 0.5 + 2.4e-5; // |ln r| ≈ 9.6e-5 < 1e-4: solved
        double pi2 = 0.5 + 2.6e-5; // closed form
        // E[T] is smooth in pi (curvature ~1e3): the solved value must sit on the chord from pi=1/2 (exactly j(N−j)=21) to pi2
        double closedForm = new GamblersRuin(3, 10, pi2).expectedDuration();
        double chord = 21.0 + (closedForm - 21.0) * (2.4 / 2.6);
        assertThat(new GamblersRuin(3, 10, pi).expectedDuration()).isCloseTo(chord, within(1e-7));
    }

    @Test
    void bayesianTypeUpdate() {
        BayesianTypeBelief prior = BayesianTypeBelief.of(0.5, 0.4, 0.7);
        assertThat(prior.update(1, 0).probabilityStrong()).isCloseTo(0.3636, within(5e-5));
        assertThat(prior.update(0, 1).probabilityStrong()).isCloseTo(0.6667, within(5e-5));
        assertThat(prior.update(3, 1).probabilityStrong()).isCloseTo(0.2718, within(5e-5));
        // order does not matter: sequential updates equal the batch update
        assertThat(prior.update(1, 0).update(1, 1).update(1, 0).probabilityStrong())
                .isCloseTo(prior.update(3, 1).probabilityStrong(), within(1e-14));
    }

    @Test
    void screeningThreshold() {
        assertThat(ScreeningOffer.screeningThreshold(0.45, 0.75, 0.35)).isCloseTo(0.75, within(1e-12));
        assertThat(ScreeningOffer.screens(0.7, 0.45, 0.75, 0.35)).isTrue();
        assertThat(ScreeningOffer.screens(0.8, 0.45, 0.75, 0.35)).isFalse();
    }

    @Test
    void warOfAttrition() {
        WarOfAttrition war = new WarOfAttrition(1.0, 2.0, 0.1, 0.1);
        assertThat(war.concessionHazardB()).isCloseTo(0.10, within(5e-3));
        assertThat(war.concessionHazardA()).isCloseTo(0.05, within(5e-3));
        assertThat(war.probabilityAWins()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(war.expectedDuration()).isCloseTo(6.667, within(5e-4));
        assertThat(war.probabilityStillFighting(war.expectedDuration())).isCloseTo(Math.exp(-1), within(1e-12));
    }
}
