package dev.parley.engine.negotiate;

/**
 * The polynomial time-dependent tactic of Faratin, Sierra &amp; Jennings (1998), "Negotiation decision functions
 * for autonomous agents", Robotics and Autonomous Systems 24(3–4):159–182, §4.2.1, in utility form:
 *
 * <pre>
 *   α(t) = κ + (1 − κ)·t^(1/e)          (Faratin's α_j(t), their β written e here)
 *   u(t) = u_max − (u_max − u_min)·α(t)  t ∈ [0, 1] normalised time
 * </pre>
 *
 * {@code e < 1} is Boulware (holds out, concedes near the deadline), {@code e = 1} linear, {@code e > 1} Conceder.
 * κ is the share of the range conceded at once (Faratin's κ_j; 0 by default, as in GENIUS's
 * {@code TimeDependent_Offering} where {@code f(t) = k + (1 − k)·t^(1/e)}). u_max and u_min are the party's own
 * highest utility and a floor: its lowest utility over the domain unless a floor is given (a fixed reservation
 * value; for a floor that follows W_i(t) wrap the strategy in {@link BatnaAware}).
 */
public final class TimeDependentConcession implements NegotiationStrategy {
    /** Boulware exponent used by GENIUS's BoulwareNegotiationParty, e = 0.2 (see reference/negotiation-platforms.md). */
    public static final double GENIUS_BOULWARE = 0.2;
    /** Conceder exponent used by GENIUS's ConcederNegotiationParty, e = 2. */
    public static final double GENIUS_CONCEDER = 2.0;

    private final double e;
    private final double kappa;
    private final double floor;

    private TimeDependentConcession(double e, double kappa, double floor) {
        if (!(e > 0) || Double.isInfinite(e)) {
            throw new IllegalArgumentException("concession exponent e = " + e
                    + " must be a finite number > 0 (e < 1 Boulware, 1 linear, > 1 Conceder)");
        }
        if (!(kappa >= 0 && kappa <= 1)) {
            throw new IllegalArgumentException("kappa = " + kappa + " must lie in [0, 1] (share conceded at once)");
        }
        this.e = e;
        this.kappa = kappa;
        this.floor = floor;
    }

    /** Concedes from the own maximum to the own minimum over the domain, κ = 0. */
    public static TimeDependentConcession of(double e) {
        return new TimeDependentConcession(e, 0.0, Double.NaN);
    }

    /** With Faratin's κ and a fixed floor u_min (NaN: the own minimum over the domain). */
    public static TimeDependentConcession of(double e, double kappa, double floor) {
        return new TimeDependentConcession(e, kappa, floor);
    }

    /** Boulware with GENIUS's e = 0.2. */
    public static TimeDependentConcession boulware() {
        return of(GENIUS_BOULWARE);
    }

    /** Linear, e = 1. */
    public static TimeDependentConcession linear() {
        return of(1.0);
    }

    /** Conceder with GENIUS's e = 2. */
    public static TimeDependentConcession conceder() {
        return of(GENIUS_CONCEDER);
    }

    /** α(t) = κ + (1 − κ)·t^(1/e). */
    public double concession(double t) {
        double tt = Math.min(1.0, Math.max(0.0, t));
        return kappa + (1.0 - kappa) * Math.pow(tt, 1.0 / e);
    }

    /** u(t) = u_max − (u_max − u_min)·α(t). */
    public double target(double t, double uMax, double uMin) {
        return uMax - (uMax - uMin) * concession(t);
    }

    @Override
    public double target(NegotiationState state) {
        double uMin = Double.isNaN(floor) ? state.minUtility() : floor;
        return target(state.time(), state.maxUtility(), uMin);
    }
}
