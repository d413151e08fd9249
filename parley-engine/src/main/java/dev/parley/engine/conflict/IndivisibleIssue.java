package dev.parley.engine.conflict;

/**
 * Fearon's indivisible issue: only x ∈ {0, 1} is feasible. War occurs iff both sides prefer war to getting
 * nothing: {@code p − c_A > 0} and {@code 1 − p − c_B > 0}. A lottery that gives A everything with probability q
 * restores peace for risk-neutral sides iff {@code q ∈ [p − c_A, p + c_B]} (reference/conflict-models.md §1.1 [D]).
 */
public final class IndivisibleIssue {
    private IndivisibleIssue() {
    }

    /** Whether war occurs when the good can only be given whole to one side. */
    public static boolean warWithoutLottery(double p, double costA, double costB) {
        Require.probability("p", p);
        Require.nonNegative("costA", costA);
        Require.nonNegative("costB", costB);
        return p - costA > 0.0 && 1.0 - p - costB > 0.0;
    }

    /** The lottery probabilities q (A gets everything with probability q) that both risk-neutral sides prefer to war. */
    public static BargainingRange peacefulLotteries(double p, double costA, double costB) {
        BargainingRange range = FearonBargainingRange.riskNeutral(p, costA, costB);
        return new BargainingRange(Math.max(0.0, range.lower()), Math.min(1.0, range.upper()));
    }
}
