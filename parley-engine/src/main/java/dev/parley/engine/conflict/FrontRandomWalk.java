package dev.parley.engine.conflict;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The front of DESIGN.md §4.3 under one party's beliefs: f ∈ [0,1] is the share of the contested area held by one
 * side; each month {@code f' = clamp(f + μ_s + σ_s·ε)}, ε ~ N(0,1), absorbing at 0 and 1 (a decisive outcome).
 * Drift and volatility may change month by month (factors, escalation); month s uses {@code drift[s]} and
 * {@code volatility[s]}, the last entry holding for all later months. Months are counted from the scenario start.
 *
 * <p>Exact answers come from {@link #forecast} (the distribution propagated on a fine grid, see
 * {@link FrontTransition#gaussian}); {@link #samplePath} draws paths with an explicit random generator.
 */
public final class FrontRandomWalk implements FrontDynamics {
    /** Grid cells per σ: cells of width ≤ σ/6 keep the discretisation error of means and values near 1e-4. */
    private static final double CELLS_PER_SIGMA = 6.0;
    private static final int MIN_CELLS = 200;
    private static final int MAX_CELLS = 4_000;

    private final double[] drift;
    private final double[] volatility;
    // The last transitions used: a ripeness scan asks for the same (μ, σ, cells) kernel once per month and per
    // table. Other walks with the same step share the build through RecentGaussianTransitions. Immutable entries, so
    // a racy read is harmless.
    private volatile BuiltTransition recent;
    private volatile BuiltTransition older;

    private record BuiltTransition(double drift, double volatility, int cells, FrontTransition transition) {
        boolean matches(double mu, double sigma, int n) {
            return cells == n && Double.compare(drift, mu) == 0 && Double.compare(volatility, sigma) == 0;
        }
    }

    private FrontRandomWalk(double[] drift, double[] volatility) {
        this.drift = drift;
        this.volatility = volatility;
    }

    /** A walk with constant monthly drift μ and volatility σ ≥ 0. */
    public static FrontRandomWalk constant(double driftPerMonth, double volatilityPerMonth) {
        return byMonth(new double[] {driftPerMonth}, new double[] {volatilityPerMonth});
    }

    /** A walk whose month-s step has drift {@code drift[s]} and volatility {@code volatility[s]} (last entry repeats). */
    public static FrontRandomWalk byMonth(double[] driftPerMonth, double[] volatilityPerMonth) {
        if (driftPerMonth.length == 0 || volatilityPerMonth.length == 0) {
            throw new IllegalArgumentException("drift and volatility need at least one month each, got "
                    + driftPerMonth.length + " and " + volatilityPerMonth.length);
        }
        for (int s = 0; s < driftPerMonth.length; s++) {
            Require.finite("drift[" + s + "]", driftPerMonth[s]);
        }
        for (int s = 0; s < volatilityPerMonth.length; s++) {
            Require.nonNegative("volatility[" + s + "]", volatilityPerMonth[s]);
        }
        return new FrontRandomWalk(driftPerMonth.clone(), volatilityPerMonth.clone());
    }

    /** μ for the step out of month s. */
    public double drift(int month) {
        return drift[Math.min(month, drift.length - 1)];
    }

    /** σ for the step out of month s. */
    public double volatility(int month) {
        return volatility[Math.min(month, volatility.length - 1)];
    }

    /** The same walk with another drift in every month (a party's own, possibly optimistic, view). */
    public FrontRandomWalk withDrift(double driftPerMonth) {
        return byMonth(new double[] {driftPerMonth}, volatility);
    }

    /**
     * The default grid size for months {@code [from, to)}: cells of width at most σ_min/6, between 200 and 4000
     * cells (σ_min = smallest positive volatility in the window).
     */
    public int defaultCells(int fromMonth, int toMonth) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int s = fromMonth; s < Math.max(toMonth, fromMonth + 1); s++) {
            double v = volatility(s);
            if (v > 0.0) {
                smallest = Math.min(smallest, v);
            }
        }
        if (smallest == Double.POSITIVE_INFINITY) {
            return MIN_CELLS;
        }
        double wanted = Math.ceil(CELLS_PER_SIGMA / smallest);
        return (int) Math.max(MIN_CELLS, Math.min(MAX_CELLS, wanted));
    }

    /** The one-month transition out of month s on the given grid. */
    public FrontTransition transition(int month, int cells) {
        double mu = drift(month);
        double sigma = volatility(month);
        BuiltTransition r = recent;
        if (r != null && r.matches(mu, sigma, cells)) {
            return r.transition();
        }
        BuiltTransition o = older;
        if (o != null && o.matches(mu, sigma, cells)) {
            return o.transition();
        }
        BuiltTransition built = new BuiltTransition(mu, sigma, cells, RecentGaussianTransitions.gaussian(mu, sigma,
                cells));
        older = r;
        recent = built;
        return built.transition();
    }

    /** One month's step from f with generator rng; returns 0 or 1 when the war is (or becomes) decided. */
    @Override
    public double step(double front, int month, RandomGenerator rng) {
        if (front <= 0.0 || front >= 1.0) {
            return front <= 0.0 ? 0.0 : 1.0;
        }
        double next = front + drift(month) + volatility(month) * rng.nextGaussian();
        return next <= 0.0 ? 0.0 : (next >= 1.0 ? 1.0 : next);
    }

    /** A sampled path {@code f(start), f(start+1), …, f(start+months)}. */
    public double[] samplePath(double front, int startMonth, int months, RandomGenerator rng) {
        Require.probability("front", front);
        double[] path = new double[months + 1];
        path[0] = front;
        for (int k = 1; k <= months; k++) {
            path[k] = step(path[k - 1], startMonth + k - 1, rng);
        }
        return path;
    }

    /**
     * The front's distribution propagated on the grid from f at {@code startMonth} for {@code months} months.
     *
     * <p>After each month the far tails of the undecided mass are dropped: from each end of its support, the states
     * whose mass adds up to at most {@link FrontTransition#TAIL_MASS} (Φ(−9) ≈ 1.13e-19) times the undecided mass —
     * as much as every row's kernel, cut at 9σ, already leaves out on each side. Without this the support widens by
     * 9σ on both sides every month although the mass there is of order 1e-19 and less; with it the support follows
     * the bulk (about ±9σ√k after k months), which halves the work of a 36-month forecast at the flagship's σ.
     * The bound: every entry of the forecast is an expectation of a function with values in [0, 1] (f, f², an
     * indicator of a decided state) under a sub-stochastic chain, so dropping a mass d changes it by at most d; the
     * means and decided probabilities after k months therefore differ from the untrimmed propagation by at most
     * 2·k·Φ(−9) ≈ 2.3e-19·k (8e-18 at 36 months), and the variances by at most 3·2·k·Φ(−9).
     * FrontForecastTrimTest checks this against the untrimmed propagation.
     *
     * @param cells grid size (see {@link #defaultCells})
     */
    public FrontForecast forecast(double front, int startMonth, int months, int cells) {
        Require.probability("front", front);
        if (months < 0) {
            throw new IllegalArgumentException("months = " + months + " must be >= 0");
        }
        double[] mean = new double[months + 1];
        double[] decidedLow = new double[months + 1];
        double[] decidedHigh = new double[months + 1];
        double[] sd = new double[months + 1];
        if (front <= 0.0 || front >= 1.0) {
            Arrays.fill(mean, front);
            Arrays.fill(front <= 0.0 ? decidedLow : decidedHigh, 1.0);
            return new FrontForecast(startMonth, mean, sd, decidedLow, decidedHigh);
        }
        FrontTransition grid = transition(startMonth, cells);
        double[] mass = grid.pointMass(front);
        double[] next = new double[mass.length];
        double[] scratch = new double[mass.length];
        // the support [lo, hi] of the undecided mass is tracked, so that no step clears, scans or sums the states
        // outside it (they hold exactly 0, and adding 0 changes no sum)
        int lo = 0;
        while (mass[lo] == 0.0) {
            lo++;
        }
        int hi = mass.length - 1;
        while (mass[hi] == 0.0) {
            hi--;
        }
        double low = 0.0;
        double high = 0.0;
        mean[0] = front;
        FrontTransition previous = grid;
        int previousMonth = startMonth;
        for (int k = 1; k <= months; k++) {
            int s = startMonth + k - 1;
            FrontTransition step = sameStep(previousMonth, s) ? previous : transition(s, cells);
            if (lo <= hi) {
                double[] absorbed = step.forwardFrom(mass, lo, hi, next, scratch);
                low += absorbed[0];
                high += absorbed[1];
                int[] reached = step.reachedFrom(lo, hi);
                Arrays.fill(mass, lo, hi + 1, 0.0); // all zero again: the next step's target
                double[] swap = mass;
                mass = next;
                next = swap;
                lo = reached[0];
                hi = reached[1];
                while (lo <= hi && mass[lo] == 0.0) {
                    lo++;
                }
                while (hi >= lo && mass[hi] == 0.0) {
                    hi--;
                }
                int[] kept = dropFarTails(mass, lo, hi);
                lo = kept[0];
                hi = kept[1];
            }
            double m1 = high;
            double m2 = high;
            for (int a = lo; a <= hi; a++) {
                double x = step.position(a);
                m1 += mass[a] * x;
                m2 += mass[a] * x * x;
            }
            mean[k] = m1;
            sd[k] = Math.sqrt(Math.max(0.0, m2 - m1 * m1));
            decidedLow[k] = low;
            decidedHigh[k] = high;
            previous = step;
            previousMonth = s;
        }
        return new FrontForecast(startMonth, mean, sd, decidedLow, decidedHigh);
    }

    /**
     * Zeroes the states at each end of the support [lo, hi] whose mass adds up to at most Φ(−9) times the total (see
     * {@link #forecast}); the mass must be zero outside [lo, hi].
     *
     * @return the support left, {lo, hi} (lo > hi when there is no mass)
     */
    static int[] dropFarTails(double[] mass, int lo, int hi) {
        double total = 0.0;
        for (int a = lo; a <= hi; a++) {
            total += mass[a];
        }
        double budget = FrontTransition.TAIL_MASS * total;
        double dropped = 0.0;
        int from = lo;
        for (; from <= hi && dropped + mass[from] <= budget; from++) {
            dropped += mass[from];
            mass[from] = 0.0;
        }
        dropped = 0.0;
        int to = hi;
        for (; to >= from && dropped + mass[to] <= budget; to--) {
            dropped += mass[to];
            mass[to] = 0.0;
        }
        return new int[] {from, to};
    }

    private boolean sameStep(int prevMonth, int month) {
        return drift(prevMonth) == drift(month) && volatility(prevMonth) == volatility(month);
    }
}
