package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.durability.AgreementType;
import dev.parley.engine.durability.DurabilityDefaults;
import dev.parley.engine.durability.WeibullBaseline;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Historical checks of the durability model on the shipped cases (issue 4), against the UCDP-calibrated ceasefire
 * baseline (reference/conflict-models.md §2.3: 30 % recurrence within 5 years after ceasefires) and the known
 * outcomes: the Korean armistice of July 1953 has held (§2.5); Minsk II (February 2015) failed with the full-scale
 * invasion of February 2022, 84 months after signing.
 */
class ScenarioDurabilityTest {

    private static Scenario central(String file) {
        LoadedScenario loaded = ScenarioReader.read(Path.of("..", "scenarios", file));
        return loaded.parameters().centralCase(loaded.scenario());
    }

    @Test
    void koreanArmisticeOutlivesTheMedianUcdpCeasefire() {
        // Signed in month 24 of the scenario (July 1953).
        ScenarioDurability.Result korea = ScenarioDurability.of(central("korea-1953.yaml"), 24, 1L,
                ScenarioDurability.DEFAULT_HORIZON_MONTHS);
        WeibullBaseline ceasefire = DurabilityDefaults.baseline(AgreementType.CEASEFIRE);
        // The UCDP ceasefire median, λ·(ln 2)^{1/k}: 51.42 · 0.6931^{1/0.447} ≈ 22.7 years ≈ 272 months.
        double ucdpMedianMonths = 12 * ceasefire.median(1.0);
        assertThat(ucdpMedianMonths).isCloseTo(272.0, within(1.0));
        assertThat(korea.forecast().median()).isGreaterThan(ucdpMedianMonths);
        // Survival above the ceasefire baseline at every month reported (DMZ, joint commission, monitoring and a
        // guarantee outweigh the one commitment of the deal, neutral custody of prisoners).
        double[] s = korea.forecast().survival();
        for (int m = 1; m < s.length; m++) {
            assertThat(s[m]).isGreaterThan(ceasefire.survival(m / 12.0, 1.0));
        }
        assertThat(korea.provisions()).containsExactly("dmz", "joint_commission", "monitoring",
                "third_party_guarantee");
        assertThat(korea.agreement()).hasValueSatisfying(a -> assertThat(a).contains("pow=neutral-custody",
                "dmz=dmz-4km", "mac=mac"));
        // Equal rearmament on both sides (0.001 a month each): no shift, no commitment problem.
        assertThat(korea.warValueDrift()).containsExactly(0.0, 0.0);
        assertThat(korea.firstUnenforceableMonth()).isEqualTo(-1);
    }

    @Test
    void minskFailureAt84MonthsLiesInTheCentral80PercentOfItsPredictedDuration() {
        ScenarioDurability.Result minsk = ScenarioDurability.of(central("minsk-2015.yaml"), 0, 1L, 240);
        double failedBy84 = minsk.forecast().warWithin(84).estimate();
        assertThat(failedBy84).isBetween(0.10, 0.90);
        assertThat(minsk.monthOfFailureShare(0.10)).isLessThan(84);
        assertThat(minsk.monthOfFailureShare(0.90)).isGreaterThan(84).isNotEqualTo(-1);
        // The ceasefire baseline alone gives F(84) = 1 − exp(−(7/51.42)^0.447) = 0.41; Minsk's rearmament (Ukraine
        // 0.004 a month vs Russia 0.002) makes the deal unenforceable within the first year, and the heavy-weapons
        // commitment (q = 0.3 × mean trust) adds the compliance term.
        assertThat(failedBy84).isGreaterThan(1 - DurabilityDefaults.baseline(AgreementType.CEASEFIRE)
                .survival(7.0, 1.0));
        assertThat(minsk.firstUnenforceableMonth()).isBetween(0, 12);
        assertThat(minsk.forecast().mainDriver().name()).isEqualTo("agreement type");
    }

    @Test
    void ukraineWithoutAPredictedDealIsPricedAtTheValuesOfNoDeal() {
        ScenarioDurability.Result ukraine = ScenarioDurability.of(central("ukraine-2025.yaml"), 0, 1L,
                ScenarioDurability.DEFAULT_HORIZON_MONTHS);
        // Month 0 of the central case has an empty ZOPA (Washington's W exceeds every deal the others accept).
        assertThat(ukraine.agreement()).isEmpty();
        assertThat(ukraine.commitments()).isEmpty();
        assertThat(ukraine.agreementValues()).containsExactly(ukraine.warValues());
        // Rearmament UA 0.003 + 0.002 (renewed-hostilities), RU 0.002 + 0.001 + 0.0005: Δ_UA = 0.005 − 0.0035.
        assertThat(ukraine.warValueDrift()[0]).isCloseTo(0.0015, within(1e-12));
        assertThat(ukraine.firstUnenforceableMonth()).isEqualTo(1);
        // With no provisions, P(war within 5 years) exceeds the ceasefire baseline's 0.297 (UCDP 22 of 74).
        assertThat(ukraine.forecast().warWithin(60).estimate()).isGreaterThan(0.2973);
    }

    /**
     * Durability of given terms (the negotiated ones): the Nash point's own terms give exactly the Nash forecast;
     * other terms change the compliance term by their commitments — here Minsk's elections under OSCE standards,
     * promised by the separatists (credibility 0.3; trust: the mean of the other deciders' — Kiev's, 0.05 in the file
     * and lower in the central case, and Moscow's 0.9).
     */
    @Test
    void agreedTermsReplaceTheNashPointAndCarryTheirCommitments() {
        Scenario minsk = central("minsk-2015.yaml");
        ScenarioStageContext ctx = ScenarioStageContext.of(minsk);
        ScenarioDurability.Result nash = ScenarioDurability.of(ctx, 0, 240);
        int[] nashTerms = ScenarioDurability.nashTerms(ctx, 0).orElseThrow();
        ScenarioDurability.Result same = ScenarioDurability.ofAgreement(ctx, 0, nashTerms, 240);
        assertThat(same.forecast().survival()).containsExactly(nash.forecast().survival());
        assertThat(same.agreementValues()).containsExactly(nash.agreementValues(), within(1e-12));

        assertThat(minsk.trust("RU", "SEP")).isEqualTo(0.9);
        assertThat(minsk.trust("UA", "SEP")).isLessThanOrEqualTo(0.05);
        int elections = 4;
        assertThat(minsk.issues().get(elections).id()).isEqualTo("elections");
        int[] osce = nashTerms.clone();
        osce[elections] = 1; // options [separatist-run, osce-standards]
        ScenarioDurability.Result withElections = ScenarioDurability.ofAgreement(ctx, 0, osce, 240);
        assertThat(withElections.agreement()).hasValueSatisfying(a -> assertThat(a).contains("elections=osce-standards"));
        assertThat(withElections.commitments()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("elections = osce-standards (by SEP)");
            assertThat(c.credibility()).isEqualTo(0.3);
            assertThat(c.trust()).isCloseTo((minsk.trust("UA", "SEP") + 0.9) / 2, within(1e-12));
        });
        // one more promise that is likely broken: the deal fails sooner
        assertThat(withElections.forecast().warWithin(60).estimate())
                .isGreaterThan(same.forecast().warWithin(60).estimate());
    }
}
