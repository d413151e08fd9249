package dev.parley.engine.conflict;

import java.util.function.DoubleUnaryOperator;

/**
 * What party i's value of fighting on, W_i(t) of DESIGN.md §4.3, depends on — as plain parameters:
 * <pre>
 *   W_i(t) = (1 − δ) Σ_{s=t}^{H−1} δ^{s−t} E_i[ u_i(f(s)) − c_i(s)·1{undecided at s} ] + δ^{H−t} E_i[ u_i(f(H)) ]
 *   u_i(f) = fixedUtility + frontUtility(f),   c_i(s) = costPerMonth + costGrowthPerMonth·s
 * </pre>
 * i.e. the design's {@code (1−δ) Σ_{s≥t} δ^{s−t} E_i[Σ_k w_ik v_ik(nd_k(s)) − c_i(s)]} with the path frozen after the
 * horizon H (f(s) = f(H) and no costs for s ≥ H). Two choices the design leaves open, made here: costs stop once the
 * front is decided (f = 0 or 1 ends the war — as in the gambler's-ruin war value P_A − c·E[T]); and the expectation
 * is under the party's own walk (its own drift: mutual optimism).
 *
 * @param walk               the front under party i's beliefs
 * @param fixedUtility       Σ_k w_ik v_ik(nd_k) over the issues whose no-deal state does not follow the front
 * @param frontUtility       Σ_k w_ik v_ik(f) over the issues that follow the front, as a function of f ∈ [0,1]
 * @param costPerMonth       c_i at month 0, utility units per month
 * @param costGrowthPerMonth added to the monthly cost each month (hurting may rise)
 * @param discountPerMonth   δ ∈ (0,1)
 * @param horizonMonths      H ≥ 0, counted from the scenario start (month 0)
 */
public record FightingValueProblem(FrontRandomWalk walk, double fixedUtility, DoubleUnaryOperator frontUtility,
                                   double costPerMonth, double costGrowthPerMonth, double discountPerMonth,
                                   int horizonMonths) {

    public FightingValueProblem {
        if (walk == null || frontUtility == null) {
            throw new IllegalArgumentException("walk and frontUtility are required");
        }
        Require.finite("fixedUtility", fixedUtility);
        Require.finite("costPerMonth", costPerMonth);
        Require.finite("costGrowthPerMonth", costGrowthPerMonth);
        Require.discount("discountPerMonth", discountPerMonth);
        if (horizonMonths < 0) {
            throw new IllegalArgumentException("horizonMonths = " + horizonMonths + " must be >= 0");
        }
    }

    /** u_i(f): the no-deal utility of front state f. */
    public double utility(double front) {
        return fixedUtility + frontUtility.applyAsDouble(front);
    }

    /** c_i(s). */
    public double cost(int month) {
        return costPerMonth + costGrowthPerMonth * month;
    }
}
