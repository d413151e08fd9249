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

    AcceptableOutcomeSearch(List<AdditiveUtility> utilities, RedLines redLines) {
        this.parties = utilities.size();
        this.issues = utilities.get(0).space().issueCount();
        this.allowed = new int[issues][];
        this.contribution = new double[issues][];
        boolean[][] mask = redLines.allowedMask();
        double[] max = new double[issues * parties];
        double[] scale = new double[parties];
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
        if (issues == 0) {
            return false;
        }
        for (int m = 0; m < issues; m++) {
            if (allowed[m].length == 0) {
                return false;
            }
        }
        // sums[(m) * parties + i]: party i's sum over issues 0..m−1 of the current partial choice
        double[] sums = new double[(issues + 1) * parties];
        int[] next = new int[issues];
        int m = 0;
        if (!promising(sums, 0, floor)) {
            return false;
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
            for (int i = 0; i < parties; i++) {
                sums[base + parties + i] = sums[base + i] + c[a * parties + i];
            }
            if (m == issues - 1) {
                if (reaches(sums, issues, floor)) {
                    return true;
                }
            } else if (promising(sums, m + 1, floor)) {
                m++;
            }
        }
        return false;
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
