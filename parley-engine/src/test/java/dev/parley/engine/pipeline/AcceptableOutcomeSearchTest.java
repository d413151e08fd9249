package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.BruteForceParetoFrontier;
import dev.parley.engine.bargain.Dominance;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Branch and bound against enumeration of every outcome: seeded random spaces (2–4 parties, 1–5 issues of 1–6
 * options, random red lines) and floors set at, just above and just below the utilities of real outcomes, where a
 * bound that pruned too much would show.
 */
class AcceptableOutcomeSearchTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void agreesWithEnumeration(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int trial = 0; trial < 40; trial++) {
            int parties = 2 + rng.nextInt(3);
            int issues = 1 + rng.nextInt(5);
            OutcomeSpace.Builder b = OutcomeSpace.builder();
            for (int m = 0; m < issues; m++) {
                int r = 1 + rng.nextInt(6);
                String[] options = new String[r];
                for (int o = 0; o < r; o++) {
                    options[o] = "o" + o;
                }
                b.discreteIssue("i" + m, options);
            }
            OutcomeSpace space = b.build();
            List<AdditiveUtility> us = new ArrayList<>();
            for (int i = 0; i < parties; i++) {
                double[][] c = new double[issues][];
                for (int m = 0; m < issues; m++) {
                    c[m] = new double[space.optionCount(m)];
                    for (int o = 0; o < c[m].length; o++) {
                        c[m][o] = rng.nextDouble() / issues;
                    }
                }
                us.add(AdditiveUtility.ofContributions(space, c));
            }
            boolean[][] forbidden = new boolean[issues][];
            for (int m = 0; m < issues; m++) {
                forbidden[m] = new boolean[space.optionCount(m)];
                for (int o = 0; o < forbidden[m].length; o++) {
                    forbidden[m][o] = rng.nextDouble() < 0.15;
                }
            }
            RedLines red = RedLines.of(space, forbidden);
            AcceptableOutcomeSearch search = new AcceptableOutcomeSearch(us, red);
            for (int q = 0; q < 12; q++) {
                // floors from a random outcome's own utilities, nudged by -1 ulp, 0 or +1 ulp, or a random level
                long x = rng.nextLong(space.size());
                double[] floor = new double[parties];
                int mode = rng.nextInt(4);
                for (int i = 0; i < parties; i++) {
                    double u = us.get(i).utility(x);
                    floor[i] = switch (mode) {
                        case 0 -> u;
                        case 1 -> Math.nextUp(u);
                        case 2 -> Math.nextDown(u) - rng.nextDouble() * 0.05;
                        default -> rng.nextDouble() * 0.8;
                    };
                }
                assertThat(search.exists(floor)).as("seed %d trial %d query %d", seed, trial, q)
                        .isEqualTo(enumerate(space, us, red, floor));
            }
        }
    }

    /**
     * Why the way-out test ({@link ScenarioStageContext#someFrontierPointAcceptable}) cannot answer "yes" from this
     * search with any fixed margin: dominance with a tolerance is not transitive. One issue, 101 options, option t
     * giving (1 − t/10, 0.9e-9·t, 0): each option dominates the next at tolerance 1e-9 (first utility better by 0.1,
     * second worse by only 0.9e-9), so the frontier by the definition is option 0 alone (the merge's pivot
     * pre-filter drops option 1 before the sweep and so keeps option 2 as well, 1.8e-9 on the second utility), yet
     * option 100 beats them on it by over 8.8e-8. With w = option 100's utilities, an outcome clears w − tol by a
     * full tolerance while no frontier point comes within 80 tolerances of it; the chain, and hence the gap, grows
     * with the number of options.
     */
    @Test
    void anOutcomeClearingTheFloorsByAWideMarginDoesNotImplyAFrontierPointClearsThem() {
        int options = 101;
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(options);
        double[][][] c = new double[3][1][options];
        for (int t = 0; t < options; t++) {
            c[0][0][t] = 1 - t / 10.0;
            c[1][0][t] = 0.9e-9 * t;
            c[2][0][t] = 0.0;
        }
        List<AdditiveUtility> us = List.of(AdditiveUtility.ofContributions(space, c[0]),
                AdditiveUtility.ofContributions(space, c[1]), AdditiveUtility.ofContributions(space, c[2]));
        double tol = Dominance.DEFAULT_TOLERANCE;
        double[] w = {c[0][0][options - 1], c[1][0][options - 1], 0.0};
        AcceptableOutcomeSearch search = new AcceptableOutcomeSearch(us, RedLines.none(space));
        assertThat(search.exists(w)).as("floors w − tol raised by a margin of one tolerance").isTrue();

        ParetoSet merged = new AdditiveMergeParetoFrontier().compute(us);
        ParetoSet definition = new BruteForceParetoFrontier().compute(new double[][] {c[0][0], c[1][0], c[2][0]});
        assertThat(definition.allMembers(10)).containsExactly(0L);
        for (ParetoSet frontier : List.of(merged, definition)) {
            for (int p = 0; p < frontier.distinctCount(); p++) {
                assertThat(frontier.utility(p, 1)).isLessThan(w[1] - tol - 80 * tol);
            }
            assertThat(ScenarioRipeness.someFrontierPointAcceptable(frontier, w)).isFalse();
        }
    }

    private static boolean enumerate(OutcomeSpace space, List<AdditiveUtility> us, RedLines red, double[] floor) {
        int[] choice = new int[space.issueCount()];
        for (long x = 0; x < space.size(); x++) {
            space.decode(x, choice);
            if (red.crosses(choice)) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < floor.length && ok; i++) {
                ok = us.get(i).utility(choice) >= floor[i];
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }
}
