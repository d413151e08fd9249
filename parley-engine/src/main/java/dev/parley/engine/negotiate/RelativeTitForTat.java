package dev.parley.engine.negotiate;

/**
 * Relative tit-for-tat, after Faratin, Sierra &amp; Jennings (1998) §4.3.1 ("relative tit-for-tat": the agent
 * reproduces, in percentage terms, the behaviour its opponent showed δ steps earlier), here in own-utility terms
 * with a window of one step: if the others' latest offer raised my utility by the factor
 * {@code g = u(o_n) / u(o_{n−1})} over their previous offer, I lower my own target by the same factor,
 *
 * <pre>  T_{n+1} = min(u_max, max(u_min, T_n / g))</pre>
 *
 * starting at T_0 = u_max (the first two turns, before any concession can be observed, ask for the maximum, as
 * Faratin's imitative tactics start from the initial offer). A hardening opponent (g &lt; 1) makes me harden in
 * turn. With more than two parties the "others' offers" are all offers I received, in order. u_min is the own
 * minimum over the domain; wrap in {@link BatnaAware} for a floor at W_i(t). Acceptance: the default AC_next.
 */
public final class RelativeTitForTat implements NegotiationStrategy {
    private double target = Double.NaN;
    private int seen;

    @Override
    public double target(NegotiationState state) {
        if (Double.isNaN(target)) {
            target = state.maxUtility();
        }
        int n = state.receivedCount();
        if (n >= 2 && n != seen) {
            double latest = state.receivedUtility(0);
            double previous = state.receivedUtility(1);
            if (previous > 0 && latest > 0) {
                target = target * previous / latest;
            }
            target = Math.min(state.maxUtility(), Math.max(state.minUtility(), target));
        }
        seen = n;
        return target;
    }
}
