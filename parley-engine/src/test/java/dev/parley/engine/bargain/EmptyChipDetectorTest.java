package dev.parley.engine.bargain;

import dev.parley.engine.space.Commitments;
import dev.parley.engine.space.PartyValuation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Party 0 (offerer) and party 1 (recipient); three issues, option 0 is the no-deal state of each:
 * <ul>
 * <li>issue 0 "alliance": option 1 "non-invitation" is what the recipient already has without a deal;</li>
 * <li>issue 1 "sanctions": option 1 "relief" is valuable to the recipient but promised by an obligor it
 * barely trusts;</li>
 * <li>issue 2 "minor": valuable and credible but the recipient hardly weighs it;</li>
 * <li>issue 3 "territory": a real concession.</li>
 * </ul>
 */
class EmptyChipDetectorTest {
    private final PartyValuation offerer = new PartyValuation(new double[] {0.25, 0.25, 0.25, 0.25},
            new double[][] {{1, 0.5}, {1, 0.4}, {1, 0.8}, {1, 0.3}}, new int[] {0, 0, 0, 0});
    private final PartyValuation recipient = new PartyValuation(new double[] {0.3, 0.3, 0.005, 0.395},
            new double[][] {{0.9, 0.9}, {0.1, 0.9}, {0, 1}, {0, 1}}, new int[] {0, 0, 0, 0});
    // obligor of every option 1 is the offerer (party 0); sanctions relief has credibility 0.5
    private final Commitments commitments = new Commitments(
            new double[][] {{1, 1}, {1, 0.5}, {1, 1}, {1, 0.8}},
            new int[][] {{-1, 0}, {-1, 0}, {-1, 0}, {-1, 0}});
    private final double[][] trust = {{1, 1}, {0.1, 1}}; // recipient trusts the offerer at 0.1

    @Test
    void eachEmptyChipGetsItsReasonAndARealConcessionIsNotEmpty() {
        EmptyChipDetector d = new EmptyChipDetector();
        List<PartyValuation> vs = List.of(offerer, recipient);
        ChipAssessment alliance = d.assess(new Chip(0, 1, 0, 1), vs, commitments, trust);
        assertThat(alliance.empty()).isTrue();
        assertThat(alliance.reason()).contains(EmptyChipReason.ALREADY_NO_DEAL_STATE);
        assertThat(alliance.offererCost()).isCloseTo(0.125, within(1e-12));

        ChipAssessment sanctions = d.assess(new Chip(1, 1, 0, 1), vs, commitments, trust);
        // q_i = 0.5·0.1 = 0.05; gain = 0.3·0.05·0.8 = 0.012: just above ε = 0.01, empty at ε = 0.02
        assertThat(sanctions.credibility()).isCloseTo(0.05, within(1e-12));
        assertThat(sanctions.gain()).isCloseTo(0.012, within(1e-12));
        assertThat(sanctions.empty()).isFalse();
        ChipAssessment strict = new EmptyChipDetector(0.02).assess(new Chip(1, 1, 0, 1), vs, commitments, trust);
        assertThat(strict.reason()).contains(EmptyChipReason.NOT_CREDIBLE);

        ChipAssessment minor = d.assess(new Chip(2, 1, 0, 1), vs, commitments, trust);
        assertThat(minor.gain()).isCloseTo(0.005 * 0.1, within(1e-12));
        assertThat(minor.reason()).contains(EmptyChipReason.NOT_SALIENT);

        ChipAssessment territory = d.assess(new Chip(3, 1, 0, 1), vs, commitments, new double[][] {{1, 1}, {1, 1}});
        assertThat(territory.gain()).isCloseTo(0.395 * 0.8, within(1e-12));
        assertThat(territory.empty()).isFalse();
        assertThat(territory.reason()).isEmpty();
    }

    @Test
    void anOptionWorseThanNoDealForTheRecipientIsSaidToBeSo() {
        // The recipient values option 0 of issue 1 at 0.1 and option 1 (its no-deal state here) at 0.9:
        // Δv = 0.1 − 0.9 = −0.8 < −ε, gain = 0.3·1·(−0.8) = −0.24.
        PartyValuation atOne = new PartyValuation(recipient.weights(), recipient.values(), new int[] {0, 1, 0, 0});
        ChipAssessment a = new EmptyChipDetector().assess(new Chip(1, 0, 0, 1), List.of(offerer, atOne),
                commitments, trust);
        assertThat(a.valueChange()).isCloseTo(-0.8, within(1e-12));
        assertThat(a.gain()).isCloseTo(-0.24, within(1e-12));
        assertThat(a.reason()).contains(EmptyChipReason.WORSE_THAN_NO_DEAL);
    }

    @Test
    void scanListsOnlyCostlyEmptyConcessions() {
        List<ChipAssessment> empty = new EmptyChipDetector().emptyConcessions(0, 1, List.of(offerer, recipient),
                commitments, trust);
        // territory at trust 0.1: q_i = 0.08, gain = 0.395·0.08 = 0.0316 >= 0.01, so not empty
        assertThat(empty).extracting(a -> a.chip().issue()).containsExactly(0, 2);
        assertThat(empty).extracting(a -> a.reason().orElseThrow())
                .containsExactly(EmptyChipReason.ALREADY_NO_DEAL_STATE, EmptyChipReason.NOT_SALIENT);
    }
}
