package dev.parley.engine.durability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The monthly hazard of renewed war after signing (DESIGN.md §4.5):
 * {@code h(s) = h0(s)·Π_p HR_p·commitment(s)·compliance(s)}, h0 Weibull (time in years). The multipliers are
 * constant within a month, so the cumulative hazard is exact:
 * {@code H(t) = Σ_{months m < t} M_m·(H0(m+1) − H0(m))}, {@code S(t) = exp(−H(t))}. Product of provision hazard
 * ratios = exp(β·provisions) with β = ln HR.
 */
public final class WeibullHazardDurabilityModel {
    private static final int FIVE_YEARS = 60;

    private final WeibullBaseline central;
    private final WeibullBaseline shortLived;
    private final WeibullBaseline longLived;
    private final WeibullBaseline alternative;
    private final List<ProvisionEffect> provisions;
    private final CommitmentTerm commitment;
    private final ComplianceTerm compliance;

    /**
     * @param central     the baseline
     * @param shortLived  the baseline at the short-lived end of its uncertainty (for the lower envelope)
     * @param longLived   the baseline at the long-lived end
     * @param alternative the other agreement type's baseline, to rank "agreement type" among the drivers (or null)
     * @param provisions  the provisions in force
     * @param commitment  the commitment term ({@link CommitmentTerm#none()} if none)
     * @param compliance  the compliance term ({@link ComplianceTerm#none()} if none)
     */
    public WeibullHazardDurabilityModel(WeibullBaseline central, WeibullBaseline shortLived, WeibullBaseline longLived,
                                        WeibullBaseline alternative, List<ProvisionEffect> provisions,
                                        CommitmentTerm commitment, ComplianceTerm compliance) {
        if (central == null || shortLived == null || longLived == null || commitment == null || compliance == null) {
            throw new IllegalArgumentException("baselines, commitment and compliance are required "
                    + "(use CommitmentTerm.none() / ComplianceTerm.none() when absent)");
        }
        this.central = central;
        this.shortLived = shortLived;
        this.longLived = longLived;
        this.alternative = alternative;
        this.provisions = List.copyOf(provisions);
        this.commitment = commitment;
        this.compliance = compliance;
    }

    /** The model with the calibrated defaults of {@link DurabilityDefaults} and {@link Provision}. */
    public static WeibullHazardDurabilityModel withDefaults(AgreementType type, Set<Provision> provisions,
                                                            CommitmentTerm commitment, ComplianceTerm compliance) {
        AgreementType other = type == AgreementType.CEASEFIRE ? AgreementType.COMPREHENSIVE : AgreementType.CEASEFIRE;
        List<ProvisionEffect> effects = new ArrayList<>();
        for (Provision p : Provision.values()) {
            if (provisions.contains(p)) {
                effects.add(ProvisionEffect.of(p));
            }
        }
        return new WeibullHazardDurabilityModel(DurabilityDefaults.baseline(type), DurabilityDefaults.baselineLow(type),
                DurabilityDefaults.baselineHigh(type), DurabilityDefaults.baseline(other), effects, commitment,
                compliance);
    }

    /** Survival curve, interval, median and drivers over {@code horizonMonths} months (≥ 60 for the 5-year driver). */
    public DurabilityForecast forecast(int horizonMonths) {
        if (horizonMonths < FIVE_YEARS) {
            throw new IllegalArgumentException("horizonMonths = " + horizonMonths
                    + " must be >= 60 to report P(renewed war within 5 years)");
        }
        double hrCentral = 1.0;
        double hrLow = 1.0;
        double hrHigh = 1.0;
        for (ProvisionEffect p : provisions) {
            hrCentral *= p.hazardRatio();
            hrLow *= p.low();
            hrHigh *= p.high();
        }
        double[] dynamic = new double[horizonMonths];
        for (int m = 0; m < horizonMonths; m++) {
            dynamic[m] = commitment.multiplier(m) * compliance.multiplier(m);
        }
        Curve mid = curve(central, hrCentral, dynamic);
        Curve low = curve(shortLived, hrHigh, dynamic);
        Curve high = curve(longLived, hrLow, dynamic);
        return new DurabilityForecast(mid.survival, low.survival, high.survival, mid.median, low.median, high.median,
                drivers(hrCentral, dynamic, mid.survival[FIVE_YEARS], horizonMonths));
    }

    private List<DurabilityForecast.Driver> drivers(double hrCentral, double[] dynamic, double s5, int horizon) {
        List<DurabilityForecast.Driver> out = new ArrayList<>();
        double war5 = 1.0 - s5;
        for (ProvisionEffect p : provisions) {
            double without = 1.0 - curve(central, hrCentral / p.hazardRatio(), dynamic).survival[FIVE_YEARS];
            out.add(new DurabilityForecast.Driver(p.name(), war5 - without));
        }
        if (!commitment.isNone()) {
            double[] only = new double[horizon];
            for (int m = 0; m < horizon; m++) {
                only[m] = compliance.multiplier(m);
            }
            out.add(new DurabilityForecast.Driver("commitment",
                    war5 - (1.0 - curve(central, hrCentral, only).survival[FIVE_YEARS])));
        }
        if (!compliance.isNone()) {
            double[] only = new double[horizon];
            for (int m = 0; m < horizon; m++) {
                only[m] = commitment.multiplier(m);
            }
            out.add(new DurabilityForecast.Driver("compliance",
                    war5 - (1.0 - curve(central, hrCentral, only).survival[FIVE_YEARS])));
        }
        if (alternative != null) {
            out.add(new DurabilityForecast.Driver("agreement type",
                    war5 - (1.0 - curve(alternative, hrCentral, dynamic).survival[FIVE_YEARS])));
        }
        out.sort(Comparator.comparingDouble((DurabilityForecast.Driver d) -> -Math.abs(d.effectOn5y()))
                .thenComparing(DurabilityForecast.Driver::name));
        return out;
    }

    private record Curve(double[] survival, double median) {
    }

    private static Curve curve(WeibullBaseline baseline, double hazardRatio, double[] dynamic) {
        int horizon = dynamic.length;
        double[] survival = new double[horizon + 1];
        survival[0] = 1.0;
        double cumulative = 0.0;
        double previousH0 = 0.0;
        double median = Double.NaN;
        double half = Math.log(2.0);
        for (int m = 0; m < horizon; m++) {
            double h0 = baseline.cumulativeHazard((m + 1) / 12.0);
            double rate = hazardRatio * dynamic[m];
            double next = cumulative + rate * (h0 - previousH0);
            if (Double.isNaN(median) && next >= half) {
                median = 12.0 * baseline.timeOfCumulativeHazard(previousH0 + (half - cumulative) / rate);
            }
            cumulative = next;
            previousH0 = h0;
            survival[m + 1] = Math.exp(-cumulative);
        }
        if (Double.isNaN(median)) {
            double rate = hazardRatio * dynamic[horizon - 1];
            median = rate > 0.0 ? 12.0 * baseline.timeOfCumulativeHazard(previousH0 + (half - cumulative) / rate)
                    : Double.POSITIVE_INFINITY;
        }
        return new Curve(survival, median);
    }
}
