package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The walk-out bound of {@link StackedAlternatingOffers} (each party's highest utility over the outcomes every other
 * decider accepts) equals, bit for bit, the scan of every outcome it replaced, kept below as the oracle.
 */
class BestExpectedTest {

    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void equalsTheScanOfEveryOutcomeExactly(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int deciders = 2 + rng.nextInt(3);
        int parties = 2 + rng.nextInt(deciders - 1);
        int issues = 1 + rng.nextInt(3);
        int[] counts = new int[issues];
        for (int k = 0; k < issues; k++) {
            counts[k] = 2 + rng.nextInt(9);
        }
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(counts);
        int size = (int) space.size();
        int levels = 1 + rng.nextInt(8); // few levels: many ties, also at the W
        double[][] u = new double[deciders][size];
        for (int j = 0; j < deciders; j++) {
            for (int x = 0; x < size; x++) {
                double v = (rng.nextInt(2 * levels + 1) - levels) / (double) levels;
                u[j][x] = v == 0.0 && rng.nextBoolean() ? -0.0 : v;
            }
        }
        List<RedLines> red = new ArrayList<>();
        for (int j = 0; j < deciders; j++) {
            boolean[][] forbidden = new boolean[issues][];
            for (int k = 0; k < issues; k++) {
                forbidden[k] = new boolean[counts[k]];
                forbidden[k][1 + rng.nextInt(counts[k] - 1)] = rng.nextInt(4) == 0; // option 0 stays open
            }
            red.add(RedLines.of(space, forbidden));
        }
        NegotiationDomain domain = rng.nextBoolean() ? NegotiationDomain.of(space, u, parties, red)
                : NegotiationDomain.of(space, u, parties);
        StackedAlternatingOffers saop = new StackedAlternatingOffers(domain, NegotiationSettings.withDeadline(1));
        for (int trial = 0; trial < 50; trial++) {
            double[] w = new double[deciders];
            for (int j = 0; j < deciders; j++) {
                w[j] = switch (rng.nextInt(8)) {
                    case 0 -> Double.NEGATIVE_INFINITY;
                    case 1 -> 1.5; // above every utility
                    case 2 -> rng.nextDouble(-1.2, 1.2);
                    case 3 -> rng.nextBoolean() ? 0.0 : -0.0;
                    default -> u[j][rng.nextInt(size)]; // exactly some outcome's utility
                };
            }
            assertThat(bits(saop.bestExpected(w))).as("seed %d, W %s", seed, java.util.Arrays.toString(w))
                    .containsExactly(bits(scanOfEveryOutcome(domain, w)));
        }
    }

    @Test
    void aPositiveZeroBeatsANegativeZeroAsMathMaxDoes() {
        // party 0's best acceptable outcomes are tied at zero: outcome 1 (−0.0) ranks above outcome 0 (+0.0)
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(3);
        double[][] u = {{0.0, -0.0, 0.5}, {0.4, 0.4, 0.1}};
        StackedAlternatingOffers saop = new StackedAlternatingOffers(NegotiationDomain.of(space, u, 2),
                NegotiationSettings.withDeadline(1));
        double[] best = saop.bestExpected(new double[] {0.0, 0.3});
        assertThat(Double.doubleToRawLongBits(best[0])).isEqualTo(0L);
        assertThat(best[1]).isEqualTo(0.4);
    }

    @Test
    void isMinusInfinityWhenAnotherDeciderWantsMoreThanAnyOutcome() {
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(4);
        double[][] u = {{0.1, 0.2, 0.3, 0.4}, {0.4, 0.3, 0.2, 0.1}, {0.5, 0.5, 0.5, 0.5}};
        StackedAlternatingOffers saop = new StackedAlternatingOffers(NegotiationDomain.of(space, u, 2),
                NegotiationSettings.withDeadline(1));
        assertThat(saop.bestExpected(new double[] {0.0, 0.0, 0.6}))
                .containsExactly(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
        // the ratifier accepts everything, party 1 needs 0.25: party 0 gets at most 0.2 (outcome 1)
        assertThat(saop.bestExpected(new double[] {0.0, 0.25, 0.5})).containsExactly(0.2, 0.4);
    }

    private static long[] bits(double[] v) {
        long[] b = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = Double.doubleToRawLongBits(v[i]);
        }
        return b;
    }

    /** The former implementation: one pass over every outcome, counting who objects to each. */
    private static double[] scanOfEveryOutcome(NegotiationDomain domain, double[] w) {
        int p = domain.partyCount();
        int n = domain.deciderCount();
        double[] best = new double[p];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int x = 0; x < domain.size(); x++) {
            if (domain.excluded(x)) {
                continue;
            }
            int objector = -1;
            int objections = 0;
            for (int j = 0; j < n && objections < 2; j++) {
                if (domain.utility(j, x) < w[j]) {
                    objections++;
                    objector = j;
                }
            }
            if (objections == 0) {
                for (int i = 0; i < p; i++) {
                    best[i] = Math.max(best[i], domain.utility(i, x));
                }
            } else if (objections == 1 && objector < p) {
                best[objector] = Math.max(best[objector], domain.utility(objector, x));
            }
        }
        return best;
    }
}
