package dev.parley.engine.conflict;

/**
 * W_i(t) by exact expectation over the discretised front (see {@link FightingValueProblem} for the formula):
 * backward induction from the horizon,
 * <pre>
 *   V_H(f) = u(f);   V_s(f) = (1 − δ)(u(f) − c(s)) + δ·E[V_{s+1}(f') | f]  (f undecided);   V_s(0|1) = u(0|1)
 * </pre>
 * so one pass gives W(t, f) for every month t ≤ H and every front f at once (a month-by-month ripeness scan costs
 * one pass, not one per month). A decided front earns u(0) or u(1) for ever at no cost, which in the normalised
 * sum is just u.
 *
 * <p>When every volatility up to the horizon is zero the path is deterministic and {@link #estimate} follows it
 * exactly. Otherwise the error reported is the change when the grid is halved.
 */
public final class DiscretisedFrontValueOfFighting {
    private final int cells;

    /** Uses the walk's default grid ({@link FrontRandomWalk#defaultCells}). */
    public DiscretisedFrontValueOfFighting() {
        this.cells = 0;
    }

    /** Uses a grid of the given size (≥ 4, so that the half grid used for the error has ≥ 2 cells). */
    public DiscretisedFrontValueOfFighting(int cells) {
        if (cells < 4) {
            throw new IllegalArgumentException("cells = " + cells + " must be >= 4");
        }
        this.cells = cells;
    }

    /** The table W(t, f) for t = 0..H on the grid. */
    public FightingValueTable table(FightingValueProblem problem) {
        int grid = cells > 0 ? cells : problem.walk().defaultCells(0, problem.horizonMonths());
        return backwardInduction(problem, month -> problem.walk().transition(month, grid), true);
    }

    /**
     * How many σ of the accumulated shocks {@link #valuesAlong} keeps around each path point: a Gaussian sum beyond
     * {@value}σ has probability 2Φ(−8.5) ≈ 1.9e-17 (Φ(−8.5) ≈ 9.48e-18), below the grid's own discretisation error
     * (~1e-4) by thirteen orders of magnitude and, times the horizon and the value range, below 1e-13 (see
     * {@link #trimBound}).
     */
    static final double TRIM_SIGMAS = 8.5;

    /**
     * W(t, fronts[t]) for t = 0..H, from a backward induction restricted to the states the chain can visit with
     * non-negligible probability when it starts at one of the path points (u, fronts[u]).
     *
     * <p><b>The rows kept.</b> At month s the rows computed are the hull, over the undecided path points u ≤ s, of
     * <pre>
     *   fronts[u] + Σ_{k=u}^{s−1} μ_k  ±  ( z·√(Σ_{k=u}^{s−1} σ_k²) + (s − u)·h + 2h ),   z = {@value #TRIM_SIGMAS}
     * </pre>
     * (h = 1/cells). Why this covers the chain: couple the discretised chain to the continuous walk through the same
     * shocks ε_k. A Gaussian step lands at y = centre + μ + σε and the chain moves to the centre of y's cell, within
     * h/2 of y; a σ = 0 step splits between the two centres around y, within h. The interpolation at fronts[u]
     * starts from a state within h. So the chain at month s lies within (s − u)·h + h of
     * fronts[u] + Σμ + Σσ_kε_k (while undecided; the kernel cut at 9σ only removes mass), and it leaves the kept rows
     * only if |Σσ_kε_k| > z·√(Σσ_k²), which has probability 2Φ(−z) at each month, at most 2·H·Φ(−z) over the months.
     *
     * <p><b>The stand-in.</b> A kept row reads a state outside next month's kept rows as the value of the nearest
     * kept row. Writing D(s, a) for the change of state a's value, D(s, a) = δ·Σ P(a→m)·D(s+1, m) over kept m plus
     * δ·Σ P(a→m)·(stand-in − V(s+1, m)) over the others, so by induction |D(u, a)| ≤ P(the chain from a leaves the
     * kept rows) × R, where R bounds |stand-in − V| — any two state values: every V is an average of u − c terms and
     * u(0), u(1), so R = (max u − min u) + max(c, 0) − min(c, 0) over the grid states, 0, 1 and the months. Hence at
     * every path point
     * <pre>
     *   |valuesAlong − exact| ≤ 2·H·Φ(−z)·R  = {@link #trimBound}
     * </pre>
     * in exact arithmetic (≈ 1.4e-15 for H = 36 and utilities in [0,1] with costs ≤ 1, R ≤ 2; 4.6e-15 for H = 120).
     * In floating point the kept rows' sums also differ from the whole-grid sums in their last bits where a stand-in
     * replaces a term of weight ≤ Φ(−z) — rounding of the order of 1e-16 per month.
     *
     * @param fronts one front per month 0..H, each in [0, 1]
     */
    public double[] valuesAlong(FightingValueProblem problem, double[] fronts) {
        return along(problem, fronts, true);
    }

    /**
     * W(t, fronts[t]) for t = 0..H, bit-identical to {@code table(problem).value(t, fronts[t])}, from the induction
     * restricted to every state those values depend on (the two grid states around each fronts[t] and, going back,
     * the states their rows can reach). Package-private: the reference for {@link #valuesAlong}'s bound.
     */
    double[] valuesAlongExact(FightingValueProblem problem, double[] fronts) {
        return along(problem, fronts, false);
    }

    /**
     * 2·H·Φ(−{@value #TRIM_SIGMAS})·R: the bound on |{@link #valuesAlong} − {@link #valuesAlongExact}| at every path
     * point in exact arithmetic, R the range of the state values (see {@link #valuesAlong}).
     */
    public double trimBound(FightingValueProblem problem) {
        int grid = cells > 0 ? cells : problem.walk().defaultCells(0, problem.horizonMonths());
        FrontTransition probe = problem.walk().transition(Math.max(0, problem.horizonMonths() - 1), grid);
        double lo = Math.min(problem.utility(0.0), problem.utility(1.0));
        double hi = Math.max(problem.utility(0.0), problem.utility(1.0));
        for (int a = 0; a < probe.states(); a++) {
            double u = problem.utility(probe.position(a));
            lo = Math.min(lo, u);
            hi = Math.max(hi, u);
        }
        double costHi = 0.0;
        double costLo = 0.0;
        for (int s = 0; s < problem.horizonMonths(); s++) {
            costHi = Math.max(costHi, problem.cost(s));
            costLo = Math.min(costLo, problem.cost(s));
        }
        double range = (hi - lo) + costHi - costLo;
        return 2.0 * problem.horizonMonths() * FrontTransition.lowerTail(-TRIM_SIGMAS) * range;
    }

    private double[] along(FightingValueProblem problem, double[] fronts, boolean trimmed) {
        int horizon = problem.horizonMonths();
        if (fronts.length != horizon + 1) {
            throw new IllegalArgumentException(fronts.length + " fronts for months 0.." + horizon
                    + "; give one front per month");
        }
        for (double f : fronts) {
            Require.probability("front", f);
        }
        int grid = cells > 0 ? cells : problem.walk().defaultCells(0, problem.horizonMonths());
        FrontRandomWalk walk = problem.walk();
        // the transition out of each month s < H, shared between months with the same step, as table() does
        FrontTransition probe = walk.transition(Math.max(0, horizon - 1), grid);
        FrontTransition[] step = new FrontTransition[Math.max(horizon, 1)];
        FrontTransition current = probe;
        int currentMonth = Math.max(0, horizon - 1);
        for (int s = horizon - 1; s >= 0; s--) {
            boolean reuse = s == currentMonth || (walk.drift(s) == walk.drift(currentMonth)
                    && walk.volatility(s) == walk.volatility(currentMonth));
            if (!reuse) {
                current = walk.transition(s, grid);
                currentMonth = s;
            }
            step[s] = current;
        }
        int n = probe.states();
        int[] lo = new int[horizon + 1];
        int[] hi = new int[horizon + 1];
        if (trimmed) {
            keptRows(walk, fronts, n, lo, hi);
        } else {
            reachableRows(step, probe, fronts, n, lo, hi);
        }
        double atZero = problem.utility(0.0);
        double atOne = problem.utility(1.0);
        double[] utility = new double[n];
        for (int a = 0; a < n; a++) {
            utility[a] = problem.utility(probe.position(a));
        }
        double delta = problem.discountPerMonth();
        double[] out = new double[horizon + 1];
        // two rolling months instead of the whole table: each month's value is read off as soon as it is known
        double[] later = utility.clone();
        double[] v = new double[n];
        double[] expected = new double[n];
        double[] scratch = new double[n];
        out[horizon] = valueAt(probe, later, atZero, atOne, fronts[horizon]);
        for (int s = horizon - 1; s >= 0; s--) {
            if (lo[s] <= hi[s]) {
                if (trimmed && s + 1 < horizon) {
                    // the stand-in: states month s's rows read outside month s + 1's kept rows take the nearest
                    // kept row's value (month H is the utility, known everywhere)
                    int[] read = step[s].reachedFrom(lo[s], hi[s]);
                    if (read[0] < lo[s + 1]) {
                        java.util.Arrays.fill(later, read[0], lo[s + 1], later[lo[s + 1]]);
                    }
                    if (read[1] > hi[s + 1]) {
                        java.util.Arrays.fill(later, hi[s + 1] + 1, read[1] + 1, later[hi[s + 1]]);
                    }
                }
                step[s].expectation(later, atZero, atOne, expected, lo[s], hi[s], scratch);
                double flowCost = (1.0 - delta) * problem.cost(s);
                for (int a = lo[s]; a <= hi[s]; a++) {
                    v[a] = (1.0 - delta) * utility[a] - flowCost + delta * expected[a];
                }
            }
            out[s] = valueAt(probe, v, atZero, atOne, fronts[s]);
            double[] swap = later;
            later = v;
            v = swap;
        }
        return out;
    }

    /** Rows needed at month s: the hull of the states read at s and of those month s − 1's rows reach. */
    private static void reachableRows(FrontTransition[] step, FrontTransition probe, double[] fronts, int n,
                                      int[] lo, int[] hi) {
        for (int s = 0; s < fronts.length; s++) {
            lo[s] = Integer.MAX_VALUE;
            hi[s] = Integer.MIN_VALUE;
            double f = fronts[s];
            if (f > 0.0 && f < 1.0) {
                int a = probe.lowerIndex(f);
                lo[s] = a;
                hi[s] = Math.min(a + 1, n - 1);
            }
            if (s > 0 && lo[s - 1] <= hi[s - 1]) {
                int[] reached = step[s - 1].reachedFrom(lo[s - 1], hi[s - 1]);
                if (reached[0] <= reached[1]) {
                    lo[s] = Math.min(lo[s], reached[0]);
                    hi[s] = Math.max(hi[s], reached[1]);
                }
            }
        }
    }

    /**
     * Rows kept at month s (see {@link #valuesAlong}): the hull over undecided path points u ≤ s of
     * fronts[u] + Σμ ± (z·√Σσ² + (s − u)·h + 2h), as state indices (state m is the cell centre (m + ½)h), clamped to
     * the grid; empty (lo > hi) until the first undecided path point.
     */
    private static void keptRows(FrontRandomWalk walk, double[] fronts, int n, int[] lo, int[] hi) {
        int horizon = fronts.length - 1;
        double h = 1.0 / n;
        for (int s = 0; s <= horizon; s++) {
            lo[s] = Integer.MAX_VALUE;
            hi[s] = Integer.MIN_VALUE;
        }
        for (int u = 0; u <= horizon; u++) {
            double f = fronts[u];
            if (!(f > 0.0 && f < 1.0)) {
                continue;
            }
            double centre = f;
            double variance = 0.0;
            for (int s = u; s <= horizon; s++) {
                double half = TRIM_SIGMAS * Math.sqrt(variance) + (s - u + 2) * h;
                int from = (int) Math.max(0.0, Math.min(n - 1.0, Math.floor((centre - half) * n - 0.5)));
                int to = (int) Math.max(0.0, Math.min(n - 1.0, Math.ceil((centre + half) * n - 0.5)));
                lo[s] = Math.min(lo[s], from);
                hi[s] = Math.max(hi[s], to);
                if (s < horizon) {
                    centre += walk.drift(s);
                    double sigma = walk.volatility(s);
                    variance += sigma * sigma;
                }
            }
        }
    }

    /** {@link FightingValueTable#value} of one month's state values. */
    private static double valueAt(FrontTransition grid, double[] values, double atZero, double atOne, double front) {
        if (front <= 0.0) {
            return atZero;
        }
        if (front >= 1.0) {
            return atOne;
        }
        return grid.interpolate(values, front);
    }

    /** W_i(t) at front f, with the discretisation error (or exact when the walk is deterministic). */
    public ValueEstimate estimate(FightingValueProblem problem, int month, double front) {
        checkMonth(problem, month);
        Require.probability("front", front);
        if (isDeterministic(problem, month)) {
            return new ValueEstimate(deterministic(problem, month, front), 0.0, ValueEstimate.Method.EXACT);
        }
        int grid = cells > 0 ? cells : problem.walk().defaultCells(month, problem.horizonMonths());
        double fine = new DiscretisedFrontValueOfFighting(grid).table(problem).value(month, front);
        double coarse = new DiscretisedFrontValueOfFighting(grid / 2).table(problem).value(month, front);
        return new ValueEstimate(fine, Math.abs(fine - coarse), ValueEstimate.Method.DISCRETISED);
    }

    /**
     * The induction for any per-month transition (package-private so the gambler's-ruin lattice can be checked).
     *
     * @param sameKernelWhenSameStep reuse the previous month's transition when drift and volatility are unchanged
     */
    static FightingValueTable backwardInduction(FightingValueProblem problem,
                                               java.util.function.IntFunction<FrontTransition> transitionOfMonth,
                                               boolean sameKernelWhenSameStep) {
        int horizon = problem.horizonMonths();
        double delta = problem.discountPerMonth();
        FrontTransition probe = transitionOfMonth.apply(Math.max(0, horizon - 1));
        int n = probe.states();
        double[] utility = new double[n];
        for (int a = 0; a < n; a++) {
            utility[a] = problem.utility(probe.position(a));
        }
        double atZero = problem.utility(0.0);
        double atOne = problem.utility(1.0);
        double[][] values = new double[horizon + 1][];
        values[horizon] = utility.clone();
        FrontTransition current = probe;
        int currentMonth = Math.max(0, horizon - 1);
        FrontRandomWalk walk = problem.walk();
        double[] expected = new double[n];
        double[] scratch = new double[n];
        for (int s = horizon - 1; s >= 0; s--) {
            boolean reuse = s == currentMonth || (sameKernelWhenSameStep
                    && walk.drift(s) == walk.drift(currentMonth) && walk.volatility(s) == walk.volatility(currentMonth));
            if (!reuse) {
                current = transitionOfMonth.apply(s);
                currentMonth = s;
            }
            current.expectation(values[s + 1], atZero, atOne, expected, 0, n - 1, scratch);
            double flowCost = (1.0 - delta) * problem.cost(s);
            double[] v = new double[n];
            for (int a = 0; a < n; a++) {
                v[a] = (1.0 - delta) * utility[a] - flowCost + delta * expected[a];
            }
            values[s] = v;
        }
        return new FightingValueTable(probe, values, atZero, atOne);
    }

    private static boolean isDeterministic(FightingValueProblem problem, int month) {
        for (int s = month; s < problem.horizonMonths(); s++) {
            if (problem.walk().volatility(s) > 0.0) {
                return false;
            }
        }
        return true;
    }

    private static double deterministic(FightingValueProblem problem, int month, double front) {
        double delta = problem.discountPerMonth();
        double f = front;
        double sum = 0.0;
        double weight = 1.0;
        for (int s = month; s < problem.horizonMonths(); s++) {
            boolean decided = f <= 0.0 || f >= 1.0;
            sum += (1.0 - delta) * weight * (problem.utility(f) - (decided ? 0.0 : problem.cost(s)));
            if (!decided) {
                double next = f + problem.walk().drift(s);
                f = next <= 0.0 ? 0.0 : (next >= 1.0 ? 1.0 : next);
            }
            weight *= delta;
        }
        return sum + weight * problem.utility(f);
    }

    private static void checkMonth(FightingValueProblem problem, int month) {
        if (month < 0 || month > problem.horizonMonths()) {
            throw new IllegalArgumentException("month = " + month + " must lie in [0, horizon="
                    + problem.horizonMonths() + "]");
        }
    }
}
