package dev.parley.engine.conflict;

/**
 * Powell's (2006) commitment problem under shifting power, in its standard infinite-horizon form. Each period a
 * flow of 1 is divided; p_t = probability that A wins a war started at t (a known sequence, constant after its
 * last element); war is absorbing. With per-period flow costs the war values are
 * {@code W_A(t) = (p_t − c_A)/(1 − δ)} and {@code W_B(t) = (1 − p_t − c_B)/(1 − δ)}; with lump-sum costs
 * {@code W_A(t) = p_t/(1 − δ) − C_A}.
 *
 * <p>From t+1 on the rising side can hold the declining side to its war value, so the most the declining side can
 * be credibly promised at t is the whole flow today and then its war value: a side fights at t iff
 * {@code W(t) > 1 + δ·W(t+1)}. This inequality is a derivation of Powell's mechanism (reference/conflict-models.md
 * §1.2 [D]), not a quotation from the paper.
 */
public final class PowellShiftingPower {

    /** Which side starts the war. */
    public enum Side { A, B }

    /**
     * The first period in which some side prefers war, or peace.
     *
     * @param period the first t where the inequality holds, or -1 for peace
     * @param side   the side that fights (null for peace)
     * @param margin {@code W(t) − (1 + δ·W(t+1))} of that side at that period (for peace: the largest margin seen,
     *               always ≤ 0)
     */
    public record Outcome(int period, Side side, double margin) {
        /** Whether war occurs at some period. */
        public boolean war() {
            return period >= 0;
        }
    }

    private PowellShiftingPower() {
    }

    /**
     * One-step shift with flow costs: the declining side A (p_t > p_{t+1}) fights iff
     * {@code δ·(p_t − p_{t+1}) > (1 − δ)·(1 − p_t + c_A)}.
     */
    public static boolean declinerFights(double pNow, double pNext, double costA, double delta) {
        Require.probability("pNow", pNow);
        Require.probability("pNext", pNext);
        Require.nonNegative("costA", costA);
        Require.discount("delta", delta);
        return delta * (pNow - pNext) > (1.0 - delta) * (1.0 - pNow + costA);
    }

    /**
     * The discount factor above which the declining side A fights over a one-step shift p_t → p_{t+1} with flow
     * costs: {@code δ* = (1 − p_t + c_A) / ((p_t − p_{t+1}) + (1 − p_t + c_A))}.
     */
    public static double thresholdDiscount(double pNow, double pNext, double costA) {
        Require.probability("pNow", pNow);
        Require.probability("pNext", pNext);
        Require.nonNegative("costA", costA);
        if (!(pNext < pNow)) {
            throw new IllegalArgumentException("pNext = " + pNext + " must be below pNow = " + pNow
                    + " for A to be the declining side; swap the roles (p → 1 − p) for a declining B");
        }
        double keep = 1.0 - pNow + costA;
        return keep / ((pNow - pNext) + keep);
    }

    /** Scans a sequence of A's win probabilities with per-period flow costs c_A, c_B. */
    public static Outcome firstWarFlowCosts(double[] pA, double costA, double costB, double delta) {
        Require.nonNegative("costA", costA);
        Require.nonNegative("costB", costB);
        Require.discount("delta", delta);
        double scale = 1.0 / (1.0 - delta);
        return scan(pA, delta, t -> (pA[t] - costA) * scale, t -> (1.0 - pA[t] - costB) * scale);
    }

    /** Scans a sequence of A's win probabilities with one-off (lump-sum) war costs C_A, C_B. */
    public static Outcome firstWarLumpSumCosts(double[] pA, double lumpCostA, double lumpCostB, double delta) {
        Require.nonNegative("lumpCostA", lumpCostA);
        Require.nonNegative("lumpCostB", lumpCostB);
        Require.discount("delta", delta);
        double scale = 1.0 / (1.0 - delta);
        return scan(pA, delta, t -> pA[t] * scale - lumpCostA, t -> (1.0 - pA[t]) * scale - lumpCostB);
    }

    private static Outcome scan(double[] pA, double delta, java.util.function.IntToDoubleFunction warA,
                                java.util.function.IntToDoubleFunction warB) {
        if (pA.length == 0) {
            throw new IllegalArgumentException("pA is empty; give at least one win probability");
        }
        for (int t = 0; t < pA.length; t++) {
            Require.probability("pA[" + t + "]", pA[t]);
        }
        double bestMargin = Double.NEGATIVE_INFINITY;
        int last = pA.length - 1;
        for (int t = 0; t < pA.length; t++) {
            int next = Math.min(t + 1, last);
            double marginA = warA.applyAsDouble(t) - (1.0 + delta * warA.applyAsDouble(next));
            double marginB = warB.applyAsDouble(t) - (1.0 + delta * warB.applyAsDouble(next));
            if (marginA > 0.0 || marginB > 0.0) {
                return marginA >= marginB ? new Outcome(t, Side.A, marginA) : new Outcome(t, Side.B, marginB);
            }
            bestMargin = Math.max(bestMargin, Math.max(marginA, marginB));
        }
        return new Outcome(-1, null, bestMargin);
    }
}
