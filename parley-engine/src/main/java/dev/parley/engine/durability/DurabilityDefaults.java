package dev.parley.engine.durability;

/**
 * Calibrated defaults of the durability model, each with its source.
 *
 * <h2>Shape</h2>
 * k = 0.447: Weibull fit to Fortna's civil-war ceasefire spells ({@code pk&pkept.dta}: 156 spells, 84 failures),
 * reference/conflict-models.md §2.1 [C]; DESIGN.md §4.5 "shape ≈ 0.45". The same shape is used for both agreement
 * types (no per-type estimate is available in the stored data).
 *
 * <h2>Scales — calibration targets from UCDP</h2>
 * UCDP Conflict Termination dataset v2-2015, dyadic (Kreutz 2010, J. Peace Research 47(2); CC BY 4.0). Target =
 * share of dyad episodes ending with the given {@code Outcome} in 1946–2009 after which the same {@code DyadId} is
 * active again within 5 years (first later active year − termination year ≤ 5):
 * <ul>
 *   <li>ceasefire (Outcome 2): 22 of 74 = 0.2973 (Wilson 95 % interval 0.205–0.409)</li>
 *   <li>peace agreement (Outcome 1): 9 of 93 = 0.0968 (0.052–0.174)</li>
 * </ul>
 * (reference/conflict-models.md §2.3 reports the same 30 % and 10 %). Each scale solves
 * {@code 1 − exp(−(5/λ)^k) = target}. The 5-year share is used, not 1- or 2-year shares: UCDP ends an episode only
 * after a full calendar year without fighting, so recurrence within about a year cannot appear in these data.
 * The test {@code UcdpCalibrationTest} (parley-io) recomputes the targets from the data file and checks these
 * constants against them.
 */
public final class DurabilityDefaults {
    /** Weibull shape k (Fortna civil-war ceasefires, reference §2.1). */
    public static final double SHAPE = 0.447;
    /** Ceasefire scale λ in years: F(5 y) = 22/74 (UCDP v2-2015). */
    public static final double CEASEFIRE_SCALE_YEARS = 51.42;
    /** Ceasefire scale at the upper end of the 95 % interval of the target (F(5 y) = 0.409): shorter-lived. */
    public static final double CEASEFIRE_SCALE_LOW_YEARS = 21.00;
    /** Ceasefire scale at the lower end of the 95 % interval of the target (F(5 y) = 0.205). */
    public static final double CEASEFIRE_SCALE_HIGH_YEARS = 134.2;
    /** Peace-agreement scale λ in years: F(5 y) = 9/93 (UCDP v2-2015). */
    public static final double COMPREHENSIVE_SCALE_YEARS = 829.7;
    /** Peace-agreement scale at the upper end of the 95 % interval of the target (F(5 y) = 0.174). */
    public static final double COMPREHENSIVE_SCALE_LOW_YEARS = 203.2;
    /** Peace-agreement scale at the lower end of the 95 % interval of the target (F(5 y) = 0.052). */
    public static final double COMPREHENSIVE_SCALE_HIGH_YEARS = 3551.0;

    /**
     * Hazard multiplier per utility unit by which some party's value of renewed war exceeds its value of the
     * agreement (commitment term). Assumption — no published estimate: a gap of 0.1 doubles the hazard
     * (γ = ln 2 / 0.1). Override from the scenario.
     */
    public static final double COMMITMENT_SENSITIVITY = Math.log(2.0) / 0.1;

    /**
     * Hazard ratio once a commitment is found not to be implemented (compliance term). Assumption — the direction
     * follows the credible-commitment argument (Walter 1997, IO 51(3)); no stored source gives a magnitude.
     */
    public static final double NON_COMPLIANCE_HAZARD_RATIO = 2.0;

    private DurabilityDefaults() {
    }

    /** The default baseline for an agreement type. */
    public static WeibullBaseline baseline(AgreementType type) {
        return new WeibullBaseline(SHAPE, type == AgreementType.CEASEFIRE ? CEASEFIRE_SCALE_YEARS
                : COMPREHENSIVE_SCALE_YEARS);
    }

    /** The baseline at the short-lived end of the calibration interval. */
    public static WeibullBaseline baselineLow(AgreementType type) {
        return new WeibullBaseline(SHAPE, type == AgreementType.CEASEFIRE ? CEASEFIRE_SCALE_LOW_YEARS
                : COMPREHENSIVE_SCALE_LOW_YEARS);
    }

    /** The baseline at the long-lived end of the calibration interval. */
    public static WeibullBaseline baselineHigh(AgreementType type) {
        return new WeibullBaseline(SHAPE, type == AgreementType.CEASEFIRE ? CEASEFIRE_SCALE_HIGH_YEARS
                : COMPREHENSIVE_SCALE_HIGH_YEARS);
    }
}
