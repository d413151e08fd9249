package dev.parley.engine.conflict;

import org.apache.commons.numbers.gamma.Erfc;

/**
 * One month of the front as a Markov chain on a finite set of undecided states plus the two absorbing decided
 * states f = 0 and f = 1. Rows are banded: from state a the chain moves to states {@code first[a] ..
 * first[a] + weights[a].length − 1}, to 0 with {@code toZero[a]} and to 1 with {@code toOne[a]}.
 *
 * <p>Two constructions: {@link #gaussian} discretises {@code f' = clamp(f + μ + σ·ε)} on equal cells of [0,1]
 * (the probability of each cell is a difference of normal CDFs, mass below 0 / above 1 is absorbed), and
 * {@link #lattice} is the gambler's-ruin walk on positions j/N — the discrete check of the continuous walk.
 */
public final class FrontTransition {
    /** Standard-normal tail mass beyond this many σ is below 1e-18 and is not represented. */
    private static final double TAIL_SIGMAS = 9.0;
    /**
     * Φ(−{@value #TAIL_SIGMAS}) ≈ 1.13e-19: the mass each row of {@link #gaussian} leaves out on each side, where its
     * kernel is cut at {@value #TAIL_SIGMAS}σ.
     */
    static final double TAIL_MASS = 0.5 * Erfc.value(TAIL_SIGMAS / Math.sqrt(2.0));
    /** Above this argument erfc is exactly 0 in double (see {@link #lowerTail}). */
    static final double ERFC_IS_ZERO_ABOVE = 27.3;

    private final double[] positions;
    private final int[] first;
    private final double[][] weights;
    private final int[] offset;
    private final int[] length;
    private final double[] toZero;
    private final double[] toOne;
    // ≥ 0 when every row reads one shared kernel K = weights[a] (the same array for all rows):
    // P(a → m) = K[m − a + reach] for |m − a| ≤ reach, cut at the bounds; −1 otherwise.
    private final int reach;

    /** Rows whose weights are each a whole array of their own (row a reads weights[a][0 .. length − 1]). */
    private FrontTransition(double[] positions, int[] first, double[][] weights, double[] toZero, double[] toOne) {
        this(positions, first, weights, new int[positions.length], lengths(weights), toZero, toOne, -1);
    }

    private FrontTransition(double[] positions, int[] first, double[][] weights, int[] offset, int[] length,
                            double[] toZero, double[] toOne, int reach) {
        this.positions = positions;
        this.first = first;
        this.weights = weights;
        this.offset = offset;
        this.length = length;
        this.toZero = toZero;
        this.toOne = toOne;
        this.reach = reach;
    }

    private static int[] lengths(double[][] weights) {
        int[] out = new int[weights.length];
        for (int a = 0; a < out.length; a++) {
            out[a] = weights[a].length;
        }
        return out;
    }

    /**
     * The Gaussian walk discretised on {@code cells} equal cells of (0,1), state m standing for the cell centre
     * (m + ½)/cells. With σ = 0 the deterministic move is split between the two nearest centres so that the mean
     * move is kept.
     */
    public static FrontTransition gaussian(double drift, double volatility, int cells) {
        return gaussian(drift, volatility, cells, true);
    }

    /**
     * The same; with {@code cutAbsorption} (the public construction) a row whose centre c = (a + ½)h + μ lies more
     * than {@value #TAIL_SIGMAS}σ from a bound (c/σ &gt; {@value #TAIL_SIGMAS}, resp. (1 − c)/σ) gets absorption 0
     * there instead of Φ(−c/σ) &lt; Φ(−{@value #TAIL_SIGMAS}) = {@link #TAIL_MASS}: the very mass its kernel, cut at
     * {@value #TAIL_SIGMAS}σ, already leaves out. Each entry moves by less than {@link #TAIL_MASS}, the mass absorbed
     * in a month by less than {@link #TAIL_MASS} times the undecided mass, and most rows skip both erfc calls (σ =
     * 0.004 on 1500 cells: all but the ~55 rows within 9σ of a bound). Without it (package-private, for the tests)
     * every entry is Φ straight from erfc.
     */
    static FrontTransition gaussian(double drift, double volatility, int cells, boolean cutAbsorption) {
        Require.finite("drift", drift);
        Require.nonNegative("volatility", volatility);
        if (cells < 2) {
            throw new IllegalArgumentException("cells = " + cells + " must be >= 2");
        }
        double h = 1.0 / cells;
        double[] positions = new double[cells];
        for (int m = 0; m < cells; m++) {
            positions[m] = (m + 0.5) * h;
        }
        int[] first = new int[cells];
        double[][] weights = new double[cells][];
        double[] toZero = new double[cells];
        double[] toOne = new double[cells];
        if (volatility == 0.0) {
            for (int a = 0; a < cells; a++) {
                double y = positions[a] + drift;
                if (y <= 0.0) {
                    toZero[a] = 1.0;
                    weights[a] = new double[0];
                } else if (y >= 1.0) {
                    toOne[a] = 1.0;
                    weights[a] = new double[0];
                } else {
                    double u = Math.min(Math.max(y * cells - 0.5, 0.0), cells - 1.0);
                    int lo = (int) Math.floor(u);
                    int hi = Math.min(lo + 1, cells - 1);
                    double frac = u - lo;
                    first[a] = lo;
                    weights[a] = hi == lo ? new double[] {1.0} : new double[] {1.0 - frac, frac};
                }
            }
            return new FrontTransition(positions, first, weights, toZero, toOne);
        }
        // On a uniform grid the probability of moving from cell a to cell m depends only on m − a:
        // K[d] = Φ(((d + ½)h − μ)/σ) − Φ(((d − ½)h − μ)/σ). One kernel serves every row; rows near the bounds are
        // cut, and the mass beyond 0 or 1 is their absorption probability.
        int reach = (int) Math.ceil((Math.abs(drift) + TAIL_SIGMAS * volatility) / h) + 1;
        reach = Math.min(reach, cells - 1);
        // Cell d spans the standardised edges lo_d = ((d − ½)h − μ)/σ and hi_d = ((d + ½)h − μ)/σ; hi_d and lo_{d+1}
        // are the same double (d + ½ and (d + 1) − ½ are exact), and each edge b is only ever taken as Φ(−|b|) (the
        // tail away from the mean, so neither term is close to 1), so one normal tail per edge serves both cells.
        // (At b = ±0 the two signs give the same bits: erfc(±0) is the same value.)
        double[] tail = new double[2 * reach + 2];
        for (int e = 0; e < tail.length; e++) {
            double b = ((e - reach - 0.5) * h - drift) / volatility;
            tail[e] = b <= 0.0 ? lowerTail(b) : lowerTail(-b);
        }
        double[] kernel = new double[2 * reach + 1];
        for (int d = -reach; d <= reach; d++) {
            double lo = ((d - 0.5) * h - drift) / volatility;
            double hi = ((d + 0.5) * h - drift) / volatility;
            double tailLo = tail[d + reach];
            double tailHi = tail[d + reach + 1];
            kernel[d + reach] = hi <= 0.0 ? tailHi - tailLo : (lo >= 0.0 ? tailLo - tailHi : 1.0 - tailLo - tailHi);
        }
        // Every row reads its slice of the one kernel in place (no copy per row).
        int[] offset = new int[cells];
        int[] length = new int[cells];
        for (int a = 0; a < cells; a++) {
            double centre = positions[a] + drift;
            int lo = Math.max(0, a - reach);
            int hi = Math.min(cells - 1, a + reach);
            first[a] = lo;
            weights[a] = kernel;
            offset[a] = lo - a + reach;
            length[a] = hi - lo + 1;
            double below = centre / volatility;
            double above = (1.0 - centre) / volatility;
            toZero[a] = cutAbsorption && below > TAIL_SIGMAS ? 0.0 : lowerTail(-below);
            toOne[a] = cutAbsorption && above > TAIL_SIGMAS ? 0.0 : lowerTail(-above);
        }
        return new FrontTransition(positions, first, weights, offset, length, toZero, toOne, reach);
    }

    /**
     * The gambler's-ruin walk on positions j/N, j = 1..N−1 undecided, one battle per step: up with probability π
     * (A wins the battle), down otherwise; j = N is decided for A (f = 1), j = 0 for B (f = 0).
     */
    public static FrontTransition lattice(int size, double battleWinA) {
        if (size < 2) {
            throw new IllegalArgumentException("size N = " + size + " must be >= 2 to have an undecided position");
        }
        Require.openProbability("battleWinA", battleWinA);
        int n = size - 1;
        double[] positions = new double[n];
        int[] first = new int[n];
        double[][] weights = new double[n][];
        double[] toZero = new double[n];
        double[] toOne = new double[n];
        for (int a = 0; a < n; a++) {
            positions[a] = (a + 1.0) / size;
            boolean bottom = a == 0;
            boolean top = a == n - 1;
            toZero[a] = bottom ? 1.0 - battleWinA : 0.0;
            toOne[a] = top ? battleWinA : 0.0;
            if (bottom && top) {
                weights[a] = new double[0];
            } else if (bottom) {
                first[a] = 1;
                weights[a] = new double[] {battleWinA};
            } else if (top) {
                first[a] = a - 1;
                weights[a] = new double[] {1.0 - battleWinA};
            } else {
                first[a] = a - 1;
                weights[a] = new double[] {1.0 - battleWinA, 0.0, battleWinA};
            }
        }
        return new FrontTransition(positions, first, weights, toZero, toOne);
    }

    /**
     * Φ(z) = ½·erfc(−z/√2), erfc from Commons Numbers (within a few ulp; the building of a transition is mostly these
     * calls). Commons's erfc is exactly 0 above {@value #ERFC_IS_ZERO_ABOVE}: its factor exp(−x²) underflows to 0
     * beyond x ≈ 27.297 and it returns 0 outright from 27.30078 (the true value is then below half the smallest
     * subnormal). So the call is skipped there with the same bits: for a narrow walk most cells lie that far from
     * the bound they are absorbed at (σ = 0.004: every cell more than 27.3·√2·σ ≈ 0.15 from it).
     */
    static double lowerTail(double z) {
        double x = -z / Math.sqrt(2.0);
        return x > ERFC_IS_ZERO_ABOVE ? 0.0 : 0.5 * Erfc.value(x);
    }

    /** Number of undecided states. */
    public int states() {
        return positions.length;
    }

    /** The front value that undecided state m stands for. */
    public double position(int m) {
        return positions[m];
    }

    /** A copy of all state positions, in increasing order. */
    public double[] positions() {
        return positions.clone();
    }

    /**
     * Pushes a distribution one month forward: {@code next[m] = Σ_a mass[a]·P(a → m)}.
     *
     * @return the mass absorbed this month at 0 (index 0) and at 1 (index 1)
     */
    double[] forward(double[] mass, double[] next) {
        return forward(mass, next, new double[positions.length]);
    }

    /** The same with a scratch array of at least {@link #states()} entries (its contents are overwritten). */
    double[] forward(double[] mass, double[] next, double[] scratch) {
        int n = positions.length;
        java.util.Arrays.fill(next, 0.0);
        int lo = 0;
        while (lo < n && mass[lo] == 0.0) {
            lo++;
        }
        if (lo == n) {
            return new double[] {0.0, 0.0};
        }
        int hi = n - 1;
        while (mass[hi] == 0.0) {
            hi--;
        }
        return forwardFrom(mass, lo, hi, next, scratch);
    }

    /**
     * {@link #forward} for a mass that is zero outside [lo, hi], into a {@code next} that is all zero on entry: it
     * writes only the states rows lo..hi reach ({@link #reachedFrom}) and touches nothing else, so a caller that
     * tracks the support need not clear or scan whole arrays. The same bits as {@link #forward}.
     */
    double[] forwardFrom(double[] mass, int lo, int hi, double[] next, double[] scratch) {
        double zero = 0.0;
        double one = 0.0;
        for (int a = lo; a <= hi; a++) {
            double pa = mass[a];
            if (pa != 0.0) {
                zero += pa * toZero[a];
                one += pa * toOne[a];
            }
        }
        if (reach >= 0) {
            gatherForward(mass, lo, hi, next, scratch);
        } else {
            scatterForward(mass, lo, hi, next);
        }
        return new double[] {zero, one};
    }

    /** next[m] += Σ_a mass[a]·P(a → m), row by row in ascending a (any transition). */
    private void scatterForward(double[] mass, int lo, int hi, double[] next) {
        for (int a = lo; a <= hi; a++) {
            double pa = mass[a];
            if (pa == 0.0) {
                continue;
            }
            double[] w = weights[a];
            int off = offset[a];
            int base = first[a];
            for (int k = 0, len = length[a]; k < len; k++) {
                next[base + k] += pa * w[off + k];
            }
        }
    }

    /**
     * The same sums for a transition whose every row is one kernel, P(a → m) = K[m − a + reach] (cut at the
     * bounds): next[m] = Σ_{a = m − reach}^{m + reach} mass[a]·K[m − a + reach], summed in ascending a as
     * {@link #scatterForward} does (the terms it skips are zero, and adding +0.0 changes no sum), so the results
     * are bit-identical. With a = m + d and d outer, the inner loop runs over m on a shifted copy of the mass —
     * next[m] += K[reach − d]·shifted[m] — which the JIT vectorises; only the states the support reaches are
     * visited.
     */
    private void gatherForward(double[] mass, int lo, int hi, double[] next, double[] shifted) {
        int n = positions.length;
        for (int d = -reach; d <= reach; d++) {
            // targets m whose source a = m + d lies in the support [lo, hi]
            int from = Math.max(0, lo - d);
            int to = Math.min(n - 1, hi - d) + 1;
            if (from >= to) {
                continue;
            }
            System.arraycopy(mass, from + d, shifted, from, to - from);
            accumulate(next, from, to, kernel(reach - d), shifted);
        }
    }

    /** K[j] = P(a → a − reach + j) of a uniform-kernel transition, j = 0..2·reach. */
    private double kernel(int j) {
        return weights[0][j];
    }

    /**
     * {@code out[a] = E[g(f') | a]} where g is {@code next} on undecided states, {@code atZero}/{@code atOne} on decided
     * ({@code next} and {@code out} are different arrays).
     */
    void expectation(double[] next, double atZero, double atOne, double[] out) {
        expectation(next, atZero, atOne, out, 0, positions.length - 1);
    }

    /**
     * {@link #expectation} for rows fromRow..toRow only (the others of {@code out} are left as they are); it reads
     * {@code next} only on {@link #reachedFrom}(fromRow, toRow), and each row's value is bit-identical to the
     * whole-grid call.
     */
    void expectation(double[] next, double atZero, double atOne, double[] out, int fromRow, int toRow) {
        expectation(next, atZero, atOne, out, fromRow, toRow, new double[positions.length]);
    }

    /** The same with a scratch array of at least {@link #states()} entries (its contents are overwritten). */
    void expectation(double[] next, double atZero, double atOne, double[] out, int fromRow, int toRow,
                     double[] scratch) {
        int n = toRow + 1;
        if (reach < 0) {
            for (int a = fromRow; a < n; a++) {
                out[a] = rowExpectation(a, next, atZero, atOne);
            }
            return;
        }
        int last = positions.length - 1;
        // Every row reads the same kernel, shifted by one state per row: row a's term j is K[j]·next[a − reach + j]
        // for the j that land inside the grid. Adding term j of every row before term j + 1 (j outer, rows inner)
        // adds each row's terms in the same order as rowExpectation, so the results are bit-identical. The inner
        // loop reads next through a copy shifted to the rows' indices, because the JIT vectorises
        // out[a] += w·x[a] but not a loop whose store and load indices differ by an unknown amount.
        for (int a = fromRow; a < n; a++) {
            out[a] = toZero[a] * atZero + toOne[a] * atOne;
        }
        double[] shifted = scratch;
        for (int j = 0; j <= 2 * reach; j++) {
            // rows whose term j lands inside the grid: 0 ≤ a − reach + j ≤ last
            int from = Math.max(fromRow, reach - j);
            int to = Math.min(toRow, last + reach - j) + 1;
            if (from >= to) {
                continue;
            }
            System.arraycopy(next, from - reach + j, shifted, from, to - from);
            accumulate(out, from, to, kernel(j), shifted);
        }
    }

    /**
     * The states rows fromRow..toRow can move to, as {lowest, highest} ({1, 0} — empty — when none can move to an
     * undecided state).
     */
    int[] reachedFrom(int fromRow, int toRow) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int a = fromRow; a <= toRow; a++) {
            if (length[a] > 0) {
                lo = Math.min(lo, first[a]);
                hi = Math.max(hi, first[a] + length[a] - 1);
            }
        }
        return lo > hi ? new int[] {1, 0} : new int[] {lo, hi};
    }

    private double rowExpectation(int a, double[] next, double atZero, double atOne) {
        double[] w = weights[a];
        int off = offset[a];
        int base = first[a];
        double sum = toZero[a] * atZero + toOne[a] * atOne;
        for (int k = 0, len = length[a]; k < len; k++) {
            sum += w[off + k] * next[base + k];
        }
        return sum;
    }

    /** {@code out[r] += w·x[r]} for r in [from, to). */
    private static void accumulate(double[] out, int from, int to, double w, double[] x) {
        for (int r = from; r < to; r++) {
            out[r] += w * x[r];
        }
    }

    /** Index of the state nearest below f (clamped), for interpolation. */
    int lowerIndex(double f) {
        int lo = 0;
        int hi = positions.length - 1;
        if (f <= positions[0]) {
            return 0;
        }
        if (f >= positions[hi]) {
            return hi;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] <= f) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Linear interpolation of state values at front f (clamped to the outermost states; 0 and 1 are decided). */
    double interpolate(double[] values, double f) {
        int lo = lowerIndex(f);
        if (lo == positions.length - 1 || f <= positions[0]) {
            return values[lo];
        }
        double t = (f - positions[lo]) / (positions[lo + 1] - positions[lo]);
        return values[lo] + t * (values[lo + 1] - values[lo]);
    }

    /** Splits a point mass at f between the two nearest states, keeping its mean (clamped at the outermost states). */
    double[] pointMass(double f) {
        double[] mass = new double[positions.length];
        int lo = lowerIndex(f);
        if (lo == positions.length - 1 || f <= positions[0]) {
            mass[lo] = 1.0;
            return mass;
        }
        double t = (f - positions[lo]) / (positions[lo + 1] - positions[lo]);
        mass[lo] = 1.0 - t;
        mass[lo + 1] = t;
        return mass;
    }
}
