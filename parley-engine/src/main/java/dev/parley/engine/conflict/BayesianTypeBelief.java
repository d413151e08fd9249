package dev.parley.engine.conflict;

/**
 * A's belief that B is the strong type, updated on battle outcomes (reference/conflict-models.md §1.3(b)). Against
 * a strong B, A wins a battle with probability π_S; against a weak B with π_W > π_S. After k A-wins and m B-wins
 * {@code logit μ' = logit μ + k·ln(π_S/π_W) + m·ln((1−π_S)/(1−π_W))} — Bayes' rule in log-odds, so long runs do not
 * underflow.
 */
public final class BayesianTypeBelief {
    private final double logOdds;
    private final double winVsStrong;
    private final double winVsWeak;

    private BayesianTypeBelief(double logOdds, double winVsStrong, double winVsWeak) {
        this.logOdds = logOdds;
        this.winVsStrong = winVsStrong;
        this.winVsWeak = winVsWeak;
    }

    /**
     * @param priorStrong μ0 = P(B is strong), strictly between 0 and 1
     * @param winVsStrong π_S, A's battle-win probability against a strong B
     * @param winVsWeak   π_W, A's battle-win probability against a weak B
     */
    public static BayesianTypeBelief of(double priorStrong, double winVsStrong, double winVsWeak) {
        Require.openProbability("priorStrong", priorStrong);
        Require.openProbability("winVsStrong", winVsStrong);
        Require.openProbability("winVsWeak", winVsWeak);
        return new BayesianTypeBelief(Math.log(priorStrong / (1.0 - priorStrong)), winVsStrong, winVsWeak);
    }

    /** The posterior after observing {@code winsA} battles won by A and {@code winsB} won by B. */
    public BayesianTypeBelief update(int winsA, int winsB) {
        if (winsA < 0 || winsB < 0) {
            throw new IllegalArgumentException("battle counts must be >= 0, got winsA=" + winsA + ", winsB=" + winsB);
        }
        double shift = winsA * Math.log(winVsStrong / winVsWeak)
                + winsB * Math.log((1.0 - winVsStrong) / (1.0 - winVsWeak));
        return new BayesianTypeBelief(logOdds + shift, winVsStrong, winVsWeak);
    }

    /** μ = P(B is strong). */
    public double probabilityStrong() {
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }

    /** A's predictive probability of winning the next battle, {@code μ π_S + (1 − μ) π_W}. */
    public double predictiveBattleWinA() {
        double mu = probabilityStrong();
        return mu * winVsStrong + (1.0 - mu) * winVsWeak;
    }
}
