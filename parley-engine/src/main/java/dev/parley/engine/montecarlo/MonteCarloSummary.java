package dev.parley.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;

/**
 * The headline figures of a run, from its draws in draw order: P(ZOPA at month 0), P(window opens within 6, 12 and
 * 24 months) with Wilson 90% intervals and their convergence (N/8 … N), and the distribution over draws of the
 * median durability (over the draws that have a ripe month, the others counted as missing).
 *
 * @param draws        draws summarised
 * @param partial      the run was cancelled (the draws are then a complete prefix)
 * @param zopaAtStart  P(ZOPA at month 0)
 * @param ripeWithin   P(ripe within RIPE_WITHIN[k] months), same order
 * @param convergence  per proportion (ZOPA first, then ripeWithin), its steps N/8 … N
 * @param durability   moments of the per-draw median durability (finite values; +∞ and NaN counted as missing)
 * @param durabilityQuantiles exact quantiles of the per-draw median durability (+∞ kept: a draw whose hazard
 *                            vanishes does sort last)
 */
public record MonteCarloSummary(int draws, boolean partial, ProportionSummary zopaAtStart,
                                List<ProportionSummary> ripeWithin, List<List<ProportionConvergence.Step>> convergence,
                                MomentSummary durability, ExactQuantiles durabilityQuantiles) {

    /** The months of the "window opens within" headlines (DESIGN.md §1: the next 6, 12 and 24 months). */
    public static final int[] RIPE_WITHIN = {6, 12, 24};

    public MonteCarloSummary {
        ripeWithin = List.copyOf(ripeWithin);
        convergence = List.copyOf(convergence);
    }

    public static MonteCarloSummary of(DrawResults<DrawOutcome> run) {
        List<DrawOutcome> d = run.results();
        int n = d.size();
        boolean[] zopa = new boolean[n];
        boolean[][] ripe = new boolean[RIPE_WITHIN.length][n];
        double[] median = new double[n];
        double[] finite = new double[n];
        for (int i = 0; i < n; i++) {
            DrawOutcome o = d.get(i);
            zopa[i] = o.zopaAtStart();
            for (int k = 0; k < RIPE_WITHIN.length; k++) {
                ripe[k][i] = o.ripeWithin(RIPE_WITHIN[k]);
            }
            median[i] = o.medianDurability();
            finite[i] = Double.isInfinite(median[i]) ? Double.NaN : median[i];
        }
        List<ProportionSummary> ripeWithin = new ArrayList<>();
        List<List<ProportionConvergence.Step>> convergence = new ArrayList<>();
        convergence.add(ProportionConvergence.of(zopa, ProportionSummary.LEVEL));
        for (boolean[] r : ripe) {
            ripeWithin.add(ProportionSummary.of(r));
            convergence.add(ProportionConvergence.of(r, ProportionSummary.LEVEL));
        }
        return new MonteCarloSummary(n, run.partial(), ProportionSummary.of(zopa), ripeWithin, convergence,
                MomentSummary.of(finite), ExactQuantiles.of(median));
    }
}
