package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.Dominance;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ScenarioStageContext.BargainingSpace#acceptableFrontierPointProven} against the way-out test on the
 * frontier itself ({@link ScenarioRipeness#someFrontierPointAcceptable} on {@link AdditiveMergeParetoFrontier}):
 * whenever it claims a frontier point passes, one does. Seeded spaces of 2–4 parties with continuous values (few
 * near-ties: the proof usually goes through), coarse grids (many ties and tolerance chains: it must often decline)
 * and a long linear issue, with red lines; values of no deal at frontier points' utilities shifted by −3..+3
 * tolerances and single ulps (the band where a margin argument fails), at random outcomes' utilities and at random
 * levels.
 */
class ProvenWayOutTest {

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aProvenWayOutIsAlwaysAWayOutOnTheFrontier(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int parties = 2 + rng.nextInt(3);
        int issues = 1 + rng.nextInt(5);
        int style = (int) (seed % 3);
        int[] radix = new int[issues];
        for (int m = 0; m < issues; m++) {
            radix[m] = style == 2 && m == 0 ? 20 + rng.nextInt(40) : 1 + rng.nextInt(5);
        }
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(radix);
        List<AdditiveUtility> us = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            double[][] c = new double[issues][];
            double slope = (rng.nextBoolean() ? 1 : -1) * (1 + rng.nextInt(3)) * 0.0025;
            for (int m = 0; m < issues; m++) {
                c[m] = new double[radix[m]];
                for (int o = 0; o < radix[m]; o++) {
                    c[m][o] = switch (style) {
                        case 0 -> rng.nextDouble() / issues;
                        case 1 -> rng.nextInt(3) * 0.1 + (rng.nextInt(3) == 0 ? 0.3e-9 * rng.nextInt(4) : 0.0);
                        default -> m == 0 ? (slope > 0 ? o : o - radix[m] + 1) * slope : rng.nextInt(4) * 0.05;
                    };
                }
            }
            us.add(AdditiveUtility.ofContributions(space, c));
        }
        boolean[][] forbidden = new boolean[issues][];
        for (int m = 0; m < issues; m++) {
            forbidden[m] = new boolean[radix[m]];
            for (int o = 0; o < radix[m]; o++) {
                forbidden[m][o] = rng.nextInt(7) == 0;
            }
        }
        RedLines red = RedLines.of(space, forbidden);
        double tol = Dominance.DEFAULT_TOLERANCE;
        ParetoSet frontier = new AdditiveMergeParetoFrontier().compute(us, red);

        int proven = 0;
        int passing = 0;
        for (int q = 0; q < 60; q++) {
            double[] w = new double[parties];
            int mode = rng.nextInt(3);
            if (mode == 0 && frontier.distinctCount() > 0) {
                int p = rng.nextInt(frontier.distinctCount());
                for (int i = 0; i < parties; i++) {
                    double u = frontier.utility(p, i);
                    int ulps = rng.nextInt(3) - 1;
                    w[i] = u + (rng.nextInt(7) - 3) * tol + ulps * Math.ulp(u);
                }
            } else if (mode == 1) {
                long x = rng.nextLong(space.size());
                for (int i = 0; i < parties; i++) {
                    w[i] = us.get(i).utility(x) + (rng.nextInt(5) - 2) * tol;
                }
            } else {
                for (int i = 0; i < parties; i++) {
                    double lo = us.get(i).minUtility();
                    w[i] = lo + rng.nextDouble() * (us.get(i).maxUtility() - lo);
                }
            }
            // a fresh space per query: nothing cached from an earlier answer
            ScenarioStageContext.BargainingSpace fresh = new ScenarioStageContext.BargainingSpace(null, us, red,
                    SharedStageWork.NONE);
            boolean onFrontier = ScenarioRipeness.someFrontierPointAcceptable(frontier, w);
            boolean claimed = fresh.acceptableFrontierPointProven(w, tol);
            assertThat(!claimed || onFrontier).as("seed %d query %d: proven but no frontier point passes", seed, q)
                    .isTrue();
            assertThat(fresh.frontierBuilt()).isFalse();
            proven += claimed ? 1 : 0;
            passing += onFrontier ? 1 : 0;
        }
        if (style == 0 && passing >= 10) {
            // continuous values have no near-ties: the proof should carry most of the passing queries
            assertThat(proven).as("seed %d: proven %d of %d passing", seed, proven, passing)
                    .isGreaterThanOrEqualTo(passing / 2);
        }
    }
}
