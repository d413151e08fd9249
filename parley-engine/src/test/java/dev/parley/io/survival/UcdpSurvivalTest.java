package dev.parley.io.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.parley.engine.durability.CensoredWeibullFit;
import dev.parley.engine.durability.CoxFit;
import dev.parley.engine.durability.CoxProportionalHazardsFit;
import dev.parley.engine.durability.KaplanMeierCurve;
import dev.parley.engine.durability.KaplanMeierEstimator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The survival estimators on the UCDP file: recurrence after ceasefires and peace agreements (yearly data, many
 * ties). Reference values from an independent Python computation, see
 * {@code src/test/resources/dev/parley/io/survival/reference/}.
 */
class UcdpSurvivalTest {
    private static SurvivalData data;

    @BeforeAll
    static void read() throws Exception {
        try (Reader r = new InputStreamReader(
                UcdpSurvivalTest.class.getResourceAsStream("ucdp-term-dyadic-2015.csv"), StandardCharsets.UTF_8)) {
            List<UcdpTermination> terminations = new UcdpTerminationReader().read(r, "ucdp-term-dyadic-2015.csv");
            data = UcdpRecurrence.survival(terminations,
                    o -> o == UcdpTermination.PEACE_AGREEMENT || o == UcdpTermination.CEASEFIRE,
                    UcdpTermination.CEASEFIRE);
        }
    }

    @Test
    void rowsMatchTheReferenceConstruction() {
        assertThat(data.rows()).isEqualTo(185);
        assertThat(java.util.Arrays.stream(data.event()).sum()).isEqualTo(52);
        assertThat(java.util.Arrays.stream(data.covariate(0)).sum()).isEqualTo(86.0);
    }

    @Test
    void kaplanMeierAfterCeasefires() {
        int n = 0;
        for (double[] row : data.covariates()) {
            n += row[0] == 1.0 ? 1 : 0;
        }
        double[] time = new double[n];
        int[] event = new int[n];
        int k = 0;
        for (int r = 0; r < data.rows(); r++) {
            if (data.covariates()[r][0] == 1.0) {
                time[k] = data.stop()[r];
                event[k++] = data.event()[r];
            }
        }
        KaplanMeierCurve km = new KaplanMeierEstimator().estimate(time, event);
        assertThat(km.survivalAt(2)).isCloseTo(0.833333, within(5e-7));
        assertThat(km.survivalAt(3)).isCloseTo(0.736715, within(5e-7));
        assertThat(km.survivalAt(5)).isCloseTo(0.686061, within(5e-7));
        assertThat(km.standardErrorAt(5)).isCloseTo(0.051122, within(5e-7));
        CensoredWeibullFit.Result weibull = new CensoredWeibullFit().fit(time, event);
        assertThat(weibull.baseline().shape()).isCloseTo(0.617690, within(1e-5));
        assertThat(weibull.baseline().scale()).isCloseTo(61.710973, within(1e-3));
    }

    @Test
    void coxCeasefireVersusPeaceAgreement() {
        CoxFit breslow = new CoxProportionalHazardsFit(CoxProportionalHazardsFit.Ties.BRESLOW)
                .fit(data.start(), data.stop(), data.event(), data.covariates());
        assertThat(breslow.coefficients()[0]).isCloseTo(0.850163, within(1e-5));
        assertThat(breslow.standardError(0)).isCloseTo(0.288621, within(1e-5));
        CoxFit efron = new CoxProportionalHazardsFit(CoxProportionalHazardsFit.Ties.EFRON)
                .fit(data.start(), data.stop(), data.event(), data.covariates());
        assertThat(efron.coefficients()[0]).isCloseTo(0.879011, within(1e-5));
        assertThat(efron.standardError(0)).isCloseTo(0.288446, within(1e-5));
        // ceasefires fail faster than peace agreements (DESIGN.md §4.5)
        assertThat(efron.hazardRatio(0)).isGreaterThan(1.0);
    }
}
