package dev.parley.report;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for reports: up to 6 significant digits, no exponent for everyday magnitudes. */
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
}
