package dev.parley.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class WeibullHazardDurabilityModelTest {

    /** Issue 4 / reference §1.7: Weibull PH, k=0.5, λ=10 y, HR 1 vs 0.5. */
    @Test
    void weibullProportionalHazardsTestVector() {
        WeibullBaseline w = new WeibullBaseline(0.5, 10.0);
        assertThat(w.survival(1.0, 1.0)).isCloseTo(0.7289, within(5e-5));
        assertThat(w.survival(1.0, 0.5)).isCloseTo(0.8538, within(5e-5));
        assertThat(w.median(1.0)).isCloseTo(4.805, within(5e-4));
        assertThat(w.median(0.5)).isCloseTo(19.218, within(5e-4));
    }

    @Test
    void calibratedScaleHitsItsTarget() {
        WeibullBaseline w = WeibullBaseline.calibratedTo(0.447, 5.0, 0.3);
        assertThat(1 - w.survival(5.0, 1.0)).isCloseTo(0.3, within(1e-12));
    }

    /** Without time-varying terms the monthly sum must equal the closed-form Weibull PH survival and median. */
    @Test
    void constantMultipliersReproduceTheClosedForm() {
        WeibullBaseline w = new WeibullBaseline(0.5, 10.0);
        WeibullHazardDurabilityModel model = new WeibullHazardDurabilityModel(w, w, w, null,
                List.of(new ProvisionEffect("half", 0.5, 0.5, 0.5)), CommitmentTerm.none(), ComplianceTerm.none());
        DurabilityForecast f = model.forecast(120);
        assertThat(f.survival()[12]).isCloseTo(0.8538, within(5e-5));
        assertThat(f.survival()[12]).isCloseTo(w.survival(1.0, 0.5), within(1e-14));
        assertThat(f.survival()[120]).isCloseTo(w.survival(10.0, 0.5), within(1e-14));
        assertThat(f.median() / 12.0).isCloseTo(19.218, within(5e-4)); // beyond the horizon: extended
        DurabilityForecast unprotected = new WeibullHazardDurabilityModel(w, w, w, null, List.of(),
                CommitmentTerm.none(), ComplianceTerm.none()).forecast(120);
        assertThat(unprotected.median() / 12.0).isCloseTo(4.805, within(5e-4)); // inside the horizon
        assertThat(unprotected.warWithin(12).estimate()).isCloseTo(1 - 0.7289, within(5e-5));
    }

    @Test
    void commitmentRaisesTheHazardOnlyOnceTheAgreementStopsBeingSelfEnforcing() {
        // party 0 values the deal at 0.5; its war value 0.4 rises by 0.004 a month: gap > 0 from month 26
        CommitmentTerm c = CommitmentTerm.of(new double[] {0.5, 0.5}, new double[] {0.4, 0.3},
                new double[] {0.004, -0.004}, 10.0);
        assertThat(c.firstUnenforceableMonth(120)).isEqualTo(26);
        assertThat(c.multiplier(25)).isEqualTo(1.0);
        assertThat(c.multiplier(40)).isCloseTo(Math.exp(10.0 * (0.4 + 0.004 * 40 - 0.5)), within(1e-12));
        WeibullBaseline w = new WeibullBaseline(0.5, 10.0);
        DurabilityForecast with = new WeibullHazardDurabilityModel(w, w, w, null, List.of(), c, ComplianceTerm.none())
                .forecast(60);
        assertThat(with.survival()[26]).isCloseTo(w.survival(26 / 12.0, 1.0), within(1e-14));
        double h0 = w.cumulativeHazard(41 / 12.0) - w.cumulativeHazard(40 / 12.0);
        assertThat(with.survival()[41] / with.survival()[40]).isCloseTo(Math.exp(-c.multiplier(40) * h0), within(1e-14));
        assertThat(with.mainDriver().name()).isEqualTo("commitment");
        assertThat(with.mainDriver().effectOn5y()).isPositive();
    }

    /**
     * With Powell's condition on, a declining side's first unenforceable month must be the period in which
     * {@code PowellShiftingPower} (the closed form, in present-value units) first finds war for the same win
     * probabilities: W(s) = p_s − c with p falling 0.02 a month. With δ = 0.9 the condition
     * W(s) − 0.9·W(s+1) &gt; 0.1 holds iff W(s) &gt; 0.82: war at once from p0 = 0.95, never from p0 = 0.90.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"0.95, 0", "0.90, -1"})
    void powellConditionAgreesWithTheClosedFormScan(double p0, int expectedMonth) {
        double cost = 0.1;
        double delta = 0.9;
        double drift = -0.02;
        // agreement values of 1: only Powell's condition can bind
        CommitmentTerm c = CommitmentTerm.of(new double[] {1.0, 1.0}, new double[] {p0 - cost, 1 - p0 - cost},
                new double[] {drift, -drift}, 5.0).withPowellCondition(delta);
        double[] p = new double[40];
        for (int s = 0; s < p.length; s++) {
            p[s] = p0 + drift * s;
        }
        dev.parley.engine.conflict.PowellShiftingPower.Outcome closed =
                dev.parley.engine.conflict.PowellShiftingPower.firstWarFlowCosts(p, cost, 10.0, delta);
        assertThat(closed.period()).isEqualTo(expectedMonth);
        assertThat(c.firstUnenforceableMonth(39)).isEqualTo(expectedMonth);
        if (expectedMonth >= 0) {
            assertThat(c.gap(expectedMonth)).isCloseTo(closed.margin() * (1 - delta), within(1e-12));
            assertThat(c.multiplier(expectedMonth)).isCloseTo(Math.exp(5.0 * c.gap(expectedMonth)), within(1e-12));
        }
        // without the condition the same agreement is self-enforcing throughout
        assertThat(CommitmentTerm.of(new double[] {1.0, 1.0}, new double[] {p0 - cost, 1 - p0 - cost},
                new double[] {drift, -drift}, 5.0).firstUnenforceableMonth(39)).isEqualTo(-1);
    }

    @Test
    void rearmamentDriftIsOwnRateMinusTheOthers() {
        assertThat(CommitmentTerm.driftFromRearmament(new double[] {0.004, 0.002}))
                .containsExactly(new double[] {0.002, -0.002}, within(1e-15));
        assertThat(CommitmentTerm.driftFromRearmament(new double[] {0.003, 0.0, 0.0}))
                .containsExactly(new double[] {0.003, -0.0015, -0.0015}, within(1e-15));
    }

    @Test
    void complianceAveragesTheNonComplianceRatioOverImplementation() {
        ComplianceTerm c = ComplianceTerm.of(List.of(new ComplianceTerm.Commitment("sanctions relief", 0.3, 0.4, 6),
                new ComplianceTerm.Commitment("withdrawal", 0.8, 1.0, 12)), 2.0);
        assertThat(c.multiplier(5)).isEqualTo(1.0);
        assertThat(c.multiplier(6)).isCloseTo(0.12 + 0.88 * 2.0, within(1e-15));
        assertThat(c.multiplier(12)).isCloseTo((0.12 + 0.88 * 2.0) * (0.8 + 0.2 * 2.0), within(1e-15));
        assertThatThrownBy(() -> ComplianceTerm.of(List.of(), 0.5)).hasMessageContaining("nonComplianceRatio = 0.5");
    }

    @Test
    void defaultsGiveAnOrderedIntervalAndNameTheMainDriver() {
        DurabilityForecast ceasefire = WeibullHazardDurabilityModel.withDefaults(AgreementType.CEASEFIRE,
                EnumSet.noneOf(Provision.class), CommitmentTerm.none(), ComplianceTerm.none()).forecast(120);
        for (int m = 0; m <= 120; m++) {
            assertThat(ceasefire.lower()[m]).isLessThanOrEqualTo(ceasefire.survival()[m]);
            assertThat(ceasefire.survival()[m]).isLessThanOrEqualTo(ceasefire.upper()[m]);
        }
        // the calibration target: 22 of 74 UCDP ceasefires saw renewed war within 5 years
        assertThat(ceasefire.warWithin(60).estimate()).isCloseTo(22.0 / 74.0, within(1e-3));
        assertThat(ceasefire.warWithin(12).estimate()).isLessThan(ceasefire.warWithin(24).estimate());
        assertThat(ceasefire.mainDriver().name()).isEqualTo("agreement type");
        assertThat(ceasefire.mainDriver().effectOn5y()).isCloseTo(22.0 / 74.0 - 9.0 / 93.0, within(2e-3));

        DurabilityForecast guarded = WeibullHazardDurabilityModel.withDefaults(AgreementType.CEASEFIRE,
                EnumSet.of(Provision.PEACEKEEPERS, Provision.MONITORING), CommitmentTerm.none(), ComplianceTerm.none())
                .forecast(120);
        assertThat(guarded.warWithin(60).estimate()).isLessThan(ceasefire.warWithin(60).estimate());
        assertThat(guarded.median()).isGreaterThan(ceasefire.median());
        // H(5 y) of a bare ceasefire is −ln(1 − 22/74); peacekeepers (0.375) and monitoring (0.85) scale it
        double h5 = -Math.log(1 - 22.0 / 74.0);
        double withBoth = 1 - Math.exp(-h5 * 0.375 * 0.85);
        assertThat(guarded.warWithin(60).estimate()).isCloseTo(withBoth, within(1e-3));
        assertThat(guarded.drivers()).extracting(DurabilityForecast.Driver::name)
                .containsExactly("peacekeepers", "agreement type", "monitoring");
        assertThat(guarded.mainDriver().effectOn5y()).isCloseTo(withBoth - (1 - Math.exp(-h5 * 0.85)), within(1e-3));
    }

    @Test
    void shortHorizonIsRejectedWithAHint() {
        assertThatThrownBy(() -> WeibullHazardDurabilityModel.withDefaults(AgreementType.CEASEFIRE,
                EnumSet.noneOf(Provision.class), CommitmentTerm.none(), ComplianceTerm.none()).forecast(24))
                .hasMessageContaining("horizonMonths = 24").hasMessageContaining(">= 60");
    }
}
