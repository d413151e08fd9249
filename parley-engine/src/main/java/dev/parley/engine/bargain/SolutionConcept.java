package dev.parley.engine.bargain;

/**
 * Bargaining solution concepts, named so that the platform conventions cannot be confused
 * (reference/negotiation-platforms.md §1: GENIUS's "Kalai-Smorodinsky" is min Σ|u_i − u_j| on raw utilities,
 * NegMAS's "kalai" is egalitarian, NegMAS's "ks" is the proper Kalai–Smorodinsky point).
 * All except {@link #GENIUS_MIN_ASYMMETRY} are taken over the frontier points that are individually rational
 * for the disagreement point d ({@code u_i >= d_i} for every i).
 */
public enum SolutionConcept {
    /** Nash (1950): maximise Π_i (u_i − d_i). With d = reservation values this is GENIUS's Nash point. */
    NASH,
    /**
     * Kalai–Smorodinsky (1975), ideal-point ratios: the ideal point I_i is the largest rational utility of i;
     * on a finite frontier, the rational point that maximises min_i (u_i − d_i)/(I_i − d_i) (parties with
     * I_i = d_i are left out of the minimum). NegMAS {@code ks_points}.
     */
    KALAI_SMORODINSKY,
    /** Egalitarian (Kalai 1977): maximise min_i (u_i − d_i). NegMAS {@code kalai_points}. */
    EGALITARIAN,
    /** Utilitarian: maximise Σ_i u_i (maximum social welfare). */
    UTILITARIAN,
    /**
     * GENIUS's "Kalai-Smorodinsky" ({@code BidSpace.getKalaiSmorodinsky}): minimise Σ_{i&lt;j} |u_i − u_j| over the
     * whole frontier, on raw utilities, with no disagreement point and no ideal-point normalisation. (GENIUS's
     * multilateral version starts its search at asymmetry 2 and returns nothing when every point exceeds it,
     * reference/negotiation-platforms.md §1; here the minimum is always returned.)
     */
    GENIUS_MIN_ASYMMETRY
}
