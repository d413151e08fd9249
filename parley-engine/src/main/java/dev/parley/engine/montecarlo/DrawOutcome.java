package dev.parley.engine.montecarlo;

/**
 * The headline outputs of one draw of a scenario.
 *
 * @param zopaAtStart      the ZOPA against W(0) is not empty (bargaining stage at month 0)
 * @param firstRipeMonth   the first month of the ripeness window, or −1 when no assessed month is ripe
 * @param medianDurability median months to renewed war of an agreement signed at {@code firstRipeMonth}; NaN when
 *                         the draw has no ripe month (no signing month to forecast from) or the scenario has no
 *                         durability section; +∞ when the hazard vanishes
 */
public record DrawOutcome(boolean zopaAtStart, int firstRipeMonth, double medianDurability) {

    /** The window opened within {@code months} months (month index &lt; months, counting month 0). */
    public boolean ripeWithin(int months) {
        return firstRipeMonth >= 0 && firstRipeMonth < months;
    }
}
