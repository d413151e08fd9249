package dev.parley.engine.bargain;

import dev.parley.model.domain.Domain;
import dev.parley.model.domain.HyperRectangle;
import dev.parley.model.domain.HyperRectangleProfile;
import dev.parley.model.domain.IntegerIssue;
import dev.parley.model.domain.Issue;
import dev.parley.model.domain.UtilityFunctionNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The rectangle-set dynamic programme against brute force over every outcome, evaluated with the model's direct
 * rectangle semantics ({@link HyperRectangleProfile#utility}): random integer domains, inclusive and exclusive
 * rectangles with weights, nested ufuns with SUM/MIN/MAX aggregation, and max utilities low enough that the cap
 * at 1 creates ties.
 */
class HyperRectangleParetoFrontierPropertyTest {
    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    private static HyperRectangle rectangle(SplittableRandom rng, int issues, int values) {
        List<HyperRectangle.Bound> bounds = new ArrayList<>();
        int nb = rng.nextInt(Math.min(3, issues) + 1);
        for (int b = 0; b < nb; b++) {
            int lo = rng.nextInt(values);
            int hi = lo + rng.nextInt(values - lo);
            bounds.add(new HyperRectangle.Bound(rng.nextInt(issues), lo, hi));
        }
        return new HyperRectangle(1 + rng.nextInt(20), rng.nextInt(4) == 0 ? 0.5 : 1.0, rng.nextInt(4) == 0, bounds);
    }

    private static HyperRectangleProfile profile(SplittableRandom rng, int issues, int values, int id) {
        List<HyperRectangle> top = new ArrayList<>();
        int n = 1 + rng.nextInt(5);
        for (int r = 0; r < n; r++) {
            top.add(rectangle(rng, issues, values));
        }
        List<UtilityFunctionNode> kids = new ArrayList<>();
        if (rng.nextBoolean()) {
            List<HyperRectangle> inner = new ArrayList<>();
            for (int r = 0; r < 1 + rng.nextInt(3); r++) {
                inner.add(rectangle(rng, issues, values));
            }
            UtilityFunctionNode.Aggregation a = UtilityFunctionNode.Aggregation.values()[rng.nextInt(3)];
            kids.add(new UtilityFunctionNode(rng.nextBoolean() ? 1.0 : 0.5, a, inner, List.of()));
        }
        UtilityFunctionNode ufun = new UtilityFunctionNode(1.0, UtilityFunctionNode.Aggregation.SUM, top, kids);
        UtilityFunctionNode root = new UtilityFunctionNode(1.0, UtilityFunctionNode.Aggregation.SUM, List.of(), List.of(ufun));
        return new HyperRectangleProfile("p" + id, 10 + rng.nextInt(60), root, OptionalDouble.empty(), OptionalDouble.empty());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void dynamicProgrammeMatchesBruteForce(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int issues = 1 + rng.nextInt(4);
        int values = 2 + rng.nextInt(4);
        List<Issue> is = new ArrayList<>();
        for (int k = 0; k < issues; k++) {
            is.add(new IntegerIssue("i" + k, 0, values - 1));
        }
        Domain domain = new Domain("d", is);
        int parties = 2 + rng.nextInt(2);
        List<HyperRectangleProfile> profiles = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            profiles.add(profile(rng, issues, values, p));
        }
        HyperRectangleParetoFrontier method = new HyperRectangleParetoFrontier(domain, profiles, Dominance.DEFAULT_TOLERANCE);
        ParetoSet fast = method.compute();
        assertThat(method.coveredOutcomes()).isEqualTo(method.space().size());

        int n = (int) method.space().size();
        double[][] u = new double[parties][n];
        int[] x = new int[issues];
        double[] v = new double[issues];
        for (int j = 0; j < n; j++) {
            method.space().decode(j, x);
            for (int k = 0; k < issues; k++) {
                v[k] = x[k];
            }
            for (int p = 0; p < parties; p++) {
                u[p][j] = profiles.get(p).utility(v);
            }
        }
        ParetoSet brute = new BruteForceParetoFrontier().compute(u);
        assertThat(fast.distinctCount()).as("seed " + seed).isEqualTo(brute.distinctCount());
        assertThat(fast.totalOutcomeCount()).as("seed " + seed).isEqualTo(brute.totalOutcomeCount());
        for (int p = 0; p < brute.distinctCount(); p++) {
            for (int i = 0; i < parties; i++) {
                assertThat(fast.utility(p, i)).isCloseTo(brute.utility(p, i), within(1e-9));
            }
            assertThat(fast.members(p, 10_000)).containsExactly(brute.members(p, 10_000));
        }
    }
}
