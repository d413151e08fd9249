package dev.parley.engine.genius;

import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.BargainingSolutions;
import dev.parley.engine.bargain.DisagreementPoint;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.SolutionConcept;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.DomainSpaces;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.io.genius.GeniusXmlReader;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Domain;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** GENIUS integer and real issues: clamping, discount rules, discretisation. */
class GeniusNumericIssuesTest {

    /**
     * IntegerDomain (NegMAS test data, see SOURCES.md): |Ω| = 121, one Pareto outcome (5, 5) with utilities (1, 1),
     * welfare 2 (reference/negotiation-platforms.md §2.5). In closed form: prof1 price eval = clamp(0.08·(v+5)+0.3),
     * which is 1.1 → 1 at v = 5 and 1.02 → 1 at v = 4, so without clamping U1(5, 5) would be 1.075.
     */
    @Test
    void integerDomainClampsAndMatchesTheReference() {
        Domain d = GeniusFixtures.domain("IntegerDomain/IntegerDomain.xml");
        AdditiveProfile p1 = (AdditiveProfile) GeniusFixtures.profile("IntegerDomain/IntegerDomain-prof1.xml", d);
        AdditiveProfile p2 = (AdditiveProfile) GeniusFixtures.profile("IntegerDomain/IntegerDomain-prof2.xml", d);
        OutcomeSpace s = DomainSpaces.space(d);
        AdditiveUtility u1 = DomainSpaces.additive(s, d, p1);
        AdditiveUtility u2 = DomainSpaces.additive(s, d, p2);
        assertThat(s.size()).isEqualTo(121);
        int five = s.optionIndex(0, "5");
        int four = s.optionIndex(0, "4");
        int minus5 = s.optionIndex(0, "-5");
        assertThat(u1.utility(new int[] {five, five})).isCloseTo(1.0, within(1e-12));
        assertThat(u1.utility(new int[] {four, five})).isCloseTo(1.0, within(1e-12));
        assertThat(u1.utility(new int[] {minus5, minus5})).isCloseTo(0.75 * 0.3, within(1e-12));
        assertThat(u2.utility(new int[] {four, five})).isCloseTo(0.25 * 0.9 + 0.75, within(1e-12));

        ParetoSet f = new AdditiveMergeParetoFrontier().compute(List.of(u1, u2));
        assertThat(f.distinctCount()).isEqualTo(1);
        assertThat(f.totalOutcomeCount()).isEqualTo(1);
        assertThat(f.members(0, 1)).containsExactly(s.encode(new int[] {five, five}));
        assertThat(BargainingSolutions.solve(f, SolutionConcept.NASH, DisagreementPoint.geniusReservation(0, 0))
                .orElseThrow().utilities()).containsExactly(new double[] {1, 1}, within(1e-12));
        assertThat(BargainingSolutions.solve(f, SolutionConcept.UTILITARIAN, DisagreementPoint.unconstrained(2))
                .orElseThrow().objective()).isCloseTo(2.0, within(1e-12));

        // discount_factor 0.0 is outside (0, 1]: GENIUS treats it as no discount
        assertThat(p1.discountFactor()).hasValue(0.0);
        assertThat(p1.effectiveDiscountFactor()).isEqualTo(1.0);
        assertThat(p1.discounted(0.8, 1.0)).isEqualTo(0.8);
    }

    /** GENIUS real evaluator, linear: clamp(parameter1·x + parameter0); the issue is discretised with step 10. */
    @Test
    void realIssueIsDiscretisedAndEvaluatedWithClamping() {
        String domain = """
                <negotiation_template><utility_space><objective index="0" name="r">
                <issue index="1" name="x" type="real"><range lowerbound="10.0" upperbound="40.0"/></issue>
                </objective></utility_space></negotiation_template>""";
        String profile = """
                <utility_space><objective index="0" name="r">
                <issue index="1" name="x" type="real"><range lowerbound="10.0" upperbound="40.0"/>
                  <evaluator ftype="linear" parameter0="1.5" parameter1="-0.04"/></issue>
                <weight index="1" value="0.8"/>
                </objective><discount_factor value="0.5"/><reservation value="-0.2"/></utility_space>""";
        Domain d = GeniusXmlReader.readDomain(new ByteArrayInputStream(domain.getBytes(StandardCharsets.UTF_8)), "r.xml");
        AdditiveProfile p = (AdditiveProfile) GeniusXmlReader.readProfile(
                new ByteArrayInputStream(profile.getBytes(StandardCharsets.UTF_8)), "rp.xml", d);
        OutcomeSpace s = DomainSpaces.space(d, 10.0);
        assertThat(s.optionCount(0)).isEqualTo(4); // 10, 20, 30, 40
        AdditiveUtility u = DomainSpaces.additive(s, d, p);
        // eval(10) = 1.1 → 1; eval(20) = 0.7; eval(30) = 0.3; eval(40) = -0.1 → 0; weight 0.8 as written
        assertThat(new double[] {u.utility(new int[] {0}), u.utility(new int[] {1}), u.utility(new int[] {2}),
                u.utility(new int[] {3})}).containsExactly(new double[] {0.8, 0.56, 0.24, 0.0}, within(1e-12));
        assertThat(p.reservationValueOrZero()).isEqualTo(-0.2);
        // discounted at t = 1 with d = 0.5: utility and reservation value are both halved
        assertThat(p.discounted(0.8, 1.0)).isCloseTo(0.4, within(1e-15));
        assertThat(p.discounted(p.reservationValueOrZero(), 1.0)).isCloseTo(-0.1, within(1e-15));
    }
}
