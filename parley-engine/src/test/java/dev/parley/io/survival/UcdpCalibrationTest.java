package dev.parley.io.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.parley.engine.durability.AgreementType;
import dev.parley.engine.durability.DurabilityDefaults;
import dev.parley.engine.durability.WeibullBaseline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the durability calibration targets from the UCDP Conflict Termination file (dyadic v2-2015) and checks
 * that the engine's defaults reproduce them. Targets: share of terminations in 1946–2009 after which the same dyad
 * is active again within 5 years — ceasefires (Outcome 2) and peace agreements (Outcome 1).
 */
class UcdpCalibrationTest {
    /** Tolerance on P(renewed war within 5 y): the defaults are the calibrated scales rounded to 4 digits. */
    private static final double TOLERANCE = 1e-3;
    private static List<UcdpTermination> terminations;

    @BeforeAll
    static void read() throws Exception {
        try (Reader r = new InputStreamReader(
                UcdpCalibrationTest.class.getResourceAsStream("ucdp-term-dyadic-2015.csv"), StandardCharsets.UTF_8)) {
            terminations = new UcdpTerminationReader().read(r, "ucdp-term-dyadic-2015.csv");
        }
    }

    /** The counts of reference/conflict-models.md §2.3 (735 dyad-episode terminations; 7 without outcome). */
    @Test
    void terminationsAndOutcomeCountsMatchTheReferenceNotes() {
        assertThat(terminations).hasSize(735);
        Map<Integer, Integer> byOutcome = new TreeMap<>();
        for (UcdpTermination t : terminations) {
            byOutcome.merge(t.outcome(), 1, Integer::sum);
        }
        assertThat(byOutcome).containsExactlyEntriesOf(
                new TreeMap<>(Map.of(0, 7, 1, 99, 2, 86, 3, 137, 4, 64, 5, 279, 6, 63)));
        assertThat(terminations.get(0).lastObservedYear()).isEqualTo(2014);
    }

    @Test
    void recurrenceTargetsMatchTheReferenceNotes() {
        UcdpRecurrence.Share ceasefire = UcdpRecurrence.share(terminations, UcdpTermination.CEASEFIRE, 5, 2009);
        UcdpRecurrence.Share peace = UcdpRecurrence.share(terminations, UcdpTermination.PEACE_AGREEMENT, 5, 2009);
        // reference/conflict-models.md §2.3: ceasefire 30 % (n=74), peace agreement 10 % (n=93)
        assertThat(ceasefire).isEqualTo(new UcdpRecurrence.Share(22, 74));
        assertThat(peace).isEqualTo(new UcdpRecurrence.Share(9, 93));
        assertThat(UcdpRecurrence.share(terminations, 5, 5, 2009).fraction()).isCloseTo(0.44, within(0.005));
    }

    @Test
    void defaultBaselinesReproduceTheTargets() {
        checkType(AgreementType.CEASEFIRE, UcdpTermination.CEASEFIRE);
        checkType(AgreementType.COMPREHENSIVE, UcdpTermination.PEACE_AGREEMENT);
    }

    private static void checkType(AgreementType type, int outcome) {
        UcdpRecurrence.Share share = UcdpRecurrence.share(terminations, outcome, 5, 2009);
        double target = share.fraction();
        assertThat(1 - DurabilityDefaults.baseline(type).survival(5.0, 1.0)).as("%s central", type)
                .isCloseTo(target, within(TOLERANCE));
        // the interval ends are the Wilson 95 % score interval of the target share
        double[] wilson = wilson(share.recurred(), share.episodes());
        assertThat(1 - DurabilityDefaults.baselineLow(type).survival(5.0, 1.0)).as("%s short-lived", type)
                .isCloseTo(wilson[1], within(TOLERANCE));
        assertThat(1 - DurabilityDefaults.baselineHigh(type).survival(5.0, 1.0)).as("%s long-lived", type)
                .isCloseTo(wilson[0], within(TOLERANCE));
        // and the calibration is reproducible from the target alone
        WeibullBaseline recalibrated = WeibullBaseline.calibratedTo(DurabilityDefaults.SHAPE, 5.0, target);
        assertThat(DurabilityDefaults.baseline(type).scale()).isCloseTo(recalibrated.scale(),
                within(recalibrated.scale() * 1e-3));
    }

    private static double[] wilson(int k, int n) {
        double z = 1.959963984540054;
        double p = (double) k / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
        return new double[] {centre - half, centre + half};
    }
}
