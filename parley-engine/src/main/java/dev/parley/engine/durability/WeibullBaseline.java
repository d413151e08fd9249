package dev.parley.engine.durability;

/**
 * A Weibull proportional-hazards survival model, time in years: {@code S(t | HR) = exp(−HR·(t/λ)^k)}, hazard
 * {@code HR·(k/λ)(t/λ)^{k−1}}, median {@code λ·(ln 2 / HR)^{1/k}} (reference/conflict-models.md §1.6). A shape
 * k &lt; 1 means failures cluster early, as they do after ceasefires (Fortna's civil-war data: k ≈ 0.45).
 *
 * @param shape k &gt; 0
 * @param scale λ &gt; 0, in years
 */
public record WeibullBaseline(double shape, double scale) {

    public WeibullBaseline {
        Require.positive("shape", shape);
        Require.positive("scale", scale);
    }

    /** H0(t) = (t/λ)^k. */
    public double cumulativeHazard(double years) {
        Require.nonNegative("years", years);
        return Math.pow(years / scale, shape);
    }

    /** h0(t) = (k/λ)(t/λ)^{k−1}. */
    public double hazard(double years) {
        Require.nonNegative("years", years);
        return shape / scale * Math.pow(years / scale, shape - 1.0);
    }

    /** S(t | HR) = exp(−HR·H0(t)). */
    public double survival(double years, double hazardRatio) {
        Require.nonNegative("hazardRatio", hazardRatio);
        return Math.exp(-hazardRatio * cumulativeHazard(years));
    }

    /** The time by which a fraction p has failed under hazard ratio HR: {@code λ·(−ln(1−p)/HR)^{1/k}}. */
    public double quantile(double p, double hazardRatio) {
        Require.probability("p", p);
        Require.positive("hazardRatio", hazardRatio);
        return scale * Math.pow(-Math.log1p(-p) / hazardRatio, 1.0 / shape);
    }

    /** The median survival time under hazard ratio HR. */
    public double median(double hazardRatio) {
        return quantile(0.5, hazardRatio);
    }

    /** The inverse of H0: the time at which H0 reaches h. */
    public double timeOfCumulativeHazard(double h) {
        Require.nonNegative("h", h);
        return scale * Math.pow(h, 1.0 / shape);
    }

    /**
     * The scale that makes {@code P(failure by t) = p} for a given shape — how the defaults are calibrated to an
     * observed recurrence share.
     */
    public static WeibullBaseline calibratedTo(double shape, double years, double failedShare) {
        Require.positive("shape", shape);
        Require.positive("years", years);
        if (!(failedShare > 0.0 && failedShare < 1.0)) {
            throw new IllegalArgumentException("failedShare = " + failedShare + " must lie strictly between 0 and 1");
        }
        return new WeibullBaseline(shape, years / Math.pow(-Math.log1p(-failedShare), 1.0 / shape));
    }
}
