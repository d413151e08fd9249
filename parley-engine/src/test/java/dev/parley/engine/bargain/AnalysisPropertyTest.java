package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeEnumeration;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import dev.parley.engine.space.SpaceTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Red-line-restricted frontiers, ZOPA counts and trades against brute force over every outcome of seeded random
 * domains (the same generator as {@link ParetoFrontierPropertyTest}).
 */
class AnalysisPropertyTest {
    static LongStream seeds() {
        return LongStream.range(10_000, 10_500);
    }

    private static boolean[][] randomRedLines(OutcomeSpace s, SplittableRandom rng) {
        boolean[][] f = new boolean[s.issueCount()][];
        for (int k = 0; k < f.length; k++) {
            f[k] = new boolean[s.optionCount(k)];
            for (int o = 0; o < f[k].length; o++) {
                f[k][o] = rng.nextInt(5) == 0;
            }
        }
        return f;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void frontierWithRedLinesAndZopaCountMatchBruteForce(long seed) {
        RandomDomains d = RandomDomains.generate(seed, 400);
        SplittableRandom rng = new SplittableRandom(seed);
        RedLines red = RedLines.of(d.space, randomRedLines(d.space, rng));
        double[][] all = OutcomeEnumeration.utilities(d.parties, 1000);
        int k = all.length;
        int n = all[0].length;
        List<Integer> allowed = new ArrayList<>();
        int[] x = new int[d.space.issueCount()];
        for (int j = 0; j < n; j++) {
            d.space.decode(j, x);
            if (!red.crosses(x)) {
                allowed.add(j);
            }
        }
        ParetoSet merged = new AdditiveMergeParetoFrontier().compute(d.parties, red);
        if (allowed.isEmpty()) {
            assertThat(merged.distinctCount()).isZero();
            return;
        }
        double[][] sub = new double[k][allowed.size()];
        for (int t = 0; t < allowed.size(); t++) {
            for (int i = 0; i < k; i++) {
                sub[i][t] = all[i][allowed.get(t)];
            }
        }
        ParetoSet brute = new BruteForceParetoFrontier().compute(sub);
        assertThat(merged.distinctCount()).isEqualTo(brute.distinctCount());
        long[] expectedMembers = Arrays.stream(brute.allMembers(1000)).map(t -> allowed.get((int) t)).sorted().toArray();
        assertThat(merged.allMembers(1000)).containsExactly(expectedMembers);

        // ZOPA against values of no deal drawn between each party's min and max utility
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            double lo = d.parties.get(i).minUtility();
            double hi = d.parties.get(i).maxUtility();
            w[i] = lo + rng.nextDouble() * (hi - lo) * 0.8;
        }
        Zopa z = new ZopaAnalyzer().analyse(d.parties, w, red, new SplittableRandom(seed));
        long count = 0;
        for (int t = 0; t < allowed.size(); t++) {
            boolean ok = true;
            for (int i = 0; i < k; i++) {
                ok &= sub[i][t] >= w[i] - 1e-9;
            }
            if (ok) {
                count++;
            }
        }
        assertThat(z.size().count()).isEqualTo(count);
        assertThat(z.empty()).isEqualTo(count == 0);
        if (z.empty()) {
            // lowering every W_i by the joint fall must make the joint point acceptable
            ZopaOpening o = z.opening().orElseThrow();
            for (int i = 0; i < k; i++) {
                assertThat(o.jointPoint()[i]).isGreaterThanOrEqualTo(w[i] - o.jointFall()[i] - 1e-9);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tradesMatchBruteForceOverOneAndTwoIssueChanges(long seed) {
        RandomDomains d = RandomDomains.generate(seed, 400);
        SplittableRandom rng = new SplittableRandom(seed + 1);
        int[] from = new int[d.space.issueCount()];
        for (int m = 0; m < from.length; m++) {
            from[m] = rng.nextInt(d.space.optionCount(m));
        }
        double[] base = new double[d.parties.size()];
        for (int i = 0; i < base.length; i++) {
            base[i] = d.parties.get(i).utility(from);
        }
        // brute force: every outcome differing from `from` in one or two issues
        long expected = 0;
        double bestJoint = Double.NEGATIVE_INFINITY;
        int[] x = new int[from.length];
        for (long j = 0; j < d.space.size(); j++) {
            d.space.decode(j, x);
            int diff = 0;
            for (int m = 0; m < x.length; m++) {
                diff += x[m] != from[m] ? 1 : 0;
            }
            if (diff < 1 || diff > 2) {
                continue;
            }
            boolean all = true;
            double joint = 0;
            for (int i = 0; i < base.length; i++) {
                double g = d.parties.get(i).utility(x) - base[i];
                all &= g > 1e-9;
                joint += g;
            }
            if (all) {
                expected++;
                bestJoint = Math.max(bestJoint, joint);
            }
        }
        TradeSearch r = new TradeFinder().find(d.parties, from, RedLines.none(d.space), 1);
        assertThat(r.totalFound()).isEqualTo(expected);
        if (expected > 0) {
            assertThat(r.trades().get(0).jointGain()).isCloseTo(bestJoint, within(1e-9));
        }
    }

    @Test
    void enumerationRefusesLargeSpacesNamingTheExactMethod() {
        int[] radix = new int[10];
        Arrays.fill(radix, 10);
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(radix);
        double[][] v = new double[10][10];
        double[] w = new double[10];
        Arrays.fill(w, 0.1);
        AdditiveUtility u = AdditiveUtility.of(s, w, v);
        assertThatThrownBy(() -> OutcomeEnumeration.utilities(List.of(u, u), OutcomeEnumeration.DEFAULT_LIMIT))
                .isInstanceOf(SpaceTooLargeException.class)
                .hasMessageContaining("10000000000 outcomes")
                .hasMessageContaining("AdditiveMergeParetoFrontier");
    }
}
