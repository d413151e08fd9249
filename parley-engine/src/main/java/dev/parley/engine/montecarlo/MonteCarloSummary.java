package dev.parley.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;

/**
 * The headline figures of a run (DESIGN.md §4.7): P(ZOPA at month 0), P(window opens within 6, 12 and 24 months)
 * with Wilson 90% intervals, and the distribution over draws of the median durability (over the draws that have a
 * ripe month; the others are missing). Every part is mergeable, so shards run anywhere and combine with
 * {@link #merge}; the convergence figures need the draws in order and come from {@link #convergence}.
 *
 * @param draws        draws summarised
 * @param partial      some run was cancelled (its draws are then a complete prefix)
 * @param zopaAtStart  P(ZOPA at month 0)
 * @param ripeWithin   P(ripe within RIPE_WITHIN[k] months), same order
 * @param durability   moments of the per-draw median durability (finite values; +∞ and NaN counted as missing)
 * @param durabilityQuantiles exact quantiles of the per-draw median durability (+∞ kept: a draw whose hazard
 *                            vanishes sorts last)
 */
public record MonteCarloSummary(int draws, boolean partial, ProportionSummary zopaAtStart,
                                List<ProportionSummary> ripeWithin, MomentSummary durability,
                                ExactQuantiles durabilityQuantiles) {

    /** The months of the "window opens within" headlines (DESIGN.md §1: the next 6, 12 and 24 months). */
    public static final int[] RIPE_WITHIN = {6, 12, 24};

    public MonteCarloSummary {
        ripeWithin = List.copyOf(ripeWithin);
    }

    public static MonteCarloSummary of(DrawResults<DrawOutcome> run) {
        List<DrawOutcome> d = run.results();
        int n = d.size();
        boolean[] zopa = new boolean[n];
        boolean[][] ripe = ripeIndicators(d);
        double[] median = new double[n];
        double[] finite = new double[n];
        for (int i = 0; i < n; i++) {
            DrawOutcome o = d.get(i);
            zopa[i] = o.zopaAtStart();
            median[i] = o.medianDurability();
            finite[i] = Double.isInfinite(median[i]) ? Double.NaN : median[i];
        }
        List<ProportionSummary> ripeWithin = new ArrayList<>();
        for (boolean[] r : ripe) {
            ripeWithin.add(ProportionSummary.of(r));
        }
        return new MonteCarloSummary(n, run.partial(), ProportionSummary.of(zopa), ripeWithin,
                MomentSummary.of(finite), ExactQuantiles.of(median));
    }

    /** The summary of the union of two shards' draws. */
    public MonteCarloSummary merge(MonteCarloSummary other) {
        List<ProportionSummary> ripe = new ArrayList<>();
        for (int k = 0; k < ripeWithin.size(); k++) {
            ripe.add(ripeWithin.get(k).merge(other.ripeWithin.get(k)));
        }
        return new MonteCarloSummary(draws + other.draws, partial || other.partial,
                zopaAtStart.merge(other.zopaAtStart), ripe, durability.merge(other.durability),
                durabilityQuantiles.merge(other.durabilityQuantiles));
    }

    /** The median over draws of the median durability, with its 90% order-statistic interval. */
    public double[] medianDurabilityInterval() {
        return durabilityQuantiles.interval(0.5, ProportionSummary.LEVEL);
    }

    /**
     * How each headline proportion's interval narrows: ZOPA at month 0 first, then each RIPE_WITHIN, each on the
     * first N/8, N/4, N/2 and N draws.
     */
    public static List<List<ConvergenceStep>> convergence(DrawResults<DrawOutcome> run) {
        List<DrawOutcome> d = run.results();
        boolean[] zopa = new boolean[d.size()];
        for (int i = 0; i < zopa.length; i++) {
            zopa[i] = d.get(i).zopaAtStart();
        }
        List<List<ConvergenceStep>> steps = new ArrayList<>();
        steps.add(ProportionConvergence.of(zopa, ProportionSummary.LEVEL));
        for (boolean[] r : ripeIndicators(d)) {
            steps.add(ProportionConvergence.of(r, ProportionSummary.LEVEL));
        }
        return List.copyOf(steps);
    }

    /** How the interval of the median over draws of the median durability narrows (N/8 … N). */
    public static List<ConvergenceStep> durabilityConvergence(DrawResults<DrawOutcome> run) {
        double[] m = run.results().stream().mapToDouble(DrawOutcome::medianDurability).toArray();
        return ExactQuantiles.medianConvergence(m, ProportionSummary.LEVEL);
    }

    private static boolean[][] ripeIndicators(List<DrawOutcome> d) {
        boolean[][] ripe = new boolean[RIPE_WITHIN.length][d.size()];
        for (int i = 0; i < d.size(); i++) {
            for (int k = 0; k < RIPE_WITHIN.length; k++) {
                ripe[k][i] = d.get(i).ripeWithin(RIPE_WITHIN[k]);
            }
        }
        return ripe;
    }
}
