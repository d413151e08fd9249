package dev.parley.engine.conflict;

/**
 * The uninformed side's choice between a pooling offer x_S (accepted by both types of B) and a screening offer
 * x_W &gt; x_S (accepted only by the weak type), with a one-step look-ahead: A screens iff
 * {@code μ < μ* = (x_W − x_S)/(x_W − W_A^S)}, W_A^S being A's war value against the strong type
 * (reference/conflict-models.md §1.3(c) [D]).
 */
public final class ScreeningOffer {
    private ScreeningOffer() {
    }

    /** μ*: the belief in a strong B above which A prefers the pooling offer. */
    public static double screeningThreshold(double poolingOffer, double screeningOffer, double warValueVsStrong) {
        if (!(screeningOffer > poolingOffer)) {
            throw new IllegalArgumentException("screeningOffer = " + screeningOffer + " must exceed poolingOffer = "
                    + poolingOffer + " (the weak type concedes more)");
        }
        if (!(screeningOffer > warValueVsStrong)) {
            throw new IllegalArgumentException("screeningOffer = " + screeningOffer
                    + " must exceed A's war value against the strong type = " + warValueVsStrong);
        }
        return (screeningOffer - poolingOffer) / (screeningOffer - warValueVsStrong);
    }

    /** Whether A makes the screening offer at belief μ = P(strong). */
    public static boolean screens(double probabilityStrong, double poolingOffer, double screeningOffer,
                                  double warValueVsStrong) {
        Require.probability("probabilityStrong", probabilityStrong);
        return probabilityStrong < screeningThreshold(poolingOffer, screeningOffer, warValueVsStrong);
    }
}
