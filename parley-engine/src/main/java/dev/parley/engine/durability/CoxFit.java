package dev.parley.engine.durability;

/**
 * A fitted Cox proportional-hazards model.
 *
 * @param coefficients         β
 * @param covariance           the inverse observed information at β
 * @param logPartialLikelihood log L(β)
 * @param nullLogLikelihood    log L(0)
 * @param iterations           Newton–Raphson iterations used
 */
public record CoxFit(double[] coefficients, double[][] covariance, double logPartialLikelihood,
                     double nullLogLikelihood, int iterations) {

    /** exp(β_k). */
    public double hazardRatio(int k) {
        return Math.exp(coefficients[k]);
    }

    /** sqrt(Var β_k). */
    public double standardError(int k) {
        return Math.sqrt(covariance[k][k]);
    }

    /** The likelihood-ratio statistic 2(log L(β) − log L(0)). */
    public double likelihoodRatioStatistic() {
        return 2.0 * (logPartialLikelihood - nullLogLikelihood);
    }
}
