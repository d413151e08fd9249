package dev.parley.engine.space;

import java.util.Objects;

/**
 * A party's linear-additive utility over an {@link OutcomeSpace}: {@code U(x) = Σ_k c_k[x_k]} with per-issue
 * contribution tables {@code c_k[o] = w_k·v_k[o]} (DESIGN.md §4.1) held in primitive arrays.
 *
 * <p>Summation order is fixed (issue 0 first, starting from 0.0), in every method, so that every algorithm in
 * {@code dev.parley.engine.bargain} sees bit-identical utilities for the same outcome.
 *
 * <p>Weights are used as given: {@link #of} does not renormalise them (GENIUS does not either; Laptop's weights
 * sum to 1.0000518). {@link #normalised} divides them by their sum and says so in its name.
 */
public final class AdditiveUtility {
    private final OutcomeSpace space;
    private final double[][] table;

    private AdditiveUtility(OutcomeSpace space, double[][] table) {
        this.space = space;
        this.table = table;
    }

    /**
     * @param space       the outcome space
     * @param weights     one weight per issue, used as given (no renormalisation)
     * @param valueTables {@code valueTables[k][o]}: value of option {@code o} of issue {@code k}
     * @return the utility {@code Σ_k weights[k]·valueTables[k][x_k]}
     */
    public static AdditiveUtility of(OutcomeSpace space, double[] weights, double[][] valueTables) {
        checkShape(space, weights, valueTables);
        double[][] t = new double[valueTables.length][];
        for (int k = 0; k < t.length; k++) {
            t[k] = new double[valueTables[k].length];
            for (int o = 0; o < t[k].length; o++) {
                t[k][o] = weights[k] * valueTables[k][o];
            }
        }
        return new AdditiveUtility(space, t);
    }

    /**
     * Like {@link #of} but with the weights divided by their sum first, so that they sum to 1.
     *
     * @param space       the outcome space
     * @param weights     one weight per issue, positive sum
     * @param valueTables {@code valueTables[k][o]}: value of option {@code o} of issue {@code k}
     * @return the utility with normalised weights
     * @throws IllegalArgumentException when the weights do not have a positive sum
     */
    public static AdditiveUtility normalised(OutcomeSpace space, double[] weights, double[][] valueTables) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must have a positive sum to be normalised, got " + sum);
        }
        double[] w = weights.clone();
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        return of(space, w, valueTables);
    }

    /**
     * @param space         the outcome space
     * @param contributions {@code contributions[k][o]}: weighted contribution of option {@code o} of issue k
     * @return the utility {@code Σ_k contributions[k][x_k]}
     */
    public static AdditiveUtility ofContributions(OutcomeSpace space, double[][] contributions) {
        double[] ones = new double[space.issueCount()];
        java.util.Arrays.fill(ones, 1.0);
        checkShape(space, ones, contributions);
        double[][] t = new double[contributions.length][];
        for (int k = 0; k < t.length; k++) {
            t[k] = contributions[k].clone();
        }
        return new AdditiveUtility(space, t);
    }

    private static void checkShape(OutcomeSpace space, double[] weights, double[][] tables) {
        Objects.requireNonNull(space, "space");
        int k = space.issueCount();
        if (weights.length != k || tables.length != k) {
            throw new IllegalArgumentException("the space has " + k + " issues but " + weights.length
                    + " weights and " + tables.length + " value tables were given");
        }
        for (int i = 0; i < k; i++) {
            if (tables[i].length != space.optionCount(i)) {
                throw new IllegalArgumentException("issue '" + space.issueName(i) + "' has " + space.optionCount(i)
                        + " options but its value table has " + tables[i].length + " entries");
            }
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weight of issue '" + space.issueName(i) + "' is " + weights[i]);
            }
            for (double v : tables[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("value table of issue '" + space.issueName(i)
                            + "' holds non-finite value " + v);
                }
            }
        }
    }

    /** @return the outcome space */
    public OutcomeSpace space() {
        return space;
    }

    /**
     * @param k issue
     * @param o option
     * @return the weighted contribution {@code w_k·v_k[o]}
     */
    public double contribution(int k, int o) {
        return table[k][o];
    }

    /**
     * @param k issue
     * @return a copy of the contribution table of issue {@code k}
     */
    public double[] contributions(int k) {
        return table[k].clone();
    }

    /**
     * @param choice one option index per issue
     * @return U(x)
     */
    public double utility(int[] choice) {
        double s = 0.0;
        for (int k = 0; k < table.length; k++) {
            s += table[k][choice[k]];
        }
        return s;
    }

    /**
     * @param index outcome index (see {@link OutcomeSpace} for the encoding)
     * @return U(x)
     */
    public double utility(long index) {
        if (index < 0 || index >= space.size()) {
            throw new IllegalArgumentException("outcome index " + index + " is outside 0.." + (space.size() - 1));
        }
        int k = table.length;
        // digits from the least significant (last issue) upwards, then sum in issue order
        int[] digits = new int[k];
        long rest = index;
        for (int i = k - 1; i >= 0; i--) {
            int r = space.optionCount(i);
            digits[i] = (int) (rest % r);
            rest /= r;
        }
        return utility(digits);
    }

    /**
     * Evaluates {@code count} consecutive outcomes starting at index {@code first}, with an odometer over
     * prefix sums: one addition per outcome in the common case. Results are bit-identical to
     * {@link #utility(int[])}.
     *
     * @param first first outcome index
     * @param count number of outcomes, {@code first + count <= size()}
     * @param out   receives the utilities in {@code out[0..count)}
     */
    public void utilities(long first, int count, double[] out) {
        if (count < 0 || first < 0 || first + count > space.size() || out.length < count) {
            throw new IllegalArgumentException("cannot evaluate " + count + " outcomes from index " + first
                    + " in a space of " + space.size() + " into an array of " + out.length);
        }
        if (count == 0) {
            return;
        }
        int kk = table.length;
        int[] x = new int[kk];
        space.decode(first, x);
        double[] prefix = new double[kk]; // prefix[k] = sum of contributions of issues 0..k-1
        double s = 0.0;
        for (int k = 0; k < kk; k++) {
            prefix[k] = s;
            s += table[k][x[k]];
        }
        int last = kk - 1;
        double[] lastTable = table[last];
        int lastRadix = lastTable.length;
        int i = 0;
        while (true) {
            double base = prefix[last];
            int o = x[last];
            int run = Math.min(lastRadix - o, count - i);
            for (int j = 0; j < run; j++) {
                out[i + j] = base + lastTable[o + j];
            }
            i += run;
            if (i >= count) {
                return;
            }
            // carry into the earlier issues
            x[last] = 0;
            int k = last - 1;
            while (k >= 0 && ++x[k] == table[k].length) {
                x[k] = 0;
                k--;
            }
            for (int j = Math.max(k, 0); j < last; j++) {
                prefix[j + 1] = prefix[j] + table[j][x[j]];
            }
        }
    }

    /** @return the largest utility over the whole space (sum of per-issue maxima) */
    public double maxUtility() {
        double s = 0.0;
        for (double[] t : table) {
            double m = Double.NEGATIVE_INFINITY;
            for (double v : t) {
                m = Math.max(m, v);
            }
            s += m;
        }
        return s;
    }

    /** @return the smallest utility over the whole space (sum of per-issue minima) */
    public double minUtility() {
        double s = 0.0;
        for (double[] t : table) {
            double m = Double.POSITIVE_INFINITY;
            for (double v : t) {
                m = Math.min(m, v);
            }
            s += m;
        }
        return s;
    }
}
