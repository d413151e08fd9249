package dev.parley.io.survival;

/**
 * One termination of a dyad episode in the UCDP Conflict Termination dataset (dyadic, v2-2015): the row with
 * {@code Dyadterm = 1}, plus when the same dyad was next active.
 *
 * @param dyadId           UCDP {@code DyadId}
 * @param dyadEpisode      UCDP {@code DyadEp}
 * @param year             the termination year (the episode's last active year)
 * @param outcome          UCDP {@code Outcome}: 1 peace agreement, 2 ceasefire, 3 victory side A, 4 victory side B,
 *                         5 low activity, 6 actor ceases to exist; 0 when not coded
 * @param typeOfConflict   UCDP {@code TypeOfConflict}: 1 extrasystemic, 2 interstate, 3 intrastate,
 *                         4 internationalised intrastate; 0 when not coded
 * @param nextActiveYear   the first later year in which the same dyad is active, or -1 if none in the file
 * @param lastObservedYear the last year covered by the file
 */
public record UcdpTermination(int dyadId, String dyadEpisode, int year, int outcome, int typeOfConflict,
                              int nextActiveYear, int lastObservedYear) {

    /** UCDP outcome code of a peace agreement. */
    public static final int PEACE_AGREEMENT = 1;
    /** UCDP outcome code of a ceasefire. */
    public static final int CEASEFIRE = 2;

    /** Whether the dyad fought again (was active) within the given number of years after the termination year. */
    public boolean recurredWithin(int years) {
        return nextActiveYear > 0 && nextActiveYear - year <= years;
    }

    /** Whether the file covers at least the given number of years after the termination. */
    public boolean observedFor(int years) {
        return lastObservedYear - year >= years;
    }
}
