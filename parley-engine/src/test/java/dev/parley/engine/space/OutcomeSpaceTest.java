package dev.parley.engine.space;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OutcomeSpaceTest {
    @Test
    void mixedRadixEncodingRoundTripsWithTheLastIssueFastest() {
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(3, 4, 5);
        assertThat(s.size()).isEqualTo(60);
        assertThat(s.encode(new int[] {0, 0, 1})).isEqualTo(1);
        assertThat(s.encode(new int[] {0, 1, 0})).isEqualTo(5);
        assertThat(s.encode(new int[] {2, 3, 4})).isEqualTo(59);
        int[] x = new int[3];
        for (long i = 0; i < 60; i++) {
            s.decode(i, x);
            assertThat(s.encode(x)).isEqualTo(i);
        }
        assertThatThrownBy(() -> s.encode(new int[] {3, 0, 0})).hasMessageContaining("outside 0..2");
    }

    @Test
    void discretisedIssueStatesItsGridAndKeepsBothEnds() {
        OutcomeSpace s = OutcomeSpace.builder().discretisedIssue("x", 0, 1, 0.3).build();
        assertThat(s.optionCount(0)).isEqualTo(5);
        double[] v = new double[5];
        for (int o = 0; o < 5; o++) {
            v[o] = s.numericValue(0, o);
        }
        assertThat(v).containsExactly(new double[] {0, 0.3, 0.6, 0.9, 1.0}, within(1e-12));
        assertThat(OutcomeSpace.builder().discretisedIssue("y", 0, 1, 0.1).build().optionCount(0)).isEqualTo(11);
    }

    /** 7·0.05 is 0.35000000000000003 in binary; the label is the grid's decimal, the value stays as computed. */
    @Test
    void gridLabelsReadAsTheGridsDecimals() {
        OutcomeSpace s = OutcomeSpace.builder().discretisedIssue("line", 0, 1, 0.05).build();
        assertThat(7 * 0.05).isEqualTo(0.35000000000000003);
        assertThat(s.optionLabel(0, 7)).isEqualTo("0.35");
        assertThat(s.numericValue(0, 7)).isEqualTo(0.35000000000000003);
        List<String> labels = new java.util.ArrayList<>();
        for (int o = 0; o < s.optionCount(0); o++) {
            labels.add(s.optionLabel(0, o));
        }
        assertThat(labels).startsWith("0.0", "0.05", "0.1", "0.15").endsWith("0.95", "1.0")
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(4));
    }

    @Test
    void aSpaceBeyondLongIndexingIsRefusedWithTheSize() {
        int[] radix = new int[20];
        java.util.Arrays.fill(radix, 10);
        assertThatThrownBy(() -> OutcomeSpace.ofOptionCounts(radix)).isInstanceOf(SpaceTooLargeException.class)
                .hasMessageContaining("100000000000000000000");
    }

    @Test
    void blockEvaluationIsBitIdenticalToPerOutcomeEvaluation() {
        SplittableRandom rng = new SplittableRandom(3);
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(3, 1, 4, 7, 2);
        double[][] v = new double[5][];
        double[] w = new double[5];
        for (int k = 0; k < 5; k++) {
            w[k] = rng.nextDouble();
            v[k] = new double[s.optionCount(k)];
            for (int o = 0; o < v[k].length; o++) {
                v[k][o] = rng.nextDouble();
            }
        }
        AdditiveUtility u = AdditiveUtility.of(s, w, v);
        double[] block = new double[100];
        for (long first = 0; first < s.size(); first += 37) {
            int c = (int) Math.min(100, s.size() - first);
            u.utilities(first, c, block);
            for (int j = 0; j < c; j++) {
                assertThat(block[j]).isEqualTo(u.utility(first + j));
            }
        }
        int[] x = {2, 0, 3, 6, 1};
        double expected = 0;
        for (int k = 0; k < 5; k++) {
            expected += w[k] * v[k][x[k]];
        }
        assertThat(u.utility(x)).isEqualTo(expected);
    }

    @Test
    void expectedUtilityDiscountsByCredibilityTimesTrust() {
        // w = 0.5, v = [0.2 (no deal), 0.8, 1.0]; option 1 promised by party 1 with q = 0.5, trusted at 0.6:
        // q_i = 0.3, U^e = 0.5·(0.3·0.8 + 0.7·0.2) = 0.19; option 2 has no obligor and q = 1: 0.5
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(3);
        PartyValuation val = new PartyValuation(new double[] {0.5}, new double[][] {{0.2, 0.8, 1.0}}, new int[] {0});
        Commitments c = new Commitments(new double[][] {{1, 0.5, 1}}, new int[][] {{-1, 1, -1}});
        AdditiveUtility e = ExpectedUtility.of(s, val, c, new double[] {1.0, 0.6});
        assertThat(e.utility(new int[] {0})).isCloseTo(0.1, within(1e-15));
        assertThat(e.utility(new int[] {1})).isCloseTo(0.19, within(1e-15));
        assertThat(e.utility(new int[] {2})).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void normalisedWeightsSumToOneAndRedLinesAreDetected() {
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(2, 2);
        AdditiveUtility u = AdditiveUtility.normalised(s, new double[] {2, 6}, new double[][] {{0, 1}, {0, 1}});
        assertThat(u.maxUtility()).isCloseTo(1.0, within(1e-15));
        assertThat(u.utility(new int[] {1, 0})).isCloseTo(0.25, within(1e-15));
        RedLines r = RedLines.of(s, new boolean[][] {{false, true}, {false, false}});
        assertThat(r.crosses(new int[] {1, 0})).isTrue();
        assertThat(r.crosses(new int[] {0, 1})).isFalse();
    }
}
