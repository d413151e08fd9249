package dev.parley.engine.montecarlo;

import java.util.Arrays;

/**
 * When talks start: the first ripe month of each draw counted by quarter (months 3q..3q+2 of the scenario), plus the
 * draws in which talks never start. Mergeable by adding counts. The most likely window is the quarter with the most
 * draws (the earliest on a tie), its probability a proportion of all draws with a Wilson interval.
 *
 * @param byQuarter draws whose talks start in quarter q
 * @param never     draws without a ripe month
 */
public record TalksWindow(long[] byQuarter, long never) {

    /** Months per window: a quarter, fine enough for "spring 2025", coarse enough to gather a few hundred draws. */
    public static final int MONTHS = 3;

    public static final TalksWindow EMPTY = new TalksWindow(new long[0], 0);

    public TalksWindow {
        byQuarter = byQuarter.clone();
    }

    public TalksWindow add(int firstRipeMonth) {
        if (firstRipeMonth < 0) {
            return new TalksWindow(byQuarter, never + 1);
        }
        int q = firstRipeMonth / MONTHS;
        long[] c = Arrays.copyOf(byQuarter, Math.max(byQuarter.length, q + 1));
        c[q]++;
        return new TalksWindow(c, never);
    }

    public TalksWindow merge(TalksWindow o) {
        long[] c = Arrays.copyOf(byQuarter, Math.max(byQuarter.length, o.byQuarter.length));
        for (int q = 0; q < o.byQuarter.length; q++) {
            c[q] += o.byQuarter[q];
        }
        return new TalksWindow(c, never + o.never);
    }

    public long draws() {
        return Arrays.stream(byQuarter).sum() + never;
    }

    /** The quarter in which talks most often start, or −1 when they never start in any draw. */
    public int modalQuarter() {
        int best = -1;
        for (int q = 0; q < byQuarter.length; q++) {
            if (byQuarter[q] > 0 && (best < 0 || byQuarter[q] > byQuarter[best])) {
                best = q;
            }
        }
        return best;
    }

    /** P(talks start in quarter q), over all draws. */
    public ProportionSummary quarter(int q) {
        return new ProportionSummary(q >= 0 && q < byQuarter.length ? byQuarter[q] : 0, draws());
    }

    @Override
    public long[] byQuarter() {
        return byQuarter.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TalksWindow w && w.never == never && Arrays.equals(w.byQuarter, byQuarter);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(byQuarter) + Long.hashCode(never);
    }
}
