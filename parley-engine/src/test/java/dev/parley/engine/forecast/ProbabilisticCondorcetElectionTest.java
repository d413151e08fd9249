package dev.parley.engine.forecast;

import dev.parley.model.forecast.KtabParameters.BigRAdjust;
import dev.parley.model.forecast.KtabParameters.BigRRange;
import dev.parley.model.forecast.KtabParameters.PceModel;
import dev.parley.model.forecast.KtabParameters.ThirdPartyCommit;
import dev.parley.model.forecast.KtabParameters.VictoryProbModel;
import dev.parley.model.forecast.KtabParameters.VotingRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** KTAB's voting, victory, PCE and risk primitives against their closed forms (kmodel.h comments, smp.cpp). */
class ProbabilisticCondorcetElectionTest {

    static final double EPS = 1e-12;

    @Test
    void votingRules() {
        // du = 0.3, w = 2
        assertThat(ProbabilisticCondorcetElection.vote(VotingRule.PROPORTIONAL, 2, 0.8, 0.5)).isCloseTo(0.6, within(EPS));
        assertThat(ProbabilisticCondorcetElection.vote(VotingRule.BINARY, 2, 0.8, 0.5)).isEqualTo(2.0);
        assertThat(ProbabilisticCondorcetElection.vote(VotingRule.BINARY, 2, 0.5 + 5e-9, 0.5)).isCloseTo(1.0, within(1e-6));
        assertThat(ProbabilisticCondorcetElection.vote(VotingRule.PROP_BIN, 2, 0.8, 0.5)).isCloseTo(2 * (0.8 * 0.3 + 0.2), within(EPS));
        assertThat(ProbabilisticCondorcetElection.vote(VotingRule.PROP_CUBIC, 2, 0.8, 0.5)).isCloseTo(2 * (0.15 + 0.5 * 0.027), within(EPS));
        assertThat(ProbabilisticCondorcetElection.vote(VotingRule.CUBIC, 2, 0.8, 0.5)).isCloseTo(2 * 0.027, within(EPS));
        // prospect theory: gains count 2/3 of losses
        assertThat(ProbabilisticCondorcetElection.vote(VotingRule.ASYM_PROSPECT, 2, 0.8, 0.5)).isCloseTo(0.4, within(EPS));
        assertThat(ProbabilisticCondorcetElection.vote(VotingRule.ASYM_PROSPECT, 2, 0.5, 0.8)).isCloseTo(-0.6, within(EPS));
        assertThatThrownBy(() -> ProbabilisticCondorcetElection.vote(VotingRule.PROPORTIONAL, 0, 1, 0))
                .hasMessageContaining("voting weight 0.0 is not positive");
    }

    @Test
    void victoryModelsAtATwoToOneAdvantage() {
        // kmodel.h: Linear 2:1 -> 2/3, Square 4/5, Quartic 16/17, Octic 256/257; Binary: 10 % gives certainty
        double[] p = new double[2];
        double[][] want = {{2.0 / 3}, {4.0 / 5}, {16.0 / 17}, {256.0 / 257}, {1 / (1 + 1e-6)}};
        VictoryProbModel[] models = VictoryProbModel.values();
        for (int k = 0; k < models.length; k++) {
            ProbabilisticCondorcetElection.victory(models[k], 2, 1, p);
            assertThat(p[0]).as(models[k].name()).isCloseTo(want[k][0], within(EPS));
            assertThat(p[0] + p[1]).isCloseTo(1.0, within(EPS));
        }
        // Binary inside the band: 1.05:1 -> r12 = 1.05/2.05, p12 = (r12 * 2.1 - 1)/0.1
        ProbabilisticCondorcetElection.victory(VictoryProbModel.BINARY, 1.05, 1, p);
        assertThat(p[0]).isCloseTo((1.05 / 2.05 * 2.1 - 1) / 0.1, within(1e-9));
    }

    @Test
    void conditionalPceIsTheNormalisedProductOfRowProbabilities() {
        double[][] pv = {{0.5, 0.8, 0.6}, {0.2, 0.5, 0.7}, {0.4, 0.3, 0.5}};
        double a = 0.5 * 0.8 * 0.6;
        double b = 0.2 * 0.5 * 0.7;
        double c = 0.4 * 0.3 * 0.5;
        double[] p = ProbabilisticCondorcetElection.conditional(pv);
        assertThat(p[0]).isCloseTo(a / (a + b + c), within(EPS));
        assertThat(p[1]).isCloseTo(b / (a + b + c), within(EPS));
        assertThat(p[2]).isCloseTo(c / (a + b + c), within(EPS));
    }

    @Test
    void markovUniformPceOfTwoOptionsIsTheirVictoryProbability() {
        // stationary point of p_i = (1/2) Σ_j P[i>j] (p_i + p_j) with two options: p_0 = P[0>1]
        double[] p = ProbabilisticCondorcetElection.markovUniform(new double[][] {{0.5, 0.7}, {0.3, 0.5}});
        assertThat(p[0]).isCloseTo(0.7, within(2e-6));
        assertThat(p[1]).isCloseTo(0.3, within(2e-6));
    }

    @Test
    void markovIncentivePceOfTwoOptionsFollowsTheIncentiveChain() {
        // markov-incentives.tex with two options, strengths c01 = 3, c10 = 1 (Linear: P[0>1] = 3/4).
        // Incentives n = c P: n01 = 9/4, n10 = 1/4, diagonals ~0. Challenge probabilities per column j:
        // P[0 -> 1] = n01/(n01 + n11) ~ 1, P[1 -> 0] ~ 1. Then q_0 = P[0>1](ct01 + ct10) + 1/2 (2 ct00) with
        // ct_ij = p_i P[j -> i]: ct01 = p0, ct10 = p1, so q_0 = 3/4 (p0 + p1) + ~0 = 3/4.
        double[][] c = {{1e-8, 3}, {1, 1e-8}};
        double[] p = ProbabilisticCondorcetElection.pce(PceModel.MARKOV_INCENTIVE, VictoryProbModel.LINEAR, c);
        assertThat(p[0]).isCloseTo(0.75, within(1e-6));
        assertThat(p[0] + p[1]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void coalitionsAddPositiveVotesOnTopOfTheFloor() {
        // two voters of weight 2 and 1; utilities of options 0, 1: voter 0 (0.9, 0.4), voter 1 (0.2, 0.6)
        double[][] u = {{0.9, 0.4}, {0.2, 0.6}};
        double[][] c = ProbabilisticCondorcetElection.coalitions(VotingRule.PROPORTIONAL, new double[] {2, 1}, u, 2, 2);
        assertThat(c[1][0]).isCloseTo(1e-8 + 0.4, within(EPS));
        assertThat(c[0][1]).isCloseTo(1e-8 + 1.0, within(EPS));
        assertThat(c[0][0]).isEqualTo(1e-8);
    }

    @Test
    void riskRangesAndAdjustments() {
        double[] p = {0.2, 0.3, 0.5};
        assertThat(KtabSpatialModel.bigRFromProbabilities(p, BigRRange.MID)).containsExactly(
                new double[] {-0.5, (0.9 - 0.9) / 0.6, 1.0}, within(1e-12));
        assertThat(KtabSpatialModel.bigRFromProbabilities(p, BigRRange.MIN)).containsExactly(
                new double[] {0, 1.0 / 3, 1}, within(1e-12));
        assertThat(KtabSpatialModel.bigRFromProbabilities(p, BigRRange.MAX)).containsExactly(
                new double[] {-1, -1.0 / 3, 1}, within(1e-12));
        assertThat(KtabSpatialModel.bigRFromProbabilities(new double[] {0.5, 0.5}, BigRRange.MID))
                .containsExactly(0.0, 0.0);
        assertThat(KtabSpatialModel.estimate(0.3, 0.9, BigRAdjust.ONE_THIRD)).isCloseTo(0.5, within(EPS));
        assertThat(KtabSpatialModel.estimate(0.3, 0.9, BigRAdjust.TWO_THIRDS)).isCloseTo(0.7, within(EPS));
        assertThat(KtabSpatialModel.estimate(0.3, 0.9, BigRAdjust.HALF)).isCloseTo(0.6, within(EPS));
        assertThat(KtabSpatialModel.estimate(0.3, 0.9, BigRAdjust.NONE)).isEqualTo(0.3);
        assertThat(KtabSpatialModel.estimate(0.3, 0.9, BigRAdjust.FULL)).isEqualTo(0.9);
    }

    @Test
    void utilityDistanceRoundingAndThirdPartyVotes() {
        // u(d, R) = (1 - d)(1 + d R): risk-averse actors value a half-way position more
        assertThat(KtabSpatialModel.utility(0.5, 1.0)).isCloseTo(0.75, within(EPS));
        assertThat(KtabSpatialModel.utility(0.5, -0.5)).isCloseTo(0.375, within(EPS));
        assertThat(KtabSpatialModel.utility(1.2, 0.5)).isCloseTo(-0.3, within(EPS));
        // salience-weighted distance: sqrt(((.3)(.5))^2 + ((.4)(.5))^2) / (.5^2 + .5^2)) = sqrt(.0625/.5)
        assertThat(KtabSpatialModel.weightedDistance(new double[] {0.3, 0.4}, new double[] {0, 0},
                new double[] {0.5, 0.5})).isCloseTo(Math.sqrt(0.0625 / 0.5), within(EPS));
        assertThat(KtabSpatialModel.round4(0.123456)).isEqualTo(0.1235);
        assertThat(KtabSpatialModel.round4(0.75614)).isEqualTo(0.7561);
        // SemiCommit, p = (0.6, 0.4), u_ki = 0.9, u_kj = 0.3, u_kk = 0.6:
        // u(ik>j) = 0.6 (0.9+0.9+0.6) + 0.4 (0.9) = 1.8; u(i>jk) = 0.6 (2.7) + 0.4 (0.3+0.3+0.6) = 2.1
        assertThat(KtabSpatialModel.thirdPartyVote(2, VotingRule.PROPORTIONAL, ThirdPartyCommit.SEMI_COMMIT, 0.6,
                0.4, 0.9, 0.3, 0.6)).isCloseTo(2 * (1.8 - 2.1), within(EPS));
        // FullCommit: both sides 3 u: 0.6*2.7 + 0.4*0.9 - (0.6*2.7 + 0.4*0.9) = 0
        assertThat(KtabSpatialModel.thirdPartyVote(2, VotingRule.PROPORTIONAL, ThirdPartyCommit.FULL_COMMIT, 0.6,
                0.4, 0.9, 0.3, 0.6)).isCloseTo(0.0, within(EPS));
        // NoCommit: u(ik>j) = .6(2.4) + .4(1.2) = 1.92; u(i>jk) = .6(2.4) + .4(1.2) = 1.92
        assertThat(KtabSpatialModel.thirdPartyVote(2, VotingRule.PROPORTIONAL, ThirdPartyCommit.NO_COMMIT, 0.6,
                0.4, 0.9, 0.3, 0.6)).isCloseTo(0.0, within(EPS));
    }
}
