package dev.parley.engine.montecarlo;

/**
 * The headline outputs of one draw of a scenario.
 *
 * @param zopaAtStart      the ZOPA against W(0) is not empty (bargaining stage at month 0)
 * @param firstRipeMonth   the first month of the ripeness window, or −1 when no assessed month is ripe. This is the
 *                         month <b>talks start</b> in the draw ({@link TalksFromFirstRipeMonth})
 * @param medianDurability median months to renewed war of an agreement signed at {@code firstRipeMonth}; NaN when
 *                         the draw has no ripe month (no signing month to forecast from) or the scenario has no
 *                         durability section; +∞ when the hazard vanishes
 * @param talks            the talks opened at the first ripe month: the agreement (month, terms) and its durability,
 *                         {@link TalksFromFirstRipeMonth.Talks#NONE} without one
 */
public record DrawOutcome(boolean zopaAtStart, int firstRipeMonth, double medianDurability,
                          TalksFromFirstRipeMonth.Talks talks) {

    /** A draw whose talks were not simulated (no agreement recorded). */
    public DrawOutcome(boolean zopaAtStart, int firstRipeMonth, double medianDurability) {
        this(zopaAtStart, firstRipeMonth, medianDurability, TalksFromFirstRipeMonth.Talks.NONE);
    }

    /** The window opened within {@code months} months (month index &lt; months, counting month 0). */
    public boolean ripeWithin(int months) {
        return firstRipeMonth >= 0 && firstRipeMonth < months;
    }

    /** Talks started within {@code months} months: the same event as {@link #ripeWithin}. */
    public boolean talksWithin(int months) {
        return ripeWithin(months);
    }

    /** An agreement was signed within the scenario's horizon. */
    public boolean agreed() {
        return talks.agreed();
    }
}
