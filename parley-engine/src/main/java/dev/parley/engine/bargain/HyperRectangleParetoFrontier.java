package dev.parley.engine.bargain;

import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.SpaceTooLargeException;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.HyperRectangle;
import dev.parley.model.domain.HyperRectangleProfile;
import dev.parley.model.domain.IntegerIssue;
import dev.parley.model.domain.Issue;
import dev.parley.model.domain.UtilityFunctionNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact Pareto frontier of GENIUS hyper-rectangle profiles ({@link HyperRectangleProfile}) over integer issues,
 * without enumerating the product space (ANAC 2014 10issues: 10^10 outcomes).
 *
 * <p>An outcome's utilities depend only on which rectangles contain it. So:
 * <ol>
 * <li>each issue's values are grouped into classes with the same signature (the set of rectangles whose bounds
 * on that issue hold for the value);</li>
 * <li>a dynamic programme over the issues carries, for each set of rectangles whose bounds all still hold (a
 * bit mask), the number of outcome prefixes that reach it: mask ← mask AND signature, count ← count × class
 * size;</li>
 * <li>each final mask gives every party's utility exactly (GENIUS {@code NonlinearUtilitySpace}:
 * min(1, ufun tree / maxutility)), and the frontier of the distinct utility vectors, weighted by their counts,
 * is the frontier of the whole space with ties kept.</li>
 * </ol>
 * The number of outcomes covered is checked to equal the size of the space. Members (outcome indices of
 * {@link #space()}) are listed on demand by a forward search restricted to masks that can still reach the
 * requested point, so listing is output-sensitive; it refuses beyond the caller's limit. At most 64
 * rectangles in total are supported; more are refused with a message.
 *
 * <p>An instance holds the last computation's statistics ({@link #coveredOutcomes()}, {@link #largestLayer()}),
 * so it is not meant to be shared between threads. On 10issues: value classes per issue
 * (6, 7, 5, 5, 4, 7, 4, 4, 9, 6), i.e. 25,401,600 class cells, but at most 115,664 distinct masks per layer.
 */
public final class HyperRectangleParetoFrontier {
    /** Most DP states held at once before refusing (memory about 50 bytes per state). */
    public static final int DEFAULT_MAX_STATES = 50_000_000;
    private final double tolerance;
    private final Domain domain;
    private final List<HyperRectangleProfile> profiles;
    private final OutcomeSpace space;
    private final List<HyperRectangle> rects = new ArrayList<>();
    private final int[][] classOf;     // [issue][value offset] -> class
    private final long[][] classSig;   // [issue][class] -> signature
    private final int[][] classSize;   // [issue][class] -> number of values
    private long coveredOutcomes;
    private int largestLayer;
    private List<LongCountMap> layers;

    /**
     * @param domain    a domain whose issues are all integer
     * @param profiles  one profile per party
     * @param tolerance dominance tolerance (see {@link Dominance})
     */
    public HyperRectangleParetoFrontier(Domain domain, List<HyperRectangleProfile> profiles, double tolerance) {
        Dominance.checkTolerance(tolerance);
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("need at least one profile");
        }
        this.domain = domain;
        this.profiles = List.copyOf(profiles);
        this.tolerance = tolerance;
        OutcomeSpace.Builder b = OutcomeSpace.builder();
        for (Issue i : domain.issues()) {
            if (!(i instanceof IntegerIssue ii)) {
                throw new IllegalArgumentException("hyper-rectangle frontiers need integer issues; issue '" + i.name()
                        + "' is " + i.getClass().getSimpleName());
            }
            b.integerIssue(ii.name(), ii.lowerBound(), ii.upperBound());
        }
        space = b.build();
        for (HyperRectangleProfile p : profiles) {
            collect(p.root(), rects);
        }
        if (rects.size() > 64) {
            throw new IllegalArgumentException("the profiles hold " + rects.size() + " hyper-rectangles; this exact"
                    + " method tracks at most 64 in a bit mask");
        }
        int k = space.issueCount();
        classOf = new int[k][];
        classSig = new long[k][];
        classSize = new int[k][];
        for (int m = 0; m < k; m++) {
            int r = space.optionCount(m);
            long[] sigs = new long[r];
            for (int o = 0; o < r; o++) {
                sigs[o] = signature(m, space.numericValue(m, o));
            }
            long[] distinct = Arrays.stream(sigs).distinct().toArray();
            classOf[m] = new int[r];
            classSig[m] = distinct;
            classSize[m] = new int[distinct.length];
            for (int o = 0; o < r; o++) {
                int c = indexOf(distinct, sigs[o]);
                classOf[m][o] = c;
                classSize[m][c]++;
            }
        }
    }

    private static int indexOf(long[] a, long v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static void collect(UtilityFunctionNode n, List<HyperRectangle> out) {
        out.addAll(n.rectangles());
        for (UtilityFunctionNode c : n.children()) {
            collect(c, out);
        }
    }

    private long signature(int issue, double value) {
        long sig = 0;
        for (int r = 0; r < rects.size(); r++) {
            boolean holds = true;
            for (HyperRectangle.Bound bd : rects.get(r).bounds()) {
                if (bd.issue() == issue && !bd.contains(value)) {
                    holds = false;
                }
            }
            if (holds) {
                sig |= 1L << r;
            }
        }
        return sig;
    }

    /** @return the outcome space (integer issues in domain order); member ids are its outcome indices */
    public OutcomeSpace space() {
        return space;
    }

    /** @return value classes per issue (values no rectangle bound separates) */
    public int[] classCounts() {
        int[] c = new int[classSig.length];
        for (int m = 0; m < c.length; m++) {
            c[m] = classSig[m].length;
        }
        return c;
    }

    /** @return outcomes covered by the last {@link #compute()} (equals the space size) */
    public long coveredOutcomes() {
        return coveredOutcomes;
    }

    /** @return the largest number of DP states (distinct masks) held after one issue in the last computation */
    public int largestLayer() {
        return largestLayer;
    }

    /** @return the exact frontier, ties kept, with outcome counts per point */
    public ParetoSet compute() {
        int k = space.issueCount();
        long all = rects.size() == 64 ? -1L : (1L << rects.size()) - 1;
        List<LongCountMap> ls = new ArrayList<>();
        LongCountMap cur = new LongCountMap(1);
        cur.add(all, 1);
        ls.add(cur);
        largestLayer = 1;
        for (int m = 0; m < k; m++) {
            LongCountMap next = new LongCountMap(cur.size() * 2);
            for (int e = 0; e < cur.size(); e++) {
                long mask = cur.key(e);
                long cnt = cur.value(e);
                for (int c = 0; c < classSig[m].length; c++) {
                    next.add(mask & classSig[m][c], Math.multiplyExact(cnt, classSize[m][c]));
                }
                if (next.size() > DEFAULT_MAX_STATES) {
                    throw new SpaceTooLargeException("the rectangle-set dynamic programme exceeds " + DEFAULT_MAX_STATES
                            + " states at issue " + (m + 1), "a sampled frontier");
                }
            }
            cur = next;
            ls.add(cur);
            largestLayer = Math.max(largestLayer, cur.size());
        }
        layers = ls;
        int n = cur.size();
        int parties = profiles.size();
        double[][] u = new double[parties][n];
        coveredOutcomes = 0;
        for (int e = 0; e < n; e++) {
            long mask = cur.key(e);
            coveredOutcomes = Math.addExact(coveredOutcomes, cur.value(e));
            int offset = 0;
            for (int p = 0; p < parties; p++) {
                HyperRectangleProfile prof = profiles.get(p);
                int[] off = {offset};
                double raw = evaluate(prof.root(), mask, off);
                offset = off[0];
                u[p][e] = Math.min(1.0, raw / prof.maxUtility());
            }
        }
        if (coveredOutcomes != space.size()) {
            throw new IllegalStateException("the programme covered " + coveredOutcomes + " outcomes, not "
                    + space.size());
        }
        int[] nd = PointFrontiers.nonDominated(u, n, tolerance);
        ParetoSet byState = ParetoSet.fromIndices(u, nd, tolerance);
        int g = byState.distinctCount();
        long[] counts = new long[g];
        long[][] stateMasks = new long[g][];
        double[][] points = byState.points();
        for (int p = 0; p < g; p++) {
            long[] states = byState.members(p, Long.MAX_VALUE);
            stateMasks[p] = new long[states.length];
            for (int s = 0; s < states.length; s++) {
                stateMasks[p][s] = cur.key((int) states[s]);
                counts[p] = Math.addExact(counts[p], cur.value((int) states[s]));
            }
        }
        final List<LongCountMap> frozen = layers;
        return new ParetoSet(parties, points, counts, (point, limit) -> members(frozen, stateMasks[point],
                counts[point]), tolerance);
    }

    /** Evaluates a ufun tree for a containment mask; rectangles are numbered in the order {@link #collect} saw them. */
    private double evaluate(UtilityFunctionNode node, long mask, int[] next) {
        double acc = switch (node.aggregation()) {
            case SUM -> 0.0;
            case MIN -> Integer.MAX_VALUE;
            case MAX -> -Integer.MAX_VALUE;
        };
        for (HyperRectangle r : node.rectangles()) {
            boolean contained = (mask & (1L << next[0])) != 0;
            next[0]++;
            double x = (contained != r.exclusive()) ? r.utility() * r.weight() : 0.0;
            acc = combine(node.aggregation(), acc, x);
        }
        for (UtilityFunctionNode c : node.children()) {
            acc = combine(node.aggregation(), acc, evaluate(c, mask, next) * c.weight());
        }
        return acc;
    }

    private static double combine(UtilityFunctionNode.Aggregation a, double acc, double x) {
        return switch (a) {
            case SUM -> acc + x;
            case MIN -> Math.min(acc, x);
            case MAX -> Math.max(acc, x);
        };
    }

    /** Lists the outcomes whose final mask is one of {@code targets}: backward reachability, then forward search. */
    private long[] members(List<LongCountMap> ls, long[] targets, long count) {
        int k = space.issueCount();
        LongCountMap[] useful = new LongCountMap[k + 1];
        useful[k] = new LongCountMap(targets.length);
        for (long t : targets) {
            useful[k].add(t, 1);
        }
        for (int m = k - 1; m >= 0; m--) {
            LongCountMap layer = ls.get(m);
            useful[m] = new LongCountMap(16);
            for (int e = 0; e < layer.size(); e++) {
                long mask = layer.key(e);
                for (long sig : classSig[m]) {
                    if (useful[m + 1].contains(mask & sig)) {
                        useful[m].add(mask, 1);
                        break;
                    }
                }
            }
        }
        long[] out = new long[(int) count];
        int[] fill = {0};
        long all = rects.size() == 64 ? -1L : (1L << rects.size()) - 1;
        forward(0, all, 0L, useful, out, fill);
        if (fill[0] != count) {
            throw new IllegalStateException("listed " + fill[0] + " outcomes, expected " + count);
        }
        Arrays.sort(out);
        return out;
    }

    private void forward(int m, long mask, long prefix, LongCountMap[] useful, long[] out, int[] fill) {
        if (m == space.issueCount()) {
            out[fill[0]++] = prefix;
            return;
        }
        for (int o = 0; o < space.optionCount(m); o++) {
            long nm = mask & classSig[m][classOf[m][o]];
            if (useful[m + 1].contains(nm)) {
                forward(m + 1, nm, prefix + o * space.stride(m), useful, out, fill);
            }
        }
    }

    /** @return the domain this frontier is for */
    public Domain domain() {
        return domain;
    }
}
