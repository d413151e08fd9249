package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** ZOPA on divide-the-dollar problems whose answers can be counted by hand. */
class ZopaAnalyzerTest {
    /** One issue, A gets o/10 and B the rest. */
    private static List<AdditiveUtility> split(OutcomeSpace s) {
        double[][] a = new double[s.issueCount()][11];
        double[][] b = new double[s.issueCount()][11];
        double[] w = new double[s.issueCount()];
        for (int k = 0; k < a.length; k++) {
            w[k] = 1.0 / s.issueCount();
            for (int o = 0; o <= 10; o++) {
                a[k][o] = o / 10.0;
                b[k][o] = 1 - o / 10.0;
            }
        }
        return List.of(AdditiveUtility.of(s, w, a), AdditiveUtility.of(s, w, b));
    }

    @Test
    void nonEmptyZopaHasTheOutcomesBetweenTheTwoValuesOfNoDeal() {
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(11);
        Zopa z = new ZopaAnalyzer().analyse(split(s), new double[] {0.3, 0.5}, RedLines.none(s), new SplittableRandom(1));
        assertThat(z.empty()).isFalse();
        assertThat(z.size().exact()).isTrue();
        assertThat(z.size().count()).isEqualTo(3); // a = 0.3, 0.4, 0.5
        assertThat(z.frontier().distinctCount()).isEqualTo(3);
        assertThat(z.frontier().utility(0, 0)).isCloseTo(0.5, within(1e-12));
        assertThat(z.opening()).isEmpty();
    }

    @Test
    void emptyZopaReportsTheSmallestFallThatOpensIt() {
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(11);
        Zopa z = new ZopaAnalyzer().analyse(split(s), new double[] {0.6, 0.6}, RedLines.none(s), new SplittableRandom(1));
        assertThat(z.empty()).isTrue();
        assertThat(z.size().count()).isZero();
        ZopaOpening o = z.opening().orElseThrow();
        // A alone must accept 0.4 (B keeps 0.6): a fall of 0.2; symmetric for B
        assertThat(o.singlePartyFall()).containsExactly(new double[] {0.2, 0.2}, within(1e-12));
        assertThat(o.jointTotal()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void redLinesAreExcludedAndLargeSpacesAreSampledWithABound() {
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(11, 11);
        List<AdditiveUtility> u = split(s);
        double[] w = {0.4, 0.4};
        // need 8 <= i1 + i2 <= 12: 9 + 10 + 11 + 10 + 9 = 49 outcomes
        Zopa exact = new ZopaAnalyzer().analyse(u, w, RedLines.none(s), new SplittableRandom(1));
        assertThat(exact.size().count()).isEqualTo(49);
        // forbidding i1 = 5 removes i2 = 3..7: 44
        boolean[][] forbid = new boolean[2][11];
        forbid[0][5] = true;
        Zopa red = new ZopaAnalyzer().analyse(u, w, RedLines.of(s, forbid), new SplittableRandom(1));
        assertThat(red.size().count()).isEqualTo(44);
        // an enumeration limit of 0 forces the Monte Carlo estimate; it must bracket the exact 49
        Zopa sampled = new ZopaAnalyzer(1e-9, 0, 200_000).analyse(u, w, RedLines.none(s), new SplittableRandom(7));
        assertThat(sampled.size().exact()).isFalse();
        assertThat(sampled.size().halfWidth()).isCloseTo(121 * Math.sqrt(Math.log(40) / 400_000), within(1e-9));
        assertThat(Math.abs(sampled.size().estimate() - 49)).isLessThanOrEqualTo(sampled.size().halfWidth());
        assertThat(sampled.size().method()).contains("Hoeffding");
    }
}
