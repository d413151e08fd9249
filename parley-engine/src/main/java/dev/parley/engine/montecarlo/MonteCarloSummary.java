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
 * @param window       when talks start (the first ripe month) by quarter; {@code ripeWithin} are also the
 *                     P(talks start within 6, 12, 24 months)
 * @param agreement    P(agreement within the horizon): talks opened at the first ripe month and agreed in time
 * @param agreementMonths exact quantiles of the agreement month over the draws that agreed
 * @param terms        the agreed option of each issue over the draws that agreed
 * @param warWithin    per WAR_WITHIN[k] of {@link TalksFromFirstRipeMonth}: moments over the agreed draws of each
 *                     draw's P(renewed war within that many months of signing); their mean is P(renewed war within
 *                     k months | agreement) by the law of total probability
 * @param agreementDurability exact quantiles of each agreed draw's median months to renewed war
 * @param endings      draws per {@link TalksFromFirstRipeMonth.Ending}, in its order
 */
public record MonteCarloSummary(int draws, boolean partial, ProportionSummary zopaAtStart,
                                List<ProportionSummary> ripeWithin, MomentSummary durability,
                                ExactQuantiles durabilityQuantiles, TalksWindow window, ProportionSummary agreement,
                                ExactQuantiles agreementMonths, AgreedTerms terms, List<MomentSummary> warWithin,
                                ExactQuantiles agreementDurability, long[] endings) {

    /** The months of the "window opens within" headlines (DESIGN.md §1: the next 6, 12 and 24 months). */
    public static final int[] RIPE_WITHIN = {6, 12, 24};

    public MonteCarloSummary {
        ripeWithin = List.copyOf(ripeWithin);
        warWithin = List.copyOf(warWithin);
        endings = endings.clone();
    }

    @Override
    public long[] endings() {
        return endings.clone();
    }

    /** Draws whose talks ended as {@code e}. */
    public long ending(TalksFromFirstRipeMonth.Ending e) {
        return endings[e.ordinal()];
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
        TalksWindow window = TalksWindow.EMPTY;
        AgreedTerms terms = AgreedTerms.EMPTY;
        boolean[] agreed = new boolean[n];
        double[] agreementMonth = new double[n];
        double[] agreementMedian = new double[n];
        double[][] war = new double[TalksFromFirstRipeMonth.WAR_WITHIN.length][n];
        long[] endings = new long[TalksFromFirstRipeMonth.Ending.values().length];
        for (int i = 0; i < n; i++) {
            DrawOutcome o = d.get(i);
            endings[o.talks().ending().ordinal()]++;
            window = window.add(o.firstRipeMonth());
            TalksFromFirstRipeMonth.Talks t = o.talks();
            agreed[i] = t.agreed();
            agreementMonth[i] = t.agreed() ? t.agreementMonth() : Double.NaN;
            agreementMedian[i] = t.medianDurability();
            if (t.agreed()) {
                terms = terms.add(t.agreedOptions());
            }
            double[] w = t.warWithin();
            for (int k = 0; k < war.length; k++) {
                war[k][i] = w[k];
            }
        }
        List<MomentSummary> warWithin = new ArrayList<>();
        for (double[] w : war) {
            warWithin.add(MomentSummary.of(w));
        }
        return new MonteCarloSummary(n, run.partial(), ProportionSummary.of(zopa), ripeWithin,
                MomentSummary.of(finite), ExactQuantiles.of(median), window, ProportionSummary.of(agreed),
                ExactQuantiles.of(agreementMonth), terms, warWithin, ExactQuantiles.of(agreementMedian), endings);
    }

    /** The summary of the union of two shards' draws. */
    public MonteCarloSummary merge(MonteCarloSummary other) {
        List<ProportionSummary> ripe = new ArrayList<>();
        for (int k = 0; k < ripeWithin.size(); k++) {
            ripe.add(ripeWithin.get(k).merge(other.ripeWithin.get(k)));
        }
        List<MomentSummary> war = new ArrayList<>();
        for (int k = 0; k < warWithin.size(); k++) {
            war.add(warWithin.get(k).merge(other.warWithin.get(k)));
        }
        return new MonteCarloSummary(draws + other.draws, partial || other.partial,
                zopaAtStart.merge(other.zopaAtStart), ripe, durability.merge(other.durability),
                durabilityQuantiles.merge(other.durabilityQuantiles), window.merge(other.window),
                agreement.merge(other.agreement), agreementMonths.merge(other.agreementMonths),
                terms.merge(other.terms), war, agreementDurability.merge(other.agreementDurability),
                addCounts(endings, other.endings));
    }

    private static long[] addCounts(long[] a, long[] b) {
        long[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] += b[i];
        }
        return c;
    }

    /**
     * P(renewed war within WAR_WITHIN[k] months of an agreement reached): the mean over the agreed draws of each
     * draw's probability, with a 90% normal interval of that mean (mean ± z·SE, clamped to [0, 1]); NaN without
     * agreements. The interval is of the Monte Carlo mean, not of the hazard model's own parameter envelope.
     */
    public double[] warWithinInterval(int k) {
        MomentSummary m = warWithin.get(k);
        if (m.n() == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double half = m.n() < 2 ? Double.NaN : Z90 * m.standardError();
        return new double[] {m.mean(), Math.max(0, m.mean() - half), Math.min(1, m.mean() + half)};
    }

    /** The median over agreed draws of the median months to renewed war, with its 90% order-statistic interval. */
    public double[] agreementDurabilityInterval() {
        double[] ci = agreementDurability.count() == 0 ? new double[] {Double.NaN, Double.NaN}
                : agreementDurability.interval(0.5, ProportionSummary.LEVEL);
        return new double[] {agreementDurability.median(), ci[0], ci[1]};
    }

    /** The two-sided 90% standard normal quantile, z_0.95. */
    static final double Z90 = new org.hipparchus.distribution.continuous.NormalDistribution(0, 1)
            .inverseCumulativeProbability(0.5 + ProportionSummary.LEVEL / 2);

    /** The median over draws of the median durability, with its 90% order-statistic interval. */
    public double[] medianDurabilityInterval() {
        return durabilityQuantiles.interval(0.5, ProportionSummary.LEVEL);
    }

    /**
     * How each headline proportion's interval narrows: ZOPA at month 0 first, then each RIPE_WITHIN, then
     * P(agreement), each on the first N/8, N/4, N/2 and N draws.
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
        boolean[] agreed = new boolean[d.size()];
        for (int i = 0; i < agreed.length; i++) {
            agreed[i] = d.get(i).agreed();
        }
        steps.add(ProportionConvergence.of(agreed, ProportionSummary.LEVEL));
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
