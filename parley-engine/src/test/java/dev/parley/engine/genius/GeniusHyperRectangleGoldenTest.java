package dev.parley.engine.genius;

import dev.parley.engine.bargain.BargainingSolutions;
import dev.parley.engine.bargain.DisagreementPoint;
import dev.parley.engine.bargain.Dominance;
import dev.parley.engine.bargain.HyperRectangleParetoFrontier;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.SolutionConcept;
import dev.parley.engine.bargain.SolutionPoint;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.HyperRectangleProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ANAC 2014 10issues (10 integer issues 0..9, 10^10 outcomes, non-linear hyper-rectangle profiles): the exact
 * frontier must equal GENIUS's precomputed {@code pareto.xml} (10 points, ~8 significant digits) and the exact
 * fractions, outcome counts, Nash point and maximum welfare of /work/shared/data/genius/REFERENCE.md.
 */
class GeniusHyperRectangleGoldenTest {
    private static Domain domain;
    private static List<HyperRectangleProfile> profiles;
    private static HyperRectangleParetoFrontier method;
    private static ParetoSet frontier;

    @BeforeAll
    static void computeOnce() {
        domain = GeniusFixtures.domain("10issues/10issues-domain.xml");
        profiles = List.of((HyperRectangleProfile) GeniusFixtures.profile("10issues/profile-1.xml", domain),
                (HyperRectangleProfile) GeniusFixtures.profile("10issues/profile-2.xml", domain));
        method = new HyperRectangleParetoFrontier(domain, profiles, Dominance.DEFAULT_TOLERANCE);
        frontier = method.compute();
    }

    private static List<double[]> paretoXml() throws IOException {
        List<double[]> pts = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GeniusFixtures.open("10issues/pareto.xml"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] f = line.split(",");
                    pts.add(new double[] {Double.parseDouble(f[0].trim()), Double.parseDouble(f[1].trim())});
                }
            }
        }
        return pts;
    }

    @Test
    void frontierEqualsGeniusParetoXml() throws IOException {
        assertThat(method.coveredOutcomes()).isEqualTo(10_000_000_000L);
        List<double[]> expected = paretoXml();
        assertThat(expected).hasSize(10);
        assertThat(frontier.distinctCount()).isEqualTo(10);
        // pareto.xml is sorted by profile-1 ascending; ParetoSet by profile-1 descending
        for (int i = 0; i < 10; i++) {
            double[] e = expected.get(9 - i);
            assertThat(frontier.point(i)).containsExactly(e, within(1e-7));
        }
    }

    @Test
    void frontierEqualsTheExactFractionsCountsNashAndWelfareOfTheReference() {
        double[][] fractions = {
                {1, 526.0 / 885}, {661.0 / 662, 586.0 / 885}, {609.0 / 662, 40.0 / 59}, {304.0 / 331, 44.0 / 59},
                {547.0 / 662, 667.0 / 885}, {273.0 / 331, 727.0 / 885}, {260.0 / 331, 252.0 / 295},
                {251.0 / 331, 811.0 / 885}, {225.0 / 331, 55.0 / 59}, {449.0 / 662, 1}};
        for (int i = 0; i < 10; i++) {
            assertThat(frontier.point(i)).containsExactly(fractions[i], within(1e-12));
        }
        assertThat(frontier.totalOutcomeCount()).isEqualTo(129_072);

        SolutionPoint nash = BargainingSolutions.solve(frontier, SolutionConcept.NASH,
                DisagreementPoint.geniusReservation(0, 0)).orElseThrow();
        assertThat(nash.utilities()).containsExactly(new double[] {0.758308, 0.916384}, within(1e-6));
        assertThat(frontier.outcomeCount(nash.pointIndex())).isEqualTo(10_368);
        SolutionPoint welfare = BargainingSolutions.solve(frontier, SolutionConcept.UTILITARIAN,
                DisagreementPoint.unconstrained(2)).orElseThrow();
        assertThat(welfare.objective()).isCloseTo(1.678248, within(1e-6));
    }

    /** The listed members are checked with the model's direct rectangle evaluation, an independent code path. */
    @Test
    void listedMembersHaveTheirPointsUtilitiesAndNoSampledOutcomeDominatesTheFrontier() {
        SolutionPoint nash = BargainingSolutions.solve(frontier, SolutionConcept.NASH,
                DisagreementPoint.geniusReservation(0, 0)).orElseThrow();
        long[] members = frontier.members(nash.pointIndex(), 20_000);
        assertThat(members).hasSize(10_368);
        int[] x = new int[10];
        double[] values = new double[10];
        for (long m : members) {
            method.space().decode(m, x);
            for (int k = 0; k < 10; k++) {
                values[k] = method.space().numericValue(k, x[k]);
            }
            assertThat(profiles.get(0).utility(values)).isCloseTo(nash.utilities()[0], within(1e-12));
            assertThat(profiles.get(1).utility(values)).isCloseTo(nash.utilities()[1], within(1e-12));
        }
        SplittableRandom rng = new SplittableRandom(11);
        double[][] points = frontier.points();
        for (int s = 0; s < 200_000; s++) {
            for (int k = 0; k < 10; k++) {
                values[k] = rng.nextInt(10);
            }
            double[] u = {profiles.get(0).utility(values), profiles.get(1).utility(values)};
            for (double[] p : points) {
                assertThat(Dominance.dominates(u, p, 1e-9)).isFalse();
            }
        }
    }
}
