package dev.parley.engine.space;

/**
 * Credibility of the options as commitments (DESIGN.md §4.1): option o of issue k is a promise by obligor
 * party {@code obligor[k][o]} with credibility {@code credibility[k][o]} in [0, 1]. An obligor of -1 means
 * nobody has to deliver it (e.g. a no-deal state): then trust does not apply and the credibility is used as
 * given.
 *
 * @param credibility {@code q(o)} per issue and option, in [0, 1]
 * @param obligor     obligor party index per issue and option, or -1
 */
public record Commitments(double[][] credibility, int[][] obligor) {
    public Commitments {
        if (credibility.length != obligor.length) {
            throw new IllegalArgumentException("credibility and obligor tables need one row per issue each");
        }
        for (int k = 0; k < credibility.length; k++) {
            if (credibility[k].length != obligor[k].length) {
                throw new IllegalArgumentException("issue " + k + ": " + credibility[k].length
                        + " credibilities but " + obligor[k].length + " obligors");
            }
            for (double q : credibility[k]) {
                if (!(q >= 0 && q <= 1)) {
                    throw new IllegalArgumentException("credibility must be in [0, 1], got " + q + " on issue " + k);
                }
            }
        }
    }

    /** @return commitments that are all fully credible with no obligor */
    public static Commitments fullyCredible(OutcomeSpace space) {
        double[][] q = new double[space.issueCount()][];
        int[][] ob = new int[space.issueCount()][];
        for (int k = 0; k < q.length; k++) {
            q[k] = new double[space.optionCount(k)];
            java.util.Arrays.fill(q[k], 1.0);
            ob[k] = new int[space.optionCount(k)];
            java.util.Arrays.fill(ob[k], -1);
        }
        return new Commitments(q, ob);
    }

    /**
     * @param k     issue
     * @param o     option
     * @param trust {@code trust[j]}: the evaluating party's trust in party j, in [0, 1]
     * @return {@code q_i(o) = q(o)·trust[obligor(o)]}, or {@code q(o)} when there is no obligor
     */
    public double credibilityFor(int k, int o, double[] trust) {
        int j = obligor[k][o];
        double q = credibility[k][o];
        if (j < 0) {
            return q;
        }
        if (j >= trust.length) {
            throw new IllegalArgumentException("obligor " + j + " of issue " + k + " option " + o
                    + " has no trust entry (trust row has " + trust.length + ")");
        }
        return q * trust[j];
    }
}
