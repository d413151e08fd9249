package dev.parley.engine.pipeline;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.RedLines;
import java.util.List;

/**
 * Is there an outcome, crossing no red line, whose additive utilities all reach given floors (u_i(x) ≥ floor_i for
 * every party)? Depth-first over the issues with branch and bound: a partial choice is abandoned as soon as, for
 * some party, its partial sum plus the best the remaining issues could add falls short of the floor. A leaf's
 * utilities are summed in issue order from 0.0, exactly as {@link AdditiveUtility#utility} and the frontier's
 * points are, so a found outcome passes the same comparison they would. The bound is relaxed by a margin many
 * orders of magnitude above the rounding of a 30-term sum, so no outcome that passes is ever pruned: the answer
 * is exact. Typical cost: a few hundred nodes where enumeration visits every outcome.
 */
final class AcceptableOutcomeSearch {

    /** Relative slack of the bound: far above the ~1e-15 rounding of the sums, far below any utility gap. */
    private static final double MARGIN = 1e-9;

    private final int parties;
    private final int issues;
    private final int[][] allowed;
    // contribution[m][o * parties + i]: party i's contribution of option allowed[m][o] of issue m
    private final double[][] contribution;
    // best[m * parties + i]: the most party i can add over issues m..K−1, plus the margin
    private final double[] best;
    // bestSum[m]: the most Σ_i u_i can gain over issues m..K−1 (a bound for the max-sum search only)
    private final double[] bestSum;
    // scale[i]: Σ_m max_o |contribution|, a bound on every partial sum of party i
    private final double[] scale;

    AcceptableOutcomeSearch(List<AdditiveUtility> utilities, RedLines redLines) {
        this.parties = utilities.size();
        this.issues = utilities.get(0).space().issueCount();
        this.allowed = new int[issues][];
        this.contribution = new double[issues][];
        boolean[][] mask = redLines.allowedMask();
        double[] max = new double[issues * parties];
        double[] scale = new double[parties];
        double[] maxSum = new double[issues];
        for (int m = 0; m < issues; m++) {
            int count = 0;
            for (boolean ok : mask[m]) {
                count += ok ? 1 : 0;
            }
            allowed[m] = new int[count];
            contribution[m] = new double[count * parties];
            int c = 0;
            for (int o = 0; o < mask[m].length; o++) {
                if (mask[m][o]) {
                    allowed[m][c++] = o;
                }
            }
            for (int i = 0; i < parties; i++) {
                double hi = Double.NEGATIVE_INFINITY;
                double abs = 0.0;
                for (int a = 0; a < count; a++) {
                    double v = utilities.get(i).contribution(m, allowed[m][a]);
                    contribution[m][a * parties + i] = v;
                    hi = Math.max(hi, v);
                    abs = Math.max(abs, Math.abs(v));
                }
                max[m * parties + i] = hi;
                scale[i] += abs;
            }
            double hiSum = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < count; a++) {
                double v = 0.0;
                for (int i = 0; i < parties; i++) {
                    v += contribution[m][a * parties + i];
                }
                hiSum = Math.max(hiSum, v);
            }
            maxSum[m] = hiSum;
        }
        this.scale = scale;
        this.bestSum = new double[issues + 1];
        for (int m = issues - 1; m >= 0; m--) {
            bestSum[m] = bestSum[m + 1] + maxSum[m];
        }
        this.best = new double[(issues + 1) * parties];
        for (int i = 0; i < parties; i++) {
            double suffix = 0.0;
            double slack = MARGIN * (1.0 + scale[i]);
            best[issues * parties + i] = slack;
            for (int m = issues - 1; m >= 0; m--) {
                suffix += max[m * parties + i];
                best[m * parties + i] = suffix + slack;
            }
        }
    }

    /** @param floor one floor per party (e.g. W_i − tolerance) */
    boolean exists(double[] floor) {
        return search(floor, null, false) != null;
    }

    /**
     * Whether some outcome other than {@code except} (option indices into the allowed options, as
     * {@link #bestSumReaching} returns them) reaches the floors. Exact, like {@link #exists}.
     */
    boolean existsOther(double[] floor, int[] except) {
        return search(floor, except, false) != null;
    }

    /**
     * An outcome reaching the floors with the largest Σ_i u_i the search finds, as indices into each issue's
     * allowed options, or null when none reaches them. The sum bound has no slack, so on near-ties it may settle
     * for a slightly smaller sum: callers may rely on the floors being reached, not on the maximum.
     */
    int[] bestSumReaching(double[] floor) {
        return search(floor, null, true);
    }

    /** The outcome's utility for party i, summed in issue order from 0.0 as the frontier sums it. */
    double utility(int[] choice, int party) {
        double u = 0.0;
        for (int m = 0; m < issues; m++) {
            u += contribution[m][choice[m] * parties + party];
        }
        return u;
    }

    /** Σ_m max_o |contribution of party i|: a bound on the magnitude of every partial sum of party i. */
    double scale(int party) {
        return scale[party];
    }

    int issueCount() {
        return issues;
    }

    /**
     * Depth-first branch and bound. Without maximising: the first leaf reaching the floors (skipping
     * {@code except}). Maximising: the leaf of largest sum, pruning subtrees whose sum bound cannot beat it.
     */
    private int[] search(double[] floor, int[] except, boolean maximise) {
        if (issues == 0) {
            return null;
        }
        for (int m = 0; m < issues; m++) {
            if (allowed[m].length == 0) {
                return null;
            }
        }
        // sums[(m) * parties + i]: party i's sum over issues 0..m−1 of the current partial choice
        double[] sums = new double[(issues + 1) * parties];
        double[] partialSum = new double[issues + 1];
        int[] next = new int[issues];
        int[] found = null;
        double foundSum = Double.NEGATIVE_INFINITY;
        int m = 0;
        if (!promising(sums, 0, floor)) {
            return null;
        }
        while (m >= 0) {
            if (next[m] == allowed[m].length) {
                next[m] = 0;
                m--;
                continue;
            }
            int a = next[m]++;
            int base = m * parties;
            double[] c = contribution[m];
            double sum = partialSum[m];
            for (int i = 0; i < parties; i++) {
                sums[base + parties + i] = sums[base + i] + c[a * parties + i];
                sum += c[a * parties + i];
            }
            partialSum[m + 1] = sum;
            if (m == issues - 1) {
                if (reaches(sums, issues, floor) && !isCurrent(next, except)) {
                    if (!maximise) {
                        return current(next);
                    }
                    if (sum > foundSum) {
                        found = current(next);
                        foundSum = sum;
                    }
                }
            } else if (promising(sums, m + 1, floor)
                    && !(maximise && found != null && sum + bestSum[m + 1] <= foundSum)) {
                m++;
            }
        }
        return found;
    }

    /** The leaf being visited: next[m] − 1 is the option taken at each issue. */
    private static int[] current(int[] next) {
        int[] choice = new int[next.length];
        for (int m = 0; m < next.length; m++) {
            choice[m] = next[m] - 1;
        }
        return choice;
    }

    private static boolean isCurrent(int[] next, int[] except) {
        if (except == null) {
            return false;
        }
        for (int m = 0; m < next.length; m++) {
            if (next[m] - 1 != except[m]) {
                return false;
            }
        }
        return true;
    }

    /** Every party's partial sum over issues 0..m−1 plus its best over issues m.. (with the margin) reaches its floor. */
    private boolean promising(double[] sums, int m, double[] floor) {
        int base = m * parties;
        for (int i = 0; i < parties; i++) {
            if (sums[base + i] + best[base + i] < floor[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean reaches(double[] sums, int m, double[] floor) {
        int base = m * parties;
        for (int i = 0; i < parties; i++) {
            if (!(sums[base + i] >= floor[i])) {
                return false;
            }
        }
        return true;
    }
}
