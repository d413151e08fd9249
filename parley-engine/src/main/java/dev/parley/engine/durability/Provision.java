package dev.parley.engine.durability;

/**
 * Agreement provisions with their default hazard ratios and plausible ranges. The direction (all &lt; 1) is
 * established by Fortna (2003, "Scraps of Paper? Agreements and the Durability of Peace", International
 * Organization 57(2)): "the creation of demilitarized zones, explicit third-party guarantees, peacekeeping, and joint
 * commissions for dispute resolution affect the duration of peace" (reference/conflict-models.md §2.2 [V]). Only
 * the peacekeeping magnitude is sourced; the others are marked as assumptions — override them from the scenario.
 */
public enum Provision {
    /**
     * Peacekeepers: HR 0.375, range [0.25, 0.5]. Fortna: peacekeepers reduce the risk of renewed fighting by 50–75 %
     * (secondary: PKSOI paper p.16, reference/conflict-models.md §2.1 [S]); default = midpoint of that range.
     */
    PEACEKEEPERS(0.375, 0.25, 0.5, "Fortna (2004, 2008): peacekeeping cuts the risk of renewed war by 50-75% "
            + "(via PKSOI paper p.16, secondary)"),
    /** Demilitarised zone: HR 0.75, range [0.5, 1.0]. Direction from Fortna 2003; magnitude an assumption. */
    DMZ(0.75, 0.5, 1.0, "direction: Fortna (2003) IO 57(2); magnitude: assumption (not in the stored sources)"),
    /** Explicit third-party guarantee: HR 0.75, range [0.5, 1.0]. Direction from Fortna 2003; magnitude assumed. */
    THIRD_PARTY_GUARANTEE(0.75, 0.5, 1.0,
            "direction: Fortna (2003) IO 57(2); Walter (1997): third-party enforcement made settlements hold; "
                    + "magnitude: assumption"),
    /** Joint commission for dispute resolution: HR 0.8, range [0.6, 1.0]. Direction Fortna 2003; magnitude assumed. */
    JOINT_COMMISSION(0.8, 0.6, 1.0, "direction: Fortna (2003) IO 57(2); magnitude: assumption"),
    /**
     * Monitoring (observers without a force): HR 0.85, range [0.6, 1.0]. Treated as a weaker form of peacekeeping;
     * magnitude an assumption.
     */
    MONITORING(0.85, 0.6, 1.0, "assumption: a weaker form of peacekeeping (Fortna 2003/2004 direction)");

    private final double hazardRatio;
    private final double low;
    private final double high;
    private final String source;

    Provision(double hazardRatio, double low, double high, String source) {
        this.hazardRatio = hazardRatio;
        this.low = low;
        this.high = high;
        this.source = source;
    }

    /** The default hazard ratio. */
    public double defaultHazardRatio() {
        return hazardRatio;
    }

    /** The lower end of the plausible range (the most protective). */
    public double lowHazardRatio() {
        return low;
    }

    /** The upper end of the plausible range. */
    public double highHazardRatio() {
        return high;
    }

    /** Where the default comes from. */
    public String source() {
        return source;
    }
}
