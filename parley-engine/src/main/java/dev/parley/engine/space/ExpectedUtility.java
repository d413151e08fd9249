package dev.parley.engine.space;

/**
 * Expected utility of an agreement under credibility and trust (DESIGN.md §4.1):
 * {@code U_i^e(x) = Σ_k w_ik [q_i(x_k)·v_ik(x_k) + (1 − q_i(x_k))·v_ik(nd_k)]} with
 * {@code q_i(o) = q(o)·trust[i][obligor(o)]}: an unkept promise leaves the issue in its no-deal state.
 * It is again additive, so the result is an {@link AdditiveUtility} and every additive algorithm applies.
 */
public final class ExpectedUtility {
    private ExpectedUtility() {
    }

    /**
     * @param space       the outcome space
     * @param valuation   party i's weights, value tables and no-deal options
     * @param commitments credibility and obligor of every option
     * @param trustRow    {@code trust[i][j]} for every party j, in [0, 1]
     * @return {@code U_i^e} as an additive utility
     */
    public static AdditiveUtility of(OutcomeSpace space, PartyValuation valuation, Commitments commitments,
                                     double[] trustRow) {
        int kk = space.issueCount();
        if (valuation.weights().length != kk || commitments.credibility().length != kk) {
            throw new IllegalArgumentException("valuation and commitments must cover the space's " + kk + " issues");
        }
        for (double t : trustRow) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("trust must be in [0, 1], got " + t);
            }
        }
        double[][] c = new double[kk][];
        for (int k = 0; k < kk; k++) {
            double[] v = valuation.values()[k];
            if (v.length != space.optionCount(k) || commitments.credibility()[k].length != space.optionCount(k)) {
                throw new IllegalArgumentException("issue '" + space.issueName(k) + "' has " + space.optionCount(k)
                        + " options; value and credibility tables must match");
            }
            double w = valuation.weights()[k];
            double vNoDeal = v[valuation.noDealOption()[k]];
            c[k] = new double[v.length];
            for (int o = 0; o < v.length; o++) {
                double q = o == valuation.noDealOption()[k] ? 1.0 : commitments.credibilityFor(k, o, trustRow);
                c[k][o] = w * (q * v[o] + (1 - q) * vNoDeal);
            }
        }
        return AdditiveUtility.ofContributions(space, c);
    }
}
