package dev.parley.engine.conflict;

/**
 * The complete-information war of attrition, mixed equilibrium with fixed prizes V_i and linear costs c_i·t
 * (simplified Hendricks–Weiss–Wilson 1988; derivation in reference/conflict-models.md §1.4 from the matthewthom.as
 * note). Each side concedes at a constant hazard that keeps the other indifferent: B concedes at
 * {@code λ_B = c_A/V_A}, A at {@code λ_A = c_B/V_B}; the duration is Exp(λ_A + λ_B) and
 * {@code P(A wins) = λ_B/(λ_A + λ_B)}. Each side's expected payoff is 0.
 */
public final class WarOfAttrition {
    private final double hazardA;
    private final double hazardB;

    /**
     * @param prizeA V_A &gt; 0, the value to A of winning
     * @param prizeB V_B &gt; 0
     * @param costA  c_A &gt; 0, A's cost per unit of time
     * @param costB  c_B &gt; 0
     */
    public WarOfAttrition(double prizeA, double prizeB, double costA, double costB) {
        Require.positive("prizeA", prizeA);
        Require.positive("prizeB", prizeB);
        Require.positive("costA", costA);
        Require.positive("costB", costB);
        this.hazardA = costB / prizeB;
        this.hazardB = costA / prizeA;
    }

    /** λ_A: the rate at which A concedes. */
    public double concessionHazardA() {
        return hazardA;
    }

    /** λ_B: the rate at which B concedes. */
    public double concessionHazardB() {
        return hazardB;
    }

    /** P(A wins) = λ_B/(λ_A + λ_B). */
    public double probabilityAWins() {
        return hazardB / (hazardA + hazardB);
    }

    /** E[T] = 1/(λ_A + λ_B). */
    public double expectedDuration() {
        return 1.0 / (hazardA + hazardB);
    }

    /** P(T &gt; t) = exp(−(λ_A + λ_B)·t). */
    public double probabilityStillFighting(double t) {
        Require.nonNegative("t", t);
        return Math.exp(-(hazardA + hazardB) * t);
    }
}
