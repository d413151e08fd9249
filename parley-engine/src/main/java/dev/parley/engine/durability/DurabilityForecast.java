package dev.parley.engine.durability;

import java.util.List;

/**
 * The survival of an agreement month by month, with an interval, and its summary (DESIGN.md §4.5 output).
 * Entry m of the curves is P(no renewed war by the end of month m after signing), m = 0..horizon, entry 0 = 1.
 * The interval is the envelope of the model's plausible parameter ranges (baseline calibration interval and
 * provision hazard-ratio ranges), not a sampling interval.
 *
 * @param survival     central curve
 * @param lower        lower envelope
 * @param upper        upper envelope
 * @param median       median months to renewed war, central (may exceed the horizon: the last month's multipliers
 *                     are then held constant)
 * @param medianLow    median at the lower envelope
 * @param medianHigh   median at the upper envelope
 * @param drivers      components ranked by how much removing them changes P(renewed war within 5 years)
 */
public record DurabilityForecast(double[] survival, double[] lower, double[] upper, double median, double medianLow,
                                 double medianHigh, List<Driver> drivers) {

    /**
     * A component of the hazard and its effect.
     *
     * @param name       what it is ("peacekeepers", "commitment", "compliance", "agreement type")
     * @param effectOn5y P(war within 5 y) with the component minus without it (negative = it protects)
     */
    public record Driver(String name, double effectOn5y) {
    }

    /** An estimate with its interval. */
    public record Interval(double estimate, double low, double high) {
    }

    public DurabilityForecast {
        drivers = List.copyOf(drivers);
    }

    /** The horizon in months. */
    public int horizonMonths() {
        return survival.length - 1;
    }

    /** P(renewed war within the given number of months), with its interval. */
    public Interval warWithin(int months) {
        if (months < 0 || months > horizonMonths()) {
            throw new IllegalArgumentException("months = " + months + " must lie in [0, " + horizonMonths()
                    + "]; forecast a longer horizon");
        }
        return new Interval(1.0 - survival[months], 1.0 - upper[months], 1.0 - lower[months]);
    }

    /** The main driver (largest absolute effect), or null when there is none. */
    public Driver mainDriver() {
        return drivers.isEmpty() ? null : drivers.get(0);
    }
}
