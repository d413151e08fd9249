package dev.parley.engine.negotiate;

/**
 * Aspiration-level adaptation: the aspiration starts at the own maximum and moves each turn a fixed fraction λ of
 * the way towards the best own utility offered so far, never below it,
 *
 * <pre>  A_{n+1} = A_n − λ·(A_n − b_n),   b_n = best own utility among the offers received</pre>
 *
 * the level-of-aspiration model of bargaining of Siegel &amp; Fouraker (1960), "Bargaining and Group Decision
 * Making", McGraw-Hill, in the adaptive form of Sauermann &amp; Selten (1962), "Anspruchsanpassungstheorie der
 * Unternehmung", Zeitschrift für die gesamte Staatswissenschaft 118:577–597 (aspirations adapt to what is
 * attainable). Unlike the time-dependent family it concedes only as far as the others have come; λ is a
 * parameter (no published default). Before any offer is received the aspiration stays at the maximum.
 */
public final class AspirationAdaptation implements NegotiationStrategy {
    private final double lambda;
    private double aspiration = Double.NaN;
    private int lastRound = -1;

    /** @param lambda the share of the gap to the best offer closed per round, in (0, 1] */
    public AspirationAdaptation(double lambda) {
        if (!(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda = " + lambda + " must lie in (0, 1] (share of the gap closed per round)");
        }
        this.lambda = lambda;
    }

    @Override
    public double target(NegotiationState state) {
        if (Double.isNaN(aspiration)) {
            aspiration = state.maxUtility();
        }
        if (state.round() != lastRound) {
            lastRound = state.round();
            double best = state.bestReceivedUtility();
            if (best > Double.NEGATIVE_INFINITY && best < aspiration) {
                aspiration -= lambda * (aspiration - best);
            }
        }
        return aspiration;
    }
}
