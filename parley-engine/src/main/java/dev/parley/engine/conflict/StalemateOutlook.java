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
 * <p>Only the rows needed are computed: a pass covers a band of starting cells ({@link #cover}, or widened when a
 * front falls outside it), and step k of it only the cells a chain started in the band can be at after k steps but
 * with odds below 2Φ(−9.5) — about ±9.5σ√k around the drifted band, as the forecast's own trimmed support — not
 * the whole reach of k kernels (±9σ·k), which would double a pass's work (a pass is two backward sweeps, m and d,
 * over about the forecast's support, so it costs about two forecasts plus the band's width). Beyond the cut the values
 * count as 0; as they lie in [0, 1] each answer moves by at most the odds of ever leaving the bands, 2·H·Φ(−9.5)
 * ≈ 2.5e-20 at H = 6. So the answer depends on the band (hence on the questions asked before) in its last bits
 * only; the same questions in the same order give the same bits, so a draw's results do not depend on threads.
 *
 * <p>Against the forward forecast the answers differ only by rounding (another summation order) and by the far tails
 * both drop (the forecast at most 2·H·Φ(−9) ≈ 1.4e-18 at H = 6): StalemateOutlookTest finds them within 1e-13. The
 * ripeness verdicts compare these numbers with ε_s and τ, so a verdict could only flip if a number lies within about
 * 1e-13 of its threshold; on the shipped scenarios none does (ScenarioRipenessTest and the Monte Carlo ITs pass
 * unchanged; the central cases of the four shipped scenarios are 0.02 or more from ε_s and τ, and the ukraine-2025
 * run, 1000 and 10000 draws, writes byte-identical files).
 *
 * <p>Not thread-safe (it caches the current window's values); build one per walk and scan.
 */
public final class StalemateOutlook {
    /**
     * The bands are cut where the chain is with odds below Φ(−z) on each side after each step, z = 9.5: beyond the
     * 9σ at which every row's kernel is already cut ({@link FrontTransition#gaussian}), so the cut moves an answer
     * by at most 2·H·Φ(−9.5) ≈ 2.5e-20 at H = 6.
     */
    private static final double TAIL_SIGMAS = 9.5;

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
    // the fronts announced by cover (none while hintLow > hintHigh)
    private double hintLow = 1.0;
    private double hintHigh = 0.0;

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

    /**
     * Announces the fronts the coming questions will ask about: the first pass of a window (made on the first
     * question, so an outlook never asked costs nothing) then covers all of [lowestFront, highestFront] at once. A
     * pass's cost is mostly the spread of H steps on each side of its band, so one wide band is much cheaper than a
     * band widened question by question. Changes the answers only within the cut tails and rounding (see above).
     */
    public void cover(double lowestFront, double highestFront) {
        Require.probability("lowestFront", lowestFront);
        Require.probability("highestFront", highestFront);
        if (lowestFront > highestFront) {
            throw new IllegalArgumentException("lowestFront = " + lowestFront + " is above highestFront = "
                    + highestFront + "; give the range low to high");
        }
        hintLow = lowestFront;
        hintHigh = highestFront;
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
            int lo;
            int hi;
            if (bandLo <= bandHi) { // a miss: widen by the band's width at least, so that misses stay few
                int width = Math.max(8, bandHi - bandLo + 1);
                lo = Math.min(bandLo, a - width);
                hi = Math.max(bandHi, b + width);
            } else { // the window's first pass: the announced fronts, or a few cells around this one
                lo = a - 8;
                hi = b + 8;
                if (hintLow <= hintHigh) {
                    lo = Math.min(lo, grid.lowerIndex(hintLow));
                    hi = Math.max(hi, grid.lowerIndex(hintHigh) + 1);
                }
            }
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

    /**
     * The cells a chain started in cells lo..hi is at after k steps but with odds below 2Φ(−{@value #TAIL_SIGMAS}):
     * each step moves by μ + σε rounded to a cell (at most one cell off, also for σ = 0's split step), so after k
     * steps the offset lies within D_k ± (z·√V_k + k·h) with D_k = Σμ, V_k = Σσ² (z = TAIL_SIGMAS), plus a cell of
     * slack on each side.
     */
    private int[] likelyCells(int lo, int hi, int k, int cells) {
        double shift = 0.0;
        double variance = 0.0;
        for (int s = 0; s < k; s++) {
            shift += walk.drift(passMonth + s);
            double v = walk.volatility(passMonth + s);
            variance += v * v;
        }
        double spread = (TAIL_SIGMAS * Math.sqrt(variance)) * cells + k + 2;
        double low = Math.floor(lo + shift * cells - spread);
        double high = Math.ceil(hi + shift * cells + spread);
        return new int[] {(int) Math.max(0.0, low), (int) Math.min(cells - 1.0, high)};
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
                // the rows the band can reach, cut to where the chain can be at all but Φ(−TAIL_SIGMAS) odds
                int[] reached = steps[k].reachedFrom(rowLo[k], rowHi[k]);
                int[] likely = likelyCells(lo, hi, k + 1, cells);
                rowLo[k + 1] = Math.max(reached[0], likely[0]);
                rowHi[k + 1] = Math.min(reached[1], likely[1]);
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
            // rows beyond the cut count as 0: exact values lie in [0, 1], so each answer moves by at most the odds
            // of ever leaving the cut bands
            java.util.Arrays.fill(m, 0.0);
            java.util.Arrays.fill(d, 0.0);
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
