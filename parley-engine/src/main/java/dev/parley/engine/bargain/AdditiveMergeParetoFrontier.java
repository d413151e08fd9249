package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import dev.parley.engine.space.SpaceTooLargeException;

import java.util.Arrays;
import java.util.List;

/**
 * Exact Pareto frontier of additive utilities over a product space by per-issue partial-frontier merging
 * (DESIGN.md §4.2), without enumerating the Cartesian product.
 *
 * <p>Why it is exact: with additive utilities, if an outcome's restriction to issues {@code 0..m} is strictly
 * dominated by another partial choice, swapping that part in dominates the whole outcome. So after each issue
 * only the non-dominated partial sums are kept (ties kept, with back-pointers), and the last level is the
 * frontier. Partial sums are accumulated in issue order from 0.0, exactly as {@link AdditiveUtility#utility}
 * does, so the points are bit-identical to enumeration. Cost: Σ_m |F_m|·r_m points pushed through the 2-party
 * fastest point-set frontier for the number of parties ({@link PointFrontiers}), where |F_m| is the partial frontier size.
 * Candidate t of a level is the previous level's point t / r extended by option t % r; the previous points come
 * sorted and rounding is monotone, so each option's candidates form one nearly sorted run, which the sweeps' sort
 * merges instead of sorting from scratch (the same order, at about log₂ r comparisons per candidate).
 *
 * <p>An invariant others rely on ({@code ScenarioStageContext.BargainingSpace.acceptableFrontierPointProven}
 * proves way-out tests without the frontier by it): a level loses a candidate, by dropping it or filing it under
 * another group's representative, only when another candidate of that level is within the tolerance of it (plus
 * the rounding of the test) on every utility. Keep it when changing how the sweeps or the grouping drop points.
 *
 * <p>Red lines are honoured by skipping the forbidden options. When a partial frontier would exceed
 * {@link #maxPartialPoints} candidates the computation stops with a {@link SpaceTooLargeException} (the
 * frontier itself is then too large to list), never truncating.
 */
public final class AdditiveMergeParetoFrontier {
    /** Default limit on the candidates of one merge step (memory about 40 bytes per candidate per party). */
    public static final long DEFAULT_MAX_PARTIAL_POINTS = 20_000_000L;
    private final double tolerance;
    private final long maxPartialPoints;

    /** Uses {@link Dominance#DEFAULT_TOLERANCE} and {@link #DEFAULT_MAX_PARTIAL_POINTS}. */
    public AdditiveMergeParetoFrontier() {
        this(Dominance.DEFAULT_TOLERANCE, DEFAULT_MAX_PARTIAL_POINTS);
    }

    /**
     * @param tolerance        dominance tolerance, {@code >= 0}
     * @param maxPartialPoints the most candidates one merge step may hold
     */
    public AdditiveMergeParetoFrontier(double tolerance, long maxPartialPoints) {
        Dominance.checkTolerance(tolerance);
        if (maxPartialPoints < 1) {
            throw new IllegalArgumentException("maxPartialPoints must be positive, got " + maxPartialPoints);
        }
        this.tolerance = tolerance;
        this.maxPartialPoints = maxPartialPoints;
    }

    /**
     * @param parties one additive utility per party, all over the same space
     * @return the frontier over the whole space; member ids are outcome indices
     */
    public ParetoSet compute(List<AdditiveUtility> parties) {
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("need at least one party's utility");
        }
        return compute(parties, RedLines.none(parties.get(0).space()));
    }

    /**
     * @param parties  one additive utility per party, all over the same space
     * @param redLines options no outcome may use (e.g. the union of every party's red lines)
     * @return the frontier of the outcomes that cross no red line; member ids are outcome indices
     */
    public ParetoSet compute(List<AdditiveUtility> parties, RedLines redLines) {
        int k = parties.size();
        if (k == 0) {
            throw new IllegalArgumentException("need at least one party's utility");
        }
        OutcomeSpace space = parties.get(0).space();
        for (AdditiveUtility p : parties) {
            if (p.space() != space) {
                throw new IllegalArgumentException("all utilities must be over the same OutcomeSpace instance");
            }
        }
        int issues = space.issueCount();
        // level 0: the empty choice
        double[][] vec = new double[k][1];
        long[] count = {1L};
        Level[] levels = new Level[issues];
        for (int m = 0; m < issues; m++) {
            int r = space.optionCount(m);
            int[] allowed = new int[r];
            int na = 0;
            for (int o = 0; o < r; o++) {
                if (!redLines.forbids(m, o)) {
                    allowed[na++] = o;
                }
            }
            int prev = count.length;
            long cands = (long) prev * na;
            if (cands > maxPartialPoints) {
                throw new SpaceTooLargeException("merging issue '" + space.issueName(m) + "' (" + (m + 1) + " of "
                        + issues + ") needs " + cands + " candidate partial outcomes, above the limit "
                        + maxPartialPoints + "; the frontier itself is too large to list",
                        "a larger maxPartialPoints, or a solution concept on a sampled frontier");
            }
            int c = (int) cands;
            double[][] cu = new double[k][c];
            for (int i = 0; i < k; i++) {
                double[] contrib = parties.get(i).contributions(m);
                double[] from = vec[i];
                double[] to = cu[i];
                int t = 0;
                for (int j = 0; j < prev; j++) {
                    double base = from[j];
                    for (int a = 0; a < na; a++) {
                        to[t++] = base + contrib[allowed[a]];
                    }
                }
            }
            // candidate t is the previous point t / na extended by option allowed[t % na]
            int[] nd = PointFrontiers.nonDominated(cu, c, tolerance, na);
            Grouping groups = Grouping.of(cu, nd, tolerance);
            int g = groups.count();
            double[][] nvec = new double[k][g];
            long[] ncount = new long[g];
            int[] start = groups.start();
            int[] members = groups.members();
            int[] parent = new int[members.length];
            int[] option = new int[members.length];
            for (int p = 0; p < g; p++) {
                int rep = groups.representative(p);
                for (int i = 0; i < k; i++) {
                    nvec[i][p] = cu[i][rep];
                }
                long s = 0;
                for (int f = start[p]; f < start[p + 1]; f++) {
                    int cm = members[f];
                    parent[f] = cm / na;
                    option[f] = allowed[cm - parent[f] * na];
                    s = Math.addExact(s, count[parent[f]]);
                }
                ncount[p] = s;
            }
            levels[m] = new Level(start, parent, option);
            vec = nvec;
            count = ncount;
        }
        int g = count.length;
        double[][] points = new double[g][k];
        for (int p = 0; p < g; p++) {
            for (int i = 0; i < k; i++) {
                points[p][i] = vec[i][p];
            }
        }
        final long[] finalCount = count;
        return new ParetoSet(k, points, finalCount, (point, limit) -> {
            long[] out = new long[(int) finalCount[point]];
            int[] fill = {0};
            collect(levels, space, issues - 1, point, 0L, out, fill);
            Arrays.sort(out);
            return out;
        }, tolerance);
    }

    private static void collect(Level[] levels, OutcomeSpace space, int m, int node, long suffix, long[] out,
                                int[] fill) {
        Level lv = levels[m];
        for (int e = lv.start[node]; e < lv.start[node + 1]; e++) {
            long idx = suffix + lv.option[e] * space.stride(m);
            if (m == 0) {
                out[fill[0]++] = idx;
            } else {
                collect(levels, space, m - 1, lv.parent[e], idx, out, fill);
            }
        }
    }

    /**
     * The non-dominated candidates of one level grouped into tied points exactly as {@link ParetoSet#fromIndices}
     * groups them (same representatives, same order, same members), without building the intermediate set: in
     * lexicographic descending order, a candidate joins the latest group whose representative is tied with it
     * (every utility within the tolerance), else opens a group it represents. Members are CSR, ascending.
     */
    private static final class Grouping {
        private final int count;
        private final int[] representative;
        private final int[] start;
        private final int[] members;

        private Grouping(int count, int[] representative, int[] start, int[] members) {
            this.count = count;
            this.representative = representative;
            this.start = start;
            this.members = members;
        }

        static Grouping of(double[][] u, int[] nonDominated, double tol) {
            int n = nonDominated.length;
            int[] idx = nonDominated.clone();
            // the 2- and 3-party sweeps return this order already; then the sort only confirms it
            IndexSort.sortLexicographicDescending(idx, 0, n, u);
            double[] first = u[0];
            int[] rep = new int[n];
            int[] groupOf = new int[n];
            int[] size = new int[n + 1];
            int g = 0;
            for (int t = 0; t < n; t++) {
                int p = idx[t];
                int found = -1;
                // groups open in descending order of the first utility: scan back while still within tol
                for (int q = g - 1; q >= 0 && first[rep[q]] - first[p] <= tol; q--) {
                    if (tied(u, rep[q], p, tol)) {
                        found = q;
                        break;
                    }
                }
                if (found < 0) {
                    found = g;
                    rep[g++] = p;
                }
                groupOf[t] = found;
                size[found + 1]++;
            }
            int[] start = new int[g + 1];
            for (int q = 0; q < g; q++) {
                start[q + 1] = start[q] + size[q + 1];
            }
            int[] fill = Arrays.copyOf(start, g);
            int[] members = new int[n];
            for (int t = 0; t < n; t++) {
                members[fill[groupOf[t]]++] = idx[t];
            }
            for (int q = 0; q < g; q++) {
                if (start[q + 1] - start[q] > 1) {
                    Arrays.sort(members, start[q], start[q + 1]);
                }
            }
            return new Grouping(g, rep, start, members);
        }

        /** {@link Dominance#tied} on points a and b of {@code u[party][point]}. */
        private static boolean tied(double[][] u, int a, int b, double tol) {
            for (double[] col : u) {
                if (Math.abs(col[a] - col[b]) > tol) {
                    return false;
                }
            }
            return true;
        }

        int count() {
            return count;
        }

        int representative(int group) {
            return representative[group];
        }

        /** Offsets into {@link #members()}: group q holds {@code members[start[q]..start[q+1])}; length count+1. */
        int[] start() {
            return start;
        }

        int[] members() {
            return members;
        }
    }

    /** Back-pointers of one level, CSR: node p's entries are {@code start[p]..start[p+1]}. */
    private static final class Level {
        final int[] start;
        final int[] parent;
        final int[] option;

        Level(int[] start, int[] parent, int[] option) {
            this.start = start;
            this.parent = parent;
            this.option = option;
        }
    }
}
