package dev.parley.engine.durability;

/**
 * A provision's hazard ratio with its plausible range.
 *
 * @param name        the provision
 * @param hazardRatio the central hazard ratio (&gt; 0)
 * @param low         the most protective plausible value
 * @param high        the least protective plausible value
 */
public record ProvisionEffect(String name, double hazardRatio, double low, double high) {

    public ProvisionEffect {
        Require.positive("hazardRatio", hazardRatio);
        Require.positive("low", low);
        Require.positive("high", high);
        if (!(low <= hazardRatio && hazardRatio <= high)) {
            throw new IllegalArgumentException("provision " + name + ": expected low <= hazardRatio <= high, got "
                    + low + ", " + hazardRatio + ", " + high);
        }
    }

    /** The default effect of a known provision. */
    public static ProvisionEffect of(Provision provision) {
        return new ProvisionEffect(provision.name().toLowerCase(java.util.Locale.ROOT), provision.defaultHazardRatio(),
                provision.lowHazardRatio(), provision.highHazardRatio());
    }
}
