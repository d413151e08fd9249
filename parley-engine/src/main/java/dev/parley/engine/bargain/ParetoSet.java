package dev.parley.engine.bargain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Pareto frontier with ties kept: the distinct non-dominated utility vectors ("points"), and for each point
 * the outcomes (or input points) that reach it. Points are ordered by the first party's utility descending,
 * then the second's, and so on.
 *
 * <p>Members are {@code long} ids: input point indices for frontiers of a point set
 * ({@link ParetoFrontier#compute}), outcome indices of the {@link dev.parley.engine.space.OutcomeSpace} for
 * {@link AdditiveMergeParetoFrontier}.
 */
public final class ParetoSet {
    /** Lists the members of one point, refusing beyond a limit instead of truncating. */
    interface MemberSource {
        long[] members(int point, long limit);
    }

    private final double[][] points;
    private final long[] counts;
    private final MemberSource members;
    private final double tolerance;
    private final int partyCount;

    ParetoSet(int partyCount, double[][] points, long[] counts, MemberSource members, double tolerance) {
        this.partyCount = partyCount;
        this.points = points;
        this.counts = counts;
        this.members = members;
        this.tolerance = tolerance;
    }

    /**
     * Builds the set from the non-dominated indices of a point set, grouping tied vectors (within tol).
     *
     * @param u            utilities {@code u[party][point]}
     * @param nonDominated indices of the non-dominated points, any order
     * @param tol          tie tolerance
     * @return the frontier
     */
    static ParetoSet fromIndices(double[][] u, int[] nonDominated, double tol) {
        int[] idx = nonDominated.clone();
        IndexSort.sortLexicographicDescending(idx, 0, idx.length, u);
        int k = u.length;
        List<double[]> reps = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        int[] groupSize = new int[idx.length];
        int[] groupOf = new int[idx.length];
        double[] v = new double[k];
        for (int t = 0; t < idx.length; t++) {
            int p = idx[t];
            for (int i = 0; i < k; i++) {
                v[i] = u[i][p];
            }
            int found = -1;
            // groups are created in descending order of the first utility: scan back while still within tol
            for (int g = reps.size() - 1; g >= 0 && reps.get(g)[0] - v[0] <= tol; g--) {
                if (Dominance.tied(reps.get(g), v, tol)) {
                    found = g;
                    break;
                }
            }
            if (found < 0) {
                found = reps.size();
                reps.add(v.clone());
            }
            groupOf[t] = found;
            groupSize[found]++;
        }
        int g = reps.size();
        int[][] mem = new int[g][];
        for (int i = 0; i < g; i++) {
            mem[i] = new int[groupSize[i]];
        }
        int[] fill = new int[g];
        for (int t = 0; t < idx.length; t++) {
            mem[groupOf[t]][fill[groupOf[t]]++] = idx[t];
        }
        long[] counts = new long[g];
        for (int i = 0; i < g; i++) {
            Arrays.sort(mem[i]);
            counts[i] = mem[i].length;
        }
        return new ParetoSet(k, reps.toArray(new double[0][]), counts, (point, limit) -> {
            int[] m = mem[point];
            long[] r = new long[m.length];
            for (int i = 0; i < m.length; i++) {
                r[i] = m[i];
            }
            return r;
        }, tol);
    }

    /**
     * @param keep point indices to keep, ascending
     * @return the frontier restricted to those points (members unchanged)
     */
    ParetoSet subset(int[] keep) {
        double[][] pts = new double[keep.length][];
        long[] cnt = new long[keep.length];
        for (int i = 0; i < keep.length; i++) {
            pts[i] = points[keep[i]];
            cnt[i] = counts[keep[i]];
        }
        int[] map = keep.clone();
        return new ParetoSet(partyCount, pts, cnt, (point, limit) -> members.members(map[point], limit), tolerance);
    }

    /** @return the number of parties */
    public int partyCount() {
        return partyCount;
    }

    /** @return the number of distinct non-dominated utility vectors */
    public int distinctCount() {
        return points.length;
    }

    /** @return a copy of point {@code i}'s utility vector */
    public double[] point(int i) {
        return points[i].clone();
    }

    /** @return party {@code party}'s utility at point {@code i} */
    public double utility(int i, int party) {
        return points[i][party];
    }

    /** @return a copy of all points, {@code [point][party]} */
    public double[][] points() {
        double[][] c = new double[points.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = points[i].clone();
        }
        return c;
    }

    /** @return how many outcomes (ties kept) reach point {@code i} */
    public long outcomeCount(int i) {
        return counts[i];
    }

    /** @return the number of Pareto-optimal outcomes, ties kept */
    public long totalOutcomeCount() {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    /** @return the tolerance the set was computed with */
    public double tolerance() {
        return tolerance;
    }

    /**
     * @param i     point index
     * @param limit the most members the caller accepts
     * @return the member ids of point i, ascending
     * @throws dev.parley.engine.space.SpaceTooLargeException when the point has more than {@code limit} members
     */
    public long[] members(int i, long limit) {
        if (counts[i] > limit) {
            throw new dev.parley.engine.space.SpaceTooLargeException("point " + i + " is reached by " + counts[i]
                    + " outcomes, more than the limit " + limit, "outcomeCount(i) for the exact count, or a larger limit");
        }
        return members.members(i, limit);
    }

    /** @return every member id of every point, ascending (refuses above {@code limit}) */
    public long[] allMembers(long limit) {
        long total = totalOutcomeCount();
        if (total > limit) {
            throw new dev.parley.engine.space.SpaceTooLargeException("the frontier holds " + total
                    + " outcomes, more than the limit " + limit, "totalOutcomeCount() for the exact count, or a larger limit");
        }
        long[] all = new long[(int) total];
        int f = 0;
        for (int i = 0; i < points.length; i++) {
            long[] m = members.members(i, limit);
            System.arraycopy(m, 0, all, f, m.length);
            f += m.length;
        }
        Arrays.sort(all);
        return all;
    }
}
