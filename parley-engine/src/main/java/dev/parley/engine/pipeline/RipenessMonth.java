package dev.parley.engine.pipeline;

import dev.parley.engine.conflict.RipenessAssessment;

/**
 * One month of the ripeness timeline.
 *
 * @param front         E[f(t)]
 * @param noDealValues  W_i(t) per decider
 * @param bestAgreement per decider, the best expected utility U_i^e it could get from an agreement every other
 *                      decider accepts (u_j ≥ W_j for all j ≠ i, nobody's red line crossed); −∞ when no outcome
 *                      satisfies the others
 * @param costs         c_i(t) per decider
 * @param assessment    stalemate, hurting, way out and the reasons for each failed condition
 */
public record RipenessMonth(double front, double[] noDealValues, double[] bestAgreement, double[] costs,
                            RipenessAssessment assessment) {

    public RipenessMonth {
        noDealValues = noDealValues.clone();
        bestAgreement = bestAgreement.clone();
        costs = costs.clone();
    }

    public int month() {
        return assessment.month();
    }

    public boolean ripe() {
        return assessment.ripe();
    }

    @Override
    public double[] noDealValues() {
        return noDealValues.clone();
    }

    @Override
    public double[] bestAgreement() {
        return bestAgreement.clone();
    }

    @Override
    public double[] costs() {
        return costs.clone();
    }
}
