package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * ZOPA at a month t (DESIGN.md §4.2): the outcomes x with {@code U_i^e(x) >= W_i(t)} for every party and
 * ratifier, none crossing a red line. Inputs are plain: the parties' (expected) additive utilities, their values
 * of no deal W_i(t) as numbers, and the red lines.
 *
 * <ul>
 * <li>Frontier: exact at any size, by {@link AdditiveMergeParetoFrontier} on the red-line-free space, keeping
 * the points with u ≥ W (a point dominating a ZOPA outcome is itself in the ZOPA, so this is the ZOPA's
 * frontier).</li>
 * <li>Size: exact by enumeration up to {@code enumerationLimit} outcomes; beyond it an estimate from
 * {@code samples} uniform samples with a two-sided Hoeffding bound at 95 % (stated in the result).</li>
 * <li>Opening, when empty: per party, max{u_i : u on the frontier, u_j ≥ W_j for j ≠ i} gives how far W_i alone
 * must fall; and the frontier point minimising the total shortfall Σ_i max(0, W_i − u_i) gives the smallest
 * joint change (both optima are attained on the frontier because shortfalls only shrink under dominance).</li>
 * </ul>
 */
public final class ZopaAnalyzer {
    /** Default enumeration limit: 10^7 outcomes (about 0.1 s per party at 2·10^8 evaluations/s). */
    public static final long DEFAULT_ENUMERATION_LIMIT = 10_000_000L;
    /** Default Monte Carlo sample count beyond the limit: Hoeffding half-width 0.0014 of |Ω| at 95 %. */
    public static final long DEFAULT_SAMPLES = 1_000_000L;
    private static final double CONFIDENCE = 0.95;

    private final double tolerance;
    private final long enumerationLimit;
    private final long samples;

    /** Defaults: {@link Dominance#DEFAULT_TOLERANCE}, {@link #DEFAULT_ENUMERATION_LIMIT}, {@link #DEFAULT_SAMPLES}. */
    public ZopaAnalyzer() {
        this(Dominance.DEFAULT_TOLERANCE, DEFAULT_ENUMERATION_LIMIT, DEFAULT_SAMPLES);
    }

    /**
     * @param tolerance        u_i ≥ W_i − tolerance counts as acceptable
     * @param enumerationLimit largest space counted exactly
     * @param samples          samples for the estimate beyond the limit
     */
    public ZopaAnalyzer(double tolerance, long enumerationLimit, long samples) {
        Dominance.checkTolerance(tolerance);
        if (enumerationLimit < 0 || samples < 1) {
            throw new IllegalArgumentException("enumerationLimit must be >= 0 and samples >= 1, got "
                    + enumerationLimit + ", " + samples);
        }
        this.tolerance = tolerance;
        this.enumerationLimit = enumerationLimit;
        this.samples = samples;
    }

    /**
     * @param utilities    U_i^e per party and ratifier, over one space
     * @param noDealValues W_i(t), one per utility
     * @param redLines     union of everyone's red lines
     * @param rng          used only when the size must be sampled
     * @return the ZOPA
     */
    public Zopa analyse(List<AdditiveUtility> utilities, double[] noDealValues, RedLines redLines,
                        SplittableRandom rng) {
        checkNoDealValues(utilities.size(), noDealValues);
        ParetoSet full = new AdditiveMergeParetoFrontier(tolerance, AdditiveMergeParetoFrontier.DEFAULT_MAX_PARTIAL_POINTS)
                .compute(utilities, redLines);
        return analyse(utilities, noDealValues, redLines, full, rng);
    }

    /**
     * The same ZOPA from the frontier already computed.
     *
     * @param full the frontier of {@code utilities} over the outcomes crossing no red line, at this analyser's
     *             tolerance ({@link AdditiveMergeParetoFrontier})
     */
    public Zopa analyse(List<AdditiveUtility> utilities, double[] noDealValues, RedLines redLines, ParetoSet full,
                        SplittableRandom rng) {
        checkNoDealValues(utilities.size(), noDealValues);
        if (full.tolerance() != tolerance || full.partyCount() != utilities.size()) {
            throw new IllegalArgumentException("the frontier has tolerance " + full.tolerance() + " and "
                    + full.partyCount() + " parties; this analyser needs tolerance " + tolerance + " and "
                    + utilities.size() + " parties");
        }
        int[] keep = new int[full.distinctCount()];
        int f = 0;
        for (int p = 0; p < full.distinctCount(); p++) {
            if (acceptable(full, p, noDealValues, -1)) {
                keep[f++] = p;
            }
        }
        ParetoSet zopaFrontier = full.subset(Arrays.copyOf(keep, f));
        boolean empty = f == 0;
        ZopaSize size = empty ? new ZopaSize(true, 0, 0, 0, 1, 0, "empty: no frontier point is acceptable to all")
                : count(utilities, noDealValues, redLines, rng);
        Optional<ZopaOpening> opening = empty ? Optional.of(opening(full, noDealValues)) : Optional.empty();
        return new Zopa(noDealValues, empty, size, zopaFrontier, opening);
    }

    private static void checkNoDealValues(int k, double[] noDealValues) {
        if (noDealValues.length != k) {
            throw new IllegalArgumentException(k + " utilities but " + noDealValues.length + " no-deal values");
        }
        for (double w : noDealValues) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("no-deal values must be finite, got " + Arrays.toString(noDealValues));
            }
        }
    }

    private boolean acceptable(ParetoSet f, int p, double[] w, int except) {
        for (int i = 0; i < w.length; i++) {
            if (i != except && f.utility(p, i) < w[i] - tolerance) {
                return false;
            }
        }
        return true;
    }

    private ZopaOpening opening(ParetoSet full, double[] w) {
        int k = w.length;
        double[] single = new double[k];
        for (int i = 0; i < k; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < full.distinctCount(); p++) {
                if (acceptable(full, p, w, i)) {
                    best = Math.max(best, full.utility(p, i));
                }
            }
            single[i] = best == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : Math.max(0, w[i] - best);
        }
        int bestP = -1;
        double bestTotal = Double.POSITIVE_INFINITY;
        for (int p = 0; p < full.distinctCount(); p++) {
            double total = 0;
            for (int i = 0; i < k; i++) {
                total += Math.max(0, w[i] - full.utility(p, i));
            }
            if (total < bestTotal - BargainingSolutions.OBJECTIVE_TOLERANCE) {
                bestTotal = total;
                bestP = p;
            }
        }
        if (bestP < 0) {
            throw new IllegalStateException("no outcome is free of red lines; the ZOPA cannot be opened by"
                    + " lowering values of no deal");
        }
        double[] joint = new double[k];
        for (int i = 0; i < k; i++) {
            joint[i] = Math.max(0, w[i] - full.utility(bestP, i));
        }
        return new ZopaOpening(single, joint, bestTotal, full.point(bestP));
    }

    private ZopaSize count(List<AdditiveUtility> us, double[] w, RedLines redLines, SplittableRandom rng) {
        OutcomeSpace space = us.get(0).space();
        int k = us.size();
        long n = space.size();
        // red lines as an additive indicator: > 0.5 iff some forbidden option is chosen
        double[][] ind = new double[space.issueCount()][];
        for (int m = 0; m < ind.length; m++) {
            ind[m] = new double[space.optionCount(m)];
            for (int o = 0; o < ind[m].length; o++) {
                ind[m][o] = redLines.forbids(m, o) ? 1 : 0;
            }
        }
        AdditiveUtility crossing = AdditiveUtility.ofContributions(space, ind);
        if (n <= enumerationLimit) {
            int block = (int) Math.min(n, 1 << 16);
            double[][] buf = new double[k + 1][block];
            long inside = 0;
            for (long first = 0; first < n; first += block) {
                int c = (int) Math.min(block, n - first);
                for (int i = 0; i < k; i++) {
                    us.get(i).utilities(first, c, buf[i]);
                }
                crossing.utilities(first, c, buf[k]);
                for (int j = 0; j < c; j++) {
                    boolean ok = buf[k][j] < 0.5;
                    for (int i = 0; i < k && ok; i++) {
                        ok = buf[i][j] >= w[i] - tolerance;
                    }
                    if (ok) {
                        inside++;
                    }
                }
            }
            return new ZopaSize(true, inside, inside, 0, 1, 0, "exact enumeration of all " + n + " outcomes");
        }
        int[] x = new int[space.issueCount()];
        long hits = 0;
        for (long s = 0; s < samples; s++) {
            for (int m = 0; m < x.length; m++) {
                x[m] = rng.nextInt(space.optionCount(m));
            }
            boolean ok = crossing.utility(x) < 0.5;
            for (int i = 0; i < k && ok; i++) {
                ok = us.get(i).utility(x) >= w[i] - tolerance;
            }
            if (ok) {
                hits++;
            }
        }
        double frac = hits / (double) samples;
        double eps = Math.sqrt(Math.log(2 / (1 - CONFIDENCE)) / (2.0 * samples));
        double est = frac * n;
        return new ZopaSize(false, Math.round(est), est, eps * n, CONFIDENCE, samples,
                "the space has " + n + " outcomes, above the enumeration limit " + enumerationLimit
                        + ": Monte Carlo estimate from " + samples
                        + " uniform samples, two-sided Hoeffding bound at 95 %");
    }
}
