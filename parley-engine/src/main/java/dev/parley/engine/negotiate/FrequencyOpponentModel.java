package dev.parley.engine.negotiate;

import dev.parley.engine.space.OutcomeSpace;

/**
 * A frequency opponent model (DESIGN.md §4.4: "the outcome best for the opponent under a frequency opponent
 * model"): for each other party j, how often j has proposed each option of each issue, and an issue weight that
 * grows when j keeps an issue unchanged between consecutive offers (an issue one does not concede on is one that
 * matters). This is the classic frequency model of the ANAC agents (HardHeaded, van Krimpen, Looije &amp;
 * Hajizadeh 2013; surveyed by Baarslag, Hendrikx, Hindriks &amp; Jonker 2016, "Learning about the opponent in automated
 * bilateral negotiation", JAAMAS 30:849–898).
 *
 * <p>Estimate of j's utility of x: {@code Σ_k ŵ_jk · n_jk[x_k] / max_o n_jk[o]}, ŵ normalised to sum 1; before j's
 * first offer every outcome scores 0. The weight increment per unchanged issue is {@link #WEIGHT_INCREMENT}.
 */
public final class FrequencyOpponentModel {
    /**
     * Increment of an issue's (unnormalised) weight when the opponent keeps it unchanged, starting from 1 per
     * issue. A design default of the same order as HardHeaded's learning coefficient; only the ranking of the
     * candidates within the near-tie window depends on it.
     */
    public static final double WEIGHT_INCREMENT = 0.1;

    private final OutcomeSpace space;
    private final int issues;
    private final double[][][] counts; // [party][issue][option]
    private final double[][] maxCount; // [party][issue]
    private final double[][] weights; // [party][issue], unnormalised
    private final double[] weightSum;
    // term[party][issue][option] = weights·counts / maxCount, the summand of the estimate, kept current by observe:
    // candidates are weighed many times between two offers
    private final double[][][] term;
    private final int[][] last; // last proposal of each party, or null entries until the first
    private final boolean[] seen;
    private final int[] scratch;
    private final int[] stride; // the space's strides; an enumerated space's indices fit an int


    /** @param space the outcome space; {@code parties} the number of parties at the table */
    public FrequencyOpponentModel(OutcomeSpace space, int parties) {
        this.space = space;
        this.issues = space.issueCount();
        counts = new double[parties][issues][];
        term = new double[parties][issues][];
        maxCount = new double[parties][issues];
        weights = new double[parties][issues];
        weightSum = new double[parties];
        last = new int[parties][issues];
        seen = new boolean[parties];
        scratch = new int[issues];
        if (space.size() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the outcome space has " + space.size() + " outcomes, more than an"
                    + " int index addresses; negotiate over an enumerable space (NegotiationDomain enumerates it)");
        }
        stride = new int[issues];
        for (int k = 0; k < issues; k++) {
            stride[k] = (int) space.stride(k);
        }
        for (int j = 0; j < parties; j++) {
            for (int k = 0; k < issues; k++) {
                counts[j][k] = new double[space.optionCount(k)];
                term[j][k] = new double[space.optionCount(k)];
                weights[j][k] = 1.0;
            }
            weightSum[j] = issues;
        }
    }

    /** Records that party j proposed outcome x. */
    public void observe(int party, int outcome) {
        decode(outcome);
        double[][] c = counts[party];
        for (int k = 0; k < issues; k++) {
            int o = scratch[k];
            double v = ++c[k][o];
            if (v > maxCount[party][k]) {
                maxCount[party][k] = v;
            }
            if (seen[party] && last[party][k] == o) {
                weights[party][k] += WEIGHT_INCREMENT;
                weightSum[party] += WEIGHT_INCREMENT;
            }
            last[party][k] = o;
        }
        seen[party] = true;
        for (int k = 0; k < issues; k++) {
            double w = weights[party][k];
            double m = maxCount[party][k];
            double[] t = term[party][k];
            for (int o = 0; o < t.length; o++) {
                t[o] = w * c[k][o] / m;
            }
        }
    }

    /** The estimate of party j's utility of outcome x, in [0, 1]; 0 before j's first offer. */
    public double estimate(int party, int outcome) {
        if (!seen[party]) {
            return 0.0;
        }
        decode(outcome);
        return estimateDecoded(party, scratch);
    }

    /** Σ over the parties other than {@code self} of their estimates of x. */
    public double othersEstimate(int self, int outcome) {
        decode(outcome);
        double s = 0.0;
        for (int j = 0; j < counts.length; j++) {
            if (j != self && seen[j]) {
                s += estimateDecoded(j, scratch);
            }
        }
        return s;
    }

    /**
     * {@link OutcomeSpace#decode} into {@code scratch} with int arithmetic: this runs for every candidate offer
     * weighed, and an int division is cheaper than the long one the space needs in general.
     */
    private void decode(int outcome) {
        if (outcome < 0 || outcome >= space.size()) {
            throw new IllegalArgumentException("outcome index " + outcome + " is outside 0.." + (space.size() - 1));
        }
        int rest = outcome;
        for (int k = 0; k < issues; k++) {
            int o = rest / stride[k];
            scratch[k] = o;
            rest -= o * stride[k];
        }
    }

    private double estimateDecoded(int party, int[] x) {
        double s = 0.0;
        double[][] t = term[party];
        for (int k = 0; k < issues; k++) {
            s += t[k][x[k]];
        }
        return s / weightSum[party];
    }
}
