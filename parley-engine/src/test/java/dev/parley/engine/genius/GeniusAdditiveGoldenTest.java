package dev.parley.engine.genius;

import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.BargainingSolutions;
import dev.parley.engine.bargain.DisagreementPoint;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.PresortedSkylineParetoFrontier;
import dev.parley.engine.bargain.SolutionConcept;
import dev.parley.engine.bargain.SolutionPoint;
import dev.parley.engine.bargain.SortSweepParetoFrontier;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.DomainSpaces;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden numbers for the additive GENIUS domains, from /work/shared/data/genius/REFERENCE.md (exact rational
 * brute force under GENIUS semantics) and, for the GENIUS min-asymmetry point ("KS-G"), from
 * reference/negotiation-platforms.md §2.5 (an independent re-implementation). Printed values carry 6 decimals,
 * so agreement within 1e-6 is required.
 */
class GeniusAdditiveGoldenTest {

    record Golden(String name, String domain, List<String> profiles, long outcomes, double[] rv, long pareto,
                  int distinct, double[] nash, double nashProduct, double maxWelfare, double[] welfareUtilities,
                  List<String> nashOutcome, double[] geniusKs, double ksTolerance) {
    }

    static Stream<Golden> domains() {
        return Stream.of(
                new Golden("Laptop", "Laptop/Laptop-C-domain.xml",
                        List.of("Laptop/Laptop-C-prof1.xml", "Laptop/Laptop-C-prof2.xml"), 27, new double[] {0, 0},
                        4, 4, new double[] {1.000052, 0.815105}, 0.815148, 1.815157,
                        new double[] {1.000052, 0.815105}, List.of("HP", "60 Gb", "19'' LCD"),
                        new double[] {0.874024, 0.874024}, 1e-6),
                new Golden("ItexvsCypress", "ItexvsCypress/ItexvsCypress_domain.xml",
                        List.of("ItexvsCypress/Itex.xml", "ItexvsCypress/Cypress.xml"), 180,
                        new double[] {-0.038649, -0.035556}, 17, 17, new double[] {0.677064, 0.771555}, 0.577660,
                        1.448620, new double[] {0.677064, 0.771555},
                        List.of("$3.47", "45 days", "30 days after delivery", "5% spoilage allowed"),
                        new double[] {0.721607, 0.654571}, 1e-6),
                new Golden("EnglandZimbabwe", "EnglandZimbabwe/EnglandZimbabwe_domain.xml",
                        List.of("EnglandZimbabwe/England.xml", "EnglandZimbabwe/Zimbabwe.xml"), 576,
                        new double[] {0, 0}, 25, 25, new double[] {0.910916, 0.733218}, 0.667900, 1.644135,
                        new double[] {0.910916, 0.733218},
                        List.of("$10 billion", "Reduction equal to fund size",
                                "Zimbabwe will increase tariffs on imports", "England will increase imports",
                                "Creation of committee to discuss creation of fund"),
                        new double[] {0.822286, 0.78657}, 1e-5),
                new Golden("Politics", "Politics/Politics.xml",
                        List.of("Politics/Politics_util1.xml", "Politics/Politics_util2.xml",
                                "Politics/Politics_util3.xml"), 23040, new double[] {0, 0, 0}, 124, 124,
                        new double[] {0.669541, 0.755254, 0.786167}, 0.397544, 2.210962,
                        new double[] {0.669541, 0.755254, 0.786167},
                        List.of("welfare and health insurance", "Medium labor tax", "High tax", "Army just for defence",
                                "Closed borders", "leave", "Mostly dependent on national products, but some export",
                                "All drugs illegal"),
                        new double[] {0.69396, 0.702584, 0.735083}, 1e-6));
    }

    private static final class Loaded {
        final OutcomeSpace space;
        final List<AdditiveUtility> utilities = new ArrayList<>();
        final double[] rv;

        Loaded(Golden g) {
            Domain d = GeniusFixtures.domain(g.domain());
            space = DomainSpaces.space(d);
            rv = new double[g.profiles().size()];
            for (int i = 0; i < rv.length; i++) {
                AdditiveProfile p = (AdditiveProfile) GeniusFixtures.profile(g.profiles().get(i), d);
                utilities.add(DomainSpaces.additive(space, d, p));
                rv[i] = p.reservationValueOrZero();
            }
        }

        double[][] enumerate() {
            int n = (int) space.size();
            double[][] u = new double[utilities.size()][n];
            for (int i = 0; i < u.length; i++) {
                utilities.get(i).utilities(0, n, u[i]);
            }
            return u;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domains")
    void outcomeCountParetoSizesNashAndWelfareMatchReference(Golden g) {
        Loaded l = new Loaded(g);
        assertThat(l.space.size()).isEqualTo(g.outcomes());
        assertThat(l.rv).containsExactly(g.rv(), within(1e-6));

        ParetoSet merged = new AdditiveMergeParetoFrontier().compute(l.utilities);
        double[][] u = l.enumerate();
        ParetoSet enumerated = g.rv().length == 2 ? new SortSweepParetoFrontier().compute(u)
                : new PresortedSkylineParetoFrontier().compute(u);
        for (ParetoSet f : List.of(merged, enumerated)) {
            assertThat(f.totalOutcomeCount()).as("Pareto outcomes").isEqualTo(g.pareto());
            assertThat(f.distinctCount()).as("distinct Pareto vectors").isEqualTo(g.distinct());
        }
        assertThat(merged.allMembers(1000)).containsExactly(enumerated.allMembers(1000));

        SolutionPoint nash = BargainingSolutions.solve(merged, SolutionConcept.NASH,
                DisagreementPoint.geniusReservation(l.rv)).orElseThrow();
        assertThat(nash.utilities()).containsExactly(g.nash(), within(1e-6));
        assertThat(nash.objective()).isCloseTo(g.nashProduct(), within(1e-6));
        long[] nashOutcomes = merged.members(nash.pointIndex(), 10);
        assertThat(nashOutcomes).hasSize(1);
        int[] x = new int[l.space.issueCount()];
        l.space.decode(nashOutcomes[0], x);
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            labels.add(l.space.optionLabel(k, x[k]));
        }
        assertThat(labels).containsExactlyElementsOf(g.nashOutcome());

        SolutionPoint welfare = BargainingSolutions.solve(merged, SolutionConcept.UTILITARIAN,
                DisagreementPoint.unconstrained(l.rv.length)).orElseThrow();
        assertThat(welfare.objective()).isCloseTo(g.maxWelfare(), within(1e-6));
        assertThat(welfare.utilities()).containsExactly(g.welfareUtilities(), within(1e-6));
        double bruteMax = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < u[0].length; j++) {
            double s = 0;
            for (double[] col : u) {
                s += col[j];
            }
            bruteMax = Math.max(bruteMax, s);
        }
        assertThat(welfare.objective()).isCloseTo(bruteMax, within(1e-12));

        SolutionPoint ks = BargainingSolutions.solve(merged, SolutionConcept.GENIUS_MIN_ASYMMETRY,
                DisagreementPoint.unconstrained(l.rv.length)).orElseThrow();
        assertThat(ks.utilities()).containsExactly(g.geniusKs(), within(g.ksTolerance()));
    }

    /** Per-bid vectors from reference/negotiation-platforms.md §2.5 (GENIUS semantics, Laptop prof1/prof2). */
    @Test
    void laptopPerBidUtilitiesFollowGeniusNormalisation() {
        Loaded l = new Loaded(domains().findFirst().orElseThrow());
        int[] dell60x19 = {l.space.optionIndex(0, "Dell"), l.space.optionIndex(1, "60 Gb"), l.space.optionIndex(2, "19'' LCD")};
        int[] hp80x20 = {l.space.optionIndex(0, "HP"), l.space.optionIndex(1, "80 Gb"), l.space.optionIndex(2, "20'' LCD")};
        assertThat(l.utilities.get(0).utility(dell60x19)).isCloseTo(0.732924, within(1e-6));
        assertThat(l.utilities.get(1).utility(dell60x19)).isCloseTo(0.714283, within(1e-6));
        assertThat(l.utilities.get(0).utility(hp80x20)).isCloseTo(0.756186, within(1e-6));
        assertThat(l.utilities.get(1).utility(hp80x20)).isCloseTo(0.725620, within(1e-6));
        // weights are kept as written: they sum to 1.0000518, so the maximum utility is 1.000052
        assertThat(l.utilities.get(0).maxUtility()).isCloseTo(1.000052, within(1e-6));
    }
}
