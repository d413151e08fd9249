package dev.parley.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Number formatting for reports: up to 6 significant digits, no exponent for everyday magnitudes; and the tables'
 * shapes of estimates (percentages and months to a tenth, correlations to a thousandth).
 */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros();
        return Math.abs(x) >= 1e-4 && Math.abs(x) < 1e12 ? rounded.toPlainString() : rounded.toString();
    }

    /**
     * A proportion in the tables, as a percentage to a tenth: 10,000 draws resolve no finer (a 90% interval is ±0.8
     * points at 50 %). Below 0.1 % two significant digits, so that a rare event does not read 0. A no-break space
     * keeps the number and its % on one line in a narrow column.
     */
    public static String share(double p) {
        return Double.isNaN(p) ? "n/a" : percentNumber(p) + "\u00a0%";
    }

    /** {@link #share} without the % sign, for cells whose header carries it. */
    public static String percentNumber(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        if (Math.abs(p) < ROUNDING_NOISE) {
            return "0";
        }
        double x = 100 * p;
        if (Math.abs(x) < 0.1) {
            return new BigDecimal(x).round(new MathContext(2)).stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.1f", x);
    }

    /**
     * Below this a proportion is 0 up to rounding (the Wilson bound of 0 successes computes as about 1e-19); no run
     * has the 10^12 draws a true proportion this small needs.
     */
    private static final double ROUNDING_NOISE = 1e-12;

    /** A change in a probability, in percentage points to a tenth with its sign: "+18 pts", "−2.5 pts". */
    public static String signedPoints(double change) {
        if (Double.isNaN(change)) {
            return "n/a";
        }
        return (change >= 0 ? "+" : "−") + points(Math.abs(change));
    }

    /** A probability difference (or its standard error) in percentage points to a tenth: "3.9 pts". */
    public static String points(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        return format(Math.round(1000 * p) / 10.0) + " pts";
    }

    /** Months (or another count) to a tenth. */
    public static String tenth(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (Double.isInfinite(x)) {
            return format(x);
        }
        return format(Math.round(10 * x) / 10.0);
    }

    /** A rank correlation to three decimals. */
    public static String correlation(double r) {
        if (Double.isNaN(r)) {
            return "n/a";
        }
        return format(Math.round(1000 * r) / 1000.0);
    }
}
