package dev.parley.engine.durability;

/**
 * The commitment problem after signing (Powell 2006; DESIGN.md §4.5): rearmament shifts the balance, so party i's
 * value of renewed war moves as {@code W_i(s) = W_i(0) + Δ_i·s}. While every party values the agreement at least as
 * much as renewed war, it is self-enforcing (multiplier 1); once some party's gap {@code W_i(s) − U_i} is positive
 * the hazard rises with it: {@code commitment(s) = exp(γ·max(0, max_i (W_i(s) − U_i)))}. The exponential link and γ
 * are modelling choices (see {@link DurabilityDefaults#COMMITMENT_SENSITIVITY}); Powell's closed-form condition for
 * the declining side lives in {@code dev.parley.engine.conflict.PowellShiftingPower}.
 */
public final class CommitmentTerm {
    private static final CommitmentTerm NONE = new CommitmentTerm(new double[0], new double[0], new double[0], 0.0,
            Double.NaN);

    private final double[] agreementValue;
    private final double[] warValueAtSigning;
    private final double[] warValueDriftPerMonth;
    private final double sensitivity;
    private final double discountPerMonth;

    private CommitmentTerm(double[] agreementValue, double[] warValueAtSigning, double[] warValueDriftPerMonth,
                           double sensitivity, double discountPerMonth) {
        this.agreementValue = agreementValue;
        this.warValueAtSigning = warValueAtSigning;
        this.warValueDriftPerMonth = warValueDriftPerMonth;
        this.sensitivity = sensitivity;
        this.discountPerMonth = discountPerMonth;
    }

    /** No commitment problem: multiplier 1 throughout. */
    public static CommitmentTerm none() {
        return NONE;
    }

    /**
     * @param agreementValue        U_i, each party's (expected) utility of the agreement
     * @param warValueAtSigning     W_i(0), each party's value of renewed war at signing
     * @param warValueDriftPerMonth Δ_i, how much W_i moves per month (see {@link #driftFromRearmament})
     * @param sensitivity           γ ≥ 0 per utility unit of gap
     */
    public static CommitmentTerm of(double[] agreementValue, double[] warValueAtSigning, double[] warValueDriftPerMonth,
                                    double sensitivity) {
        int n = agreementValue.length;
        if (warValueAtSigning.length != n || warValueDriftPerMonth.length != n) {
            throw new IllegalArgumentException("agreementValue, warValueAtSigning and warValueDriftPerMonth need one "
                    + "entry per party; got " + n + ", " + warValueAtSigning.length + ", " + warValueDriftPerMonth.length);
        }
        for (int i = 0; i < n; i++) {
            Require.finite("agreementValue[" + i + "]", agreementValue[i]);
            Require.finite("warValueAtSigning[" + i + "]", warValueAtSigning[i]);
            Require.finite("warValueDriftPerMonth[" + i + "]", warValueDriftPerMonth[i]);
        }
        Require.nonNegative("sensitivity", sensitivity);
        return new CommitmentTerm(agreementValue.clone(), warValueAtSigning.clone(), warValueDriftPerMonth.clone(),
                sensitivity, Double.NaN);
    }

    /**
     * Adds Powell's preventive-war condition for declining sides (Δ_i &lt; 0): with per-month war values normalised
     * like utilities, the most a declining side can be credibly promised is the whole flow this month and its war
     * value afterwards, so it fights at s iff {@code W_i(s) > (1 − δ) + δ·W_i(s+1)} — Powell's
     * {@code W(t) > 1 + δ·W(t+1)} (reference/conflict-models.md §1.2 [D]) with values divided by 1/(1 − δ). The
     * gap then also counts {@code W_i(s) − (1 − δ) − δ·W_i(s+1)}.
     */
    public CommitmentTerm withPowellCondition(double discountPerMonth) {
        if (!(discountPerMonth > 0.0 && discountPerMonth < 1.0)) {
            throw new IllegalArgumentException("discountPerMonth = " + discountPerMonth
                    + " is not a discount factor; expected 0 < delta < 1 (e.g. 0.99)");
        }
        return new CommitmentTerm(agreementValue, warValueAtSigning, warValueDriftPerMonth, sensitivity,
                discountPerMonth);
    }

    /**
     * Δ_i from monthly rearmament rates r_i (in units of war value): own rearmament raises one's war value, the
     * others' lowers it, {@code Δ_i = r_i − mean_{j≠i} r_j}.
     */
    public static double[] driftFromRearmament(double[] rearmamentPerMonth) {
        int n = rearmamentPerMonth.length;
        if (n < 2) {
            throw new IllegalArgumentException("rearmament needs at least 2 parties, got " + n);
        }
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            total += Require.finite("rearmamentPerMonth[" + i + "]", rearmamentPerMonth[i]);
        }
        double[] drift = new double[n];
        for (int i = 0; i < n; i++) {
            drift[i] = rearmamentPerMonth[i] - (total - rearmamentPerMonth[i]) / (n - 1);
        }
        return drift;
    }

    /**
     * max_i (W_i(s) − U_i) at month s, and with {@link #withPowellCondition} also the declining sides'
     * {@code W_i(s) − (1 − δ) − δ·W_i(s+1)} (−∞ when there are no parties).
     */
    public double gap(int month) {
        double gap = Double.NEGATIVE_INFINITY;
        boolean powell = !Double.isNaN(discountPerMonth);
        for (int i = 0; i < agreementValue.length; i++) {
            double now = warValueAtSigning[i] + warValueDriftPerMonth[i] * month;
            gap = Math.max(gap, now - agreementValue[i]);
            if (powell && warValueDriftPerMonth[i] < 0.0) {
                double next = now + warValueDriftPerMonth[i];
                gap = Math.max(gap, now - (1.0 - discountPerMonth) - discountPerMonth * next);
            }
        }
        return gap;
    }

    /** The hazard multiplier for month s. */
    public double multiplier(int month) {
        double gap = gap(month);
        return gap > 0.0 ? Math.exp(sensitivity * gap) : 1.0;
    }

    /** The first month in which the agreement is no longer self-enforcing, or -1 within {@code months}. */
    public int firstUnenforceableMonth(int months) {
        for (int s = 0; s < months; s++) {
            if (gap(s) > 0.0) {
                return s;
            }
        }
        return -1;
    }

    /** Whether this term can ever differ from 1. */
    public boolean isNone() {
        return agreementValue.length == 0 || sensitivity == 0.0;
    }
}
