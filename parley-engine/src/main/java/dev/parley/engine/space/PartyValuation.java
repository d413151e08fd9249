package dev.parley.engine.space;

/**
 * One party's valuation of a space, as plain arrays (independent of any file format): issue weights, value
 * tables and the no-deal option of each issue.
 *
 * @param weights      {@code w_k}, one per issue, used as given (see {@link AdditiveUtility#of})
 * @param values       {@code v_k[o]}, one table per issue, one entry per option
 * @param noDealOption {@code nd_k}: index of the option that is the state of issue k if there is no deal
 */
public record PartyValuation(double[] weights, double[][] values, int[] noDealOption) {
    public PartyValuation {
        if (weights.length != values.length || weights.length != noDealOption.length) {
            throw new IllegalArgumentException("weights (" + weights.length + "), value tables (" + values.length
                    + ") and no-deal options (" + noDealOption.length + ") must have one entry per issue");
        }
        for (int k = 0; k < values.length; k++) {
            if (noDealOption[k] < 0 || noDealOption[k] >= values[k].length) {
                throw new IllegalArgumentException("no-deal option " + noDealOption[k] + " of issue " + k
                        + " is outside 0.." + (values[k].length - 1));
            }
        }
    }

    /** @return the plain (fully credible) utility {@code Σ_k w_k·v_k[x_k]} */
    public AdditiveUtility utility(OutcomeSpace space) {
        return AdditiveUtility.of(space, weights, values);
    }
}
