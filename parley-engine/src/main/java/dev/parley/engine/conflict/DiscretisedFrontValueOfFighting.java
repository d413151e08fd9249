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
     * W(t, fronts[t]) for t = 0..H — bit-identical to {@code table(problem).value(t, fronts[t])} — from a backward
     * induction restricted to the states those values depend on: the two grid states around each fronts[t], and
     * going back, the states their rows can reach. Far from every front the table is not computed at all.
     *
     * @param fronts one front per month 0..H, each in [0, 1]
     */
    public double[] valuesAlong(FightingValueProblem problem, double[] fronts) {
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
        // rows needed at month s: the hull of the states read at s and of those month s − 1's rows reach
        int[] lo = new int[horizon + 1];
        int[] hi = new int[horizon + 1];
        for (int s = 0; s <= horizon; s++) {
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
