package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SummariesTest {

    /** Wilson (1927) at 90%, z = 1.6448536: 30 of 100 → [0.230705, 0.379832] (worked from the formula). */
    @Test
    void wilsonIntervalMatchesTheHandWorkedFormula() {
        double[] ci = new ProportionSummary(30, 100).interval();
        assertThat(ci[0]).isCloseTo(0.2307050, offset(1e-6));
        assertThat(ci[1]).isCloseTo(0.3798321, offset(1e-6));
        assertThat(new ProportionSummary(30, 100).estimate()).isEqualTo(0.3);
    }

    /** 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32 (sample variance 32/7). */
    @Test
    void momentsOfAHandWorkedSample() {
        MomentSummary m = MomentSummary.of(new double[] {2, 4, 4, 4, Double.NaN, 5, 5, 7, 9});
        assertThat(m.n()).isEqualTo(8);
        assertThat(m.missing()).isEqualTo(1);
        assertThat(m.mean()).isCloseTo(5, offset(1e-15));
        assertThat(m.variance()).isCloseTo(32.0 / 7, offset(1e-14));
        assertThat(m.min()).isEqualTo(2);
        assertThat(m.max()).isEqualTo(9);
    }

    /** Sorted 1, 1, 2, 3, 4, 5, 6, 9 (Hyndman–Fan 7): Q(.25) = 1.75, median 3.5, Q(.9) = 6.9. */
    @Test
    void quantilesOfAHandWorkedSample() {
        ExactQuantiles q = ExactQuantiles.of(new double[] {3, 1, 4, 1, 5, 9, 2, 6});
        assertThat(q.quantile(0.25)).isCloseTo(1.75, offset(1e-12));
        assertThat(q.median()).isCloseTo(3.5, offset(1e-12));
        assertThat(q.quantile(0.9)).isCloseTo(6.9, offset(1e-12));
        assertThat(q.quantile(0)).isEqualTo(1);
        assertThat(q.quantile(1)).isEqualTo(9);
    }

    /**
     * Order-statistic interval for the median of n = 100 at 90%: with B ~ Bin(100, ½), P(B ≤ 41) = 0.0443 ≤ 0.05 <
     * P(B ≤ 42) and P(B ≤ 57) = 0.9334 < 0.95 ≤ P(B ≤ 58) = 0.9557, so [x_(42), x_(59)] (worked with exact binomial
     * sums); for the values 1..100 that is [42, 59]. With n = 5 no lower order statistic qualifies.
     */
    @Test
    void medianIntervalFromOrderStatistics() {
        double[] x = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = (i * 37) % 100 + 1; // 1..100 in scrambled order
        }
        assertThat(ExactQuantiles.of(x).interval(0.5, 0.90)).containsExactly(42, 59);
        double[] small = ExactQuantiles.of(new double[] {5, 1, 4, 2, 3}).interval(0.5, 0.99);
        assertThat(small[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(small[1]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    /**
     * The median's interval on N/8 … N values uses the order statistics the normal approximation of Bin(m, ½)
     * predicts: ranks m/2 ∓ z·√m/2 (z = 1.6449 for 90%), within ±2 for the continuity correction and the
     * discreteness; the estimate is the sample median of the prefix.
     */
    @Test
    void medianIntervalUsesTheOrderStatisticsOfTheNormalApproximation() {
        double[] u = new double[8000];
        for (int i = 0; i < u.length; i++) {
            u[i] = DrawStreams.forDraw(21, i).nextDouble();
        }
        List<ConvergenceStep> steps = ExactQuantiles.medianConvergence(u, 0.90);
        assertThat(steps).extracting(ConvergenceStep::draws).containsExactly(1000, 2000, 4000, 8000);
        for (ConvergenceStep s : steps) {
            int m = s.draws();
            double[] sorted = Arrays.copyOf(u, m);
            Arrays.sort(sorted);
            int lowRank = Arrays.binarySearch(sorted, s.low()) + 1;
            int highRank = Arrays.binarySearch(sorted, s.high()) + 1;
            double spread = 1.6448536 * Math.sqrt(m) / 2;
            assertThat((double) lowRank).isCloseTo(m / 2.0 - spread, offset(2.0));
            assertThat((double) highRank).isCloseTo(m / 2.0 + spread, offset(2.0));
            assertThat(s.estimate()).isCloseTo((sorted[m / 2 - 1] + sorted[m / 2]) / 2, offset(1e-15));
        }
        assertThat(steps.get(3).halfWidth()).isLessThan(steps.get(0).halfWidth());
    }

    /** +∞ (a hazard that vanishes) sorts last and never makes ∞ − ∞ between two infinite order statistics. */
    @Test
    void infiniteValuesSortLast() {
        double inf = Double.POSITIVE_INFINITY;
        ExactQuantiles q = ExactQuantiles.of(new double[] {inf, 2, inf, 4});
        assertThat(q.quantile(0)).isEqualTo(2);
        assertThat(q.quantile(1.0 / 3)).isEqualTo(4);
        assertThat(q.median()).isEqualTo(inf);
        assertThat(q.quantile(1)).isEqualTo(inf);
    }

    @Test
    void mergingShardsGivesTheSummaryOfTheWhole() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] all = new double[1000];
        boolean[] flags = new boolean[1000];
        for (int i = 0; i < all.length; i++) {
            all[i] = rng.nextDouble() * 10 + (i % 7 == 0 ? Double.NaN : 0);
            flags[i] = rng.nextDouble() < 0.37;
        }
        int[] cuts = {0, 13, 400, 401, 1000};
        MomentSummary m = MomentSummary.EMPTY;
        ExactQuantiles q = ExactQuantiles.of(new double[0]);
        ProportionSummary p = new ProportionSummary(0, 0);
        for (int k = 0; k + 1 < cuts.length; k++) {
            double[] shard = Arrays.copyOfRange(all, cuts[k], cuts[k + 1]);
            m = m.merge(MomentSummary.of(shard));
            q = q.merge(ExactQuantiles.of(shard));
            p = p.merge(ProportionSummary.of(Arrays.copyOfRange(flags, cuts[k], cuts[k + 1])));
        }
        MomentSummary whole = MomentSummary.of(all);
        assertThat(m.n()).isEqualTo(whole.n());
        assertThat(m.missing()).isEqualTo(whole.missing()).isEqualTo(143);
        assertThat(m.mean()).isCloseTo(whole.mean(), offset(1e-12));
        assertThat(m.variance()).isCloseTo(whole.variance(), offset(1e-11));
        assertThat(m.min()).isEqualTo(whole.min());
        assertThat(m.max()).isEqualTo(whole.max());
        assertThat(q.sortedValues()).isEqualTo(ExactQuantiles.of(all).sortedValues());
        assertThat(q.missing()).isEqualTo(143);
        assertThat(p).isEqualTo(ProportionSummary.of(flags));
    }

    /** Half-width ∝ 1/√n: from N/4 to N it should shrink by about 2 (p fixed at 0.3 on every prefix here). */
    @Test
    void convergenceIntervalsNarrowLikeOneOverRootN() {
        boolean[] outcomes = new boolean[8000];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = i % 10 < 3; // exactly 30% of every prefix that is a multiple of 10
        }
        List<ConvergenceStep> steps = ProportionConvergence.of(outcomes, 0.90);
        assertThat(steps).extracting(ConvergenceStep::draws).containsExactly(1000, 2000, 4000, 8000);
        assertThat(steps).allSatisfy(s -> assertThat(s.estimate()).isEqualTo(0.3));
        // Wald approximation of the Wilson half-width: z √(p(1−p)/n)
        for (ConvergenceStep s : steps) {
            assertThat(s.halfWidth()).isCloseTo(1.6448536 * Math.sqrt(0.21 / s.draws()), offset(2e-4));
        }
        assertThat(steps.get(1).halfWidth() / steps.get(3).halfWidth()).isCloseTo(2.0, offset(0.01));
    }

    /**
     * First ripe months 0, 2, 3, 7, 8, 8, −1, −1 by quarter: months 0–2 twice, 3–5 once, 6–8 three times, never
     * twice; the modal quarter is 6–8 (3 of 8 = 0.375); split in two shards and merged, the same counts.
     */
    @Test
    void talksWindowCountsQuartersAndMerges() {
        int[] months = {0, 2, 3, 7, 8, 8, -1, -1};
        TalksWindow whole = TalksWindow.EMPTY;
        for (int m : months) {
            whole = whole.add(m);
        }
        assertThat(whole.byQuarter()).containsExactly(2, 1, 3);
        assertThat(whole.never()).isEqualTo(2);
        assertThat(whole.modalQuarter()).isEqualTo(2);
        assertThat(whole.quarter(2).estimate()).isEqualTo(0.375);
        TalksWindow a = TalksWindow.EMPTY.add(7).add(-1);
        TalksWindow b = TalksWindow.EMPTY.add(0).add(2).add(3).add(8).add(8).add(-1);
        assertThat(b.merge(a)).isEqualTo(whole);
        // a tie goes to the earlier quarter
        assertThat(TalksWindow.EMPTY.add(5).add(1).modalQuarter()).isZero();
        assertThat(TalksWindow.EMPTY.add(-1).modalQuarter()).isEqualTo(-1);
    }

    /**
     * Three agreements on two issues — (0, 2), (1, 2), (0, 0) — give issue 0 the shares 2/3, 1/3 and issue 1 the
     * shares 1/3, 0, 2/3: each issue's shares sum to 1; merging shards adds counts (rows of different lengths).
     */
    @Test
    void agreedTermsSharesSumToOneAndMerge() {
        AgreedTerms t = AgreedTerms.EMPTY.add(new int[] {0, 2}).add(new int[] {1, 2}).add(new int[] {0, 0});
        assertThat(t.agreements()).isEqualTo(3);
        assertThat(t.share(0, 0).estimate()).isEqualTo(2.0 / 3);
        assertThat(t.share(0, 1).estimate()).isEqualTo(1.0 / 3);
        assertThat(t.share(1, 0).estimate()).isEqualTo(1.0 / 3);
        assertThat(t.share(1, 1).estimate()).isZero();
        assertThat(t.share(1, 2).estimate()).isEqualTo(2.0 / 3);
        assertThat(t.share(1, 7).successes()).isZero();
        for (int k = 0; k < 2; k++) {
            double sum = 0;
            for (int o = 0; o < 3; o++) {
                sum += t.share(k, o).estimate();
            }
            assertThat(sum).isCloseTo(1.0, offset(1e-15));
        }
        AgreedTerms a = AgreedTerms.EMPTY.add(new int[] {0, 0});
        AgreedTerms b = AgreedTerms.EMPTY.add(new int[] {0, 2}).add(new int[] {1, 2});
        assertThat(a.merge(b)).isEqualTo(t);
        assertThat(b.merge(a)).isEqualTo(t);
    }

    /**
     * P(renewed war | agreement): the mean of the agreed draws' probabilities 0.1, 0.2, 0.3, 0.4 is 0.25, with the
     * 90% interval 0.25 ± 1.6448536·s/√4, s² = 0.05/3 (hand-worked); draws without an agreement (NaN) drop out.
     */
    @Test
    void warWithinIsTheMeanOverAgreedDrawsWithANormalInterval() {
        List<DrawOutcome> d = new java.util.ArrayList<>();
        double[] p = {0.1, 0.2, 0.3, 0.4};
        for (double x : p) {
            d.add(new DrawOutcome(true, 0, 10, new TalksFromFirstRipeMonth.Talks(3, new int[] {0},
                    new double[] {x, x, x}, 20, new double[0])));
        }
        d.add(new DrawOutcome(false, -1, Double.NaN));
        MonteCarloSummary s = MonteCarloSummary.of(new DrawResults<>(1, 0, 5, d, false));
        double half = 1.6448536269514722 * Math.sqrt(0.05 / 3) / 2;
        double[] w = s.warWithinInterval(0);
        assertThat(w[0]).isCloseTo(0.25, offset(1e-15));
        assertThat(w[1]).isCloseTo(0.25 - half, offset(1e-12));
        assertThat(w[2]).isCloseTo(0.25 + half, offset(1e-12));
        assertThat(s.agreement().successes()).isEqualTo(4);
        assertThat(s.agreement().trials()).isEqualTo(5);
        assertThat(s.agreementMonths().median()).isEqualTo(3);
    }
}
