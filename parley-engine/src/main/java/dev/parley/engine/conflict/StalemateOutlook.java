package dev.parley.engine.conflict;

/**
 * A party's stalemate inputs ({@link RipenessEvaluator#stalemateInputs}) for any front and month, from backward
 * values instead of one forward forecast per month: {@code {E[f(t+H) − f(t)], P(decided within H)}} given f(t) under
 * the party's own walk, on the same grid ({@link FrontRandomWalk#defaultCells defaultCells(t, t + H)}).
 *
 * <p>Why it is the same number: the forecast starts from {@code pointMass(f)}, which puts 1 − λ on cell a and λ on
 * cell a + 1, and both answers are linear in the starting mass. So E[f(t+H)] = (1 − λ)·m(a) + λ·m(a+1) with
 * m(c) = E[f(t+H) | f(t) = cell c] (a decided front counting as 0 or 1), and P(decided) likewise with
 * d(c) = P(absorbed by t+H | cell c). m and d are H backward steps of {@link FrontTransition#expectation} from
 * the cell positions (0 and 1 at the bounds) and from the indicator of the decided states. They depend on t only
 * through the H transitions of months t..t+H−1 and the grid size: for a constant walk, or any walk whose steps are
 * the same over two windows, one backward pass serves every month; a new window starts a new pass.
 *
 * <p>Only the rows needed are computed: a pass covers a band of starting cells (H steps of it read the cells the
 * band reaches, {@link FrontTransition#reachedFrom}), widened when a front falls outside it. Each row's value is
 * bit-identical whatever the band ({@link FrontTransition#expectation} promises this per row), so the answers do not
 * depend on the order of the questions: same inputs, same bits, in any thread or draw.
 *
 * <p>Against the forward forecast the answers differ only by rounding (another summation order) and by the far tails
 * the forecast drops (at most 2·H·Φ(−9) ≈ 1.4e-18 at H = 6): StalemateOutlookTest finds them within 1e-13. The
 * ripeness verdicts compare these numbers with ε_s and τ, so a verdict could only flip if a number lies within about
 * 1e-13 of its threshold; on the shipped scenarios none does (ScenarioRipenessTest and the Monte Carlo ITs pass
 * unchanged, and the ukraine-2025 run gives the same ripe months).
 *
 * <p>Not thread-safe (it caches the current window's values); build one per walk and scan.
 */
public final class StalemateOutlook {
    private final FrontRandomWalk walk;
    private final int window;

    // the current pass: its window and grid, the band of starting cells [bandLo, bandHi] it covers, m and d there
    private int passMonth = -1;
    private int passCells;
    private int bandLo = 1;
    private int bandHi = 0;
    private double[] mean;
    private double[] decided;
    private FrontTransition[] steps;

    /**
     * @param ownBeliefs   the party's own walk
     * @param windowMonths H ≥ 0
     */
    public StalemateOutlook(FrontRandomWalk ownBeliefs, int windowMonths) {
        if (windowMonths < 0) {
            throw new IllegalArgumentException("windowMonths = " + windowMonths + " must be >= 0");
        }
        this.walk = ownBeliefs;
        this.window = windowMonths;
    }

    /** {@code {E[f(t+H) − f(t)], P(decided within H)}} given f(t) = front at month t; see the class comment. */
    public double[] inputs(double front, int month) {
        Require.probability("front", front);
        if (month < 0) {
            throw new IllegalArgumentException("month = " + month + " must be >= 0");
        }
        if (front <= 0.0 || front >= 1.0) {
            return new double[] {0.0, 1.0}; // already decided, as the forecast says
        }
        if (window == 0) {
            return new double[] {0.0, 0.0}; // no step: the forecast's month 0 is the front itself
        }
        int cells = walk.defaultCells(month, month + window);
        if (!sameWindow(month, cells)) {
            startWindow(month, cells);
        }
        FrontTransition grid = steps[0];
        // pointMass's split: all on the outermost cell when f lies beyond its centre, else (1 − λ, λ) on (a, a + 1)
        int a = grid.lowerIndex(front);
        boolean clamped = a == grid.states() - 1 || front <= grid.position(0);
        int b = clamped ? a : a + 1;
        if (a < bandLo || b > bandHi) {
            int width = Math.max(8, bandHi - bandLo + 1);
            int lo = bandLo <= bandHi ? Math.min(bandLo, a - width) : a - width;
            int hi = bandLo <= bandHi ? Math.max(bandHi, b + width) : b + width;
            computeBand(Math.max(0, lo), Math.min(cells - 1, hi));
        }
        double expected;
        double absorbed;
        if (clamped) {
            expected = mean[a];
            absorbed = decided[a];
        } else {
            double lambda = (front - grid.position(a)) / (grid.position(a + 1) - grid.position(a));
            expected = (1.0 - lambda) * mean[a] + lambda * mean[a + 1];
            absorbed = (1.0 - lambda) * decided[a] + lambda * decided[a + 1];
        }
        return new double[] {expected - front, absorbed};
    }

    /** The pass of month {@code passMonth} holds for month t: same grid and the same μ, σ in every step. */
    private boolean sameWindow(int month, int cells) {
        if (passMonth < 0 || cells != passCells) {
            return false;
        }
        for (int k = 0; k < window; k++) {
            int s = month + k;
            int p = passMonth + k;
            if (Double.compare(walk.drift(s), walk.drift(p)) != 0
                    || Double.compare(walk.volatility(s), walk.volatility(p)) != 0) {
                return false;
            }
        }
        return true;
    }

    private void startWindow(int month, int cells) {
        passMonth = month;
        passCells = cells;
        steps = new FrontTransition[window];
        for (int k = 0; k < window; k++) {
            steps[k] = k > 0 && Double.compare(walk.drift(month + k), walk.drift(month + k - 1)) == 0
                    && Double.compare(walk.volatility(month + k), walk.volatility(month + k - 1)) == 0
                    ? steps[k - 1] : walk.transition(month + k, cells);
        }
        mean = new double[cells];
        decided = new double[cells];
        bandLo = 1;
        bandHi = 0;
    }

    /** m and d for starting cells lo..hi: H backward steps, each over the rows the band reaches at that step. */
    private void computeBand(int lo, int hi) {
        int cells = passCells;
        int[] rowLo = new int[window + 1];
        int[] rowHi = new int[window + 1];
        rowLo[0] = lo;
        rowHi[0] = hi;
        for (int k = 0; k < window; k++) {
            if (rowLo[k] > rowHi[k]) { // nothing undecided reached: later rows are not read
                rowLo[k + 1] = 1;
                rowHi[k + 1] = 0;
            } else {
                int[] reached = steps[k].reachedFrom(rowLo[k], rowHi[k]);
                rowLo[k + 1] = reached[0];
                rowHi[k + 1] = reached[1];
            }
        }
        double[] m = new double[cells];
        double[] d = new double[cells];
        double[] mNext = new double[cells];
        double[] dNext = new double[cells];
        double[] scratch = new double[cells];
        // at t + H: the front itself (0 and 1 when decided), and the indicator of a decided front
        FrontTransition last = steps[window - 1];
        for (int c = rowLo[window]; c <= rowHi[window]; c++) {
            mNext[c] = last.position(c);
            dNext[c] = 0.0;
        }
        for (int k = window - 1; k >= 0; k--) {
            if (rowLo[k] <= rowHi[k]) {
                steps[k].expectation(mNext, 0.0, 1.0, m, rowLo[k], rowHi[k], scratch);
                steps[k].expectation(dNext, 1.0, 1.0, d, rowLo[k], rowHi[k], scratch);
            }
            double[] swap = mNext;
            mNext = m;
            m = swap;
            swap = dNext;
            dNext = d;
            d = swap;
        }
        // mNext, dNext now hold step 0's rows lo..hi
        System.arraycopy(mNext, lo, mean, lo, hi - lo + 1);
        System.arraycopy(dNext, lo, decided, lo, hi - lo + 1);
        bandLo = lo;
        bandHi = hi;
    }
}
