package dev.parley.engine.negotiate;

/**
 * The subgame-perfect strategy of two-party alternating offers over a pie of size 1 where each party's utility is
 * its share, found by backward induction over the finite game the protocol actually plays (Ståhl 1972,
 * "Bargaining Theory", Stockholm School of Economics; Rubinstein 1982, "Perfect equilibrium in a bargaining
 * model", Econometrica 50(1):97–109, is its limit as the deadline recedes).
 *
 * <p>In {@link StackedAlternatingOffers} with two parties, turn {@code s = 2·round + party}: the proposer of turn s is
 * party {@code s mod 2}, and its offer is answered at turn s+1. The last answered offer is made at turn
 * {@code S = 2·deadline − 2}, where the proposer takes everything: {@code V_S = 1}. Earlier, the proposer offers the
 * responder j exactly what j would get by refusing, discounted one period: {@code V_s = 1 − δ_j·V_{s+1}}. A
 * responder at turn s accepts a share of at least {@code δ_self·V_s}. For a long deadline V_0 tends to Rubinstein's
 * {@code (1 − δ_B)/(1 − δ_A·δ_B)}, and the first offer is accepted; nothing of that closed form is coded here.
 */
public final class BackwardInductionAlternatingOffers implements NegotiationStrategy {
    private final double[] proposerShare;
    private final double[] delta;

    /**
     * @param delta0         discount factor per offer period of party 0 (the opener), in (0, 1)
     * @param delta1         discount factor of party 1, in (0, 1)
     * @param deadlineRounds the protocol's deadline
     */
    public BackwardInductionAlternatingOffers(double delta0, double delta1, int deadlineRounds) {
        for (double d : new double[] {delta0, delta1}) {
            if (!(d > 0 && d < 1)) {
                throw new IllegalArgumentException("discount factor " + d + " must lie strictly between 0 and 1");
            }
        }
        if (deadlineRounds < 1) {
            throw new IllegalArgumentException("deadlineRounds = " + deadlineRounds + " must be at least 1");
        }
        delta = new double[] {delta0, delta1};
        int turns = 2 * deadlineRounds;
        proposerShare = new double[turns];
        int last = turns - 2;
        proposerShare[turns - 1] = 1.0; // an offer nobody can answer: ask for everything
        proposerShare[last] = 1.0;
        for (int s = last - 1; s >= 0; s--) {
            int responder = (s + 1) % 2;
            proposerShare[s] = 1.0 - delta[responder] * proposerShare[s + 1];
        }
    }

    /** V_s: the proposer's equilibrium share at turn s. */
    public double proposerShare(int turn) {
        return proposerShare[turn];
    }

    private int turn(NegotiationState state) {
        if (state.party() > 1) {
            throw new IllegalStateException("backward induction here is for two parties; party " + state.party()
                    + " is at the table: use it in a two-party negotiation");
        }
        int s = 2 * state.round() + state.party();
        if (s >= proposerShare.length) {
            throw new IllegalStateException("turn " + s + " lies beyond the deadline of " + proposerShare.length / 2
                    + " rounds this strategy was solved for; give it the protocol's deadline");
        }
        return s;
    }

    @Override
    public double target(NegotiationState state) {
        return proposerShare[turn(state)];
    }

    @Override
    public boolean accepts(NegotiationState state, double offerUtility) {
        int s = turn(state);
        double refuse = s < proposerShare.length - 1 ? delta[state.party()] * proposerShare[s] : 0.0;
        return offerUtility >= refuse - state.tolerance();
    }
}
