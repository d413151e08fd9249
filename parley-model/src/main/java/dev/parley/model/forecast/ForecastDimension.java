package dev.parley.model.forecast;

import java.util.Objects;

/**
 * One policy dimension of a forecast problem and the scale its positions are measured on.
 *
 * <p>KTAB and DEU use the scale 0–100; the Scholz et al. (2011) example uses dates 4–10. Models that work
 * on the unit interval (KTAB's SMP) map {@code low..high} to {@code 0..1}.
 *
 * @param name the dimension's name (e.g. KTAB's position-column header)
 * @param low  lowest position on the scale
 * @param high highest position on the scale, greater than {@code low}
 */
public record ForecastDimension(String name, double low, double high) {

    public ForecastDimension {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
            throw new IllegalArgumentException("dimension '" + name + "': scale [" + low + ", " + high
                    + "] is invalid (need finite low < high, e.g. [0, 100])");
        }
    }

    /** @return {@code high − low} */
    public double width() {
        return high - low;
    }

    /** @return whether {@code x} lies on this scale (inclusive) */
    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
