package dev.parley.engine.space;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Cartesian product of a list of finite issues, each with a fixed number of options, with outcomes
 * encoded as {@code long} indices in mixed radix.
 *
 * <p>Encoding: outcome {@code x = (x_0, …, x_{K-1})}, {@code 0 <= x_k < optionCount(k)}, has index
 * {@code Σ_k x_k·stride(k)} with {@code stride(K-1) = 1} and {@code stride(k) = stride(k+1)·optionCount(k+1)}:
 * the last issue varies fastest. Continuous issues enter through {@link Builder#discretisedIssue}, which
 * states its grid.
 *
 * <p>The size may exceed what can be enumerated; algorithms that enumerate check it against their limit and
 * refuse with a {@link SpaceTooLargeException} instead of truncating. The size itself must fit a {@code long}.
 */
public final class OutcomeSpace {
    private final String[] issueNames;
    private final String[][] optionLabels;
    private final double[][] numericValues;
    private final int[] radix;
    private final long[] stride;
    private final long size;

    private OutcomeSpace(List<String> names, List<String[]> labels, List<double[]> numeric) {
        int k = names.size();
        if (k == 0) {
            throw new IllegalArgumentException("an outcome space needs at least one issue");
        }
        issueNames = names.toArray(new String[0]);
        optionLabels = labels.toArray(new String[0][]);
        numericValues = numeric.toArray(new double[0][]);
        radix = new int[k];
        stride = new long[k];
        BigInteger total = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            radix[i] = optionLabels[i].length;
            total = total.multiply(BigInteger.valueOf(radix[i]));
        }
        if (total.bitLength() > 62) {
            throw new SpaceTooLargeException("the outcome space has " + total
                    + " outcomes, more than a long index can address (2^62); split the issues or coarsen the"
                    + " discretisation", "none: reduce the space");
        }
        size = total.longValueExact();
        long s = 1;
        for (int i = k - 1; i >= 0; i--) {
            stride[i] = s;
            s *= radix[i];
        }
    }

    /** @return a builder to add issues in order */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A space of anonymous issues with the given option counts (labels "0", "1", …).
     *
     * @param optionCounts options per issue, each at least 1
     * @return the space
     */
    public static OutcomeSpace ofOptionCounts(int... optionCounts) {
        Builder b = builder();
        for (int i = 0; i < optionCounts.length; i++) {
            String[] labels = new String[optionCounts[i]];
            for (int o = 0; o < labels.length; o++) {
                labels[o] = Integer.toString(o);
            }
            b.discreteIssue("issue" + i, labels);
        }
        return b.build();
    }

    /** @return number of issues K */
    public int issueCount() {
        return radix.length;
    }

    /** @return number of options of issue {@code k} */
    public int optionCount(int k) {
        return radix[k];
    }

    /** @return a copy of the option counts per issue */
    public int[] optionCounts() {
        return radix.clone();
    }

    /** @return the name of issue {@code k} */
    public String issueName(int k) {
        return issueNames[k];
    }

    /** @return the label of option {@code o} of issue {@code k} */
    public String optionLabel(int k, int o) {
        return optionLabels[k][o];
    }

    /**
     * @return the numeric value of option {@code o} of issue {@code k} (the grid point for a discretised
     *         issue, the integer for an integer range), or NaN for a labelled option
     */
    public double numericValue(int k, int o) {
        return numericValues[k][o];
    }

    /** @return the index of the option of issue {@code k} with this label, or -1 */
    public int optionIndex(int k, String label) {
        String[] l = optionLabels[k];
        for (int o = 0; o < l.length; o++) {
            if (l[o].equals(label)) {
                return o;
            }
        }
        return -1;
    }

    /** @return the total number of outcomes (product of option counts) */
    public long size() {
        return size;
    }

    /** @return the mixed-radix stride of issue {@code k} */
    public long stride(int k) {
        return stride[k];
    }

    /**
     * @param choice one option index per issue
     * @return the outcome index
     */
    public long encode(int[] choice) {
        if (choice.length != radix.length) {
            throw new IllegalArgumentException("an outcome needs " + radix.length + " option indices, got "
                    + choice.length);
        }
        long idx = 0;
        for (int k = 0; k < radix.length; k++) {
            int x = choice[k];
            if (x < 0 || x >= radix[k]) {
                throw new IllegalArgumentException("option " + x + " of issue '" + issueNames[k]
                        + "' is outside 0.." + (radix[k] - 1));
            }
            idx += x * stride[k];
        }
        return idx;
    }

    /**
     * @param index an outcome index in {@code [0, size())}
     * @param out   receives one option index per issue (length {@link #issueCount()})
     */
    public void decode(long index, int[] out) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("outcome index " + index + " is outside 0.." + (size - 1));
        }
        long rest = index;
        for (int k = 0; k < radix.length; k++) {
            out[k] = (int) (rest / stride[k]);
            rest -= out[k] * stride[k];
        }
    }

    /** @return the outcome's option labels joined as {@code issue=label; …} */
    public String describe(int[] choice) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < choice.length; k++) {
            if (k > 0) {
                sb.append("; ");
            }
            sb.append(issueNames[k]).append('=').append(optionLabels[k][choice[k]]);
        }
        return sb.toString();
    }

    /** Adds issues in order. */
    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<String[]> labels = new ArrayList<>();
        private final List<double[]> numeric = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a discrete issue with labelled options.
         *
         * @param name    issue name
         * @param options option labels, at least one
         * @return this builder
         */
        public Builder discreteIssue(String name, String... options) {
            Objects.requireNonNull(name, "name");
            if (options.length == 0) {
                throw new IllegalArgumentException("issue '" + name + "' has no options; give at least one");
            }
            double[] nan = new double[options.length];
            Arrays.fill(nan, Double.NaN);
            return add(name, options.clone(), nan);
        }

        /**
         * Adds an integer issue with every integer in {@code [lower, upper]} as an option.
         *
         * @param name  issue name
         * @param lower smallest value
         * @param upper largest value
         * @return this builder
         */
        public Builder integerIssue(String name, long lower, long upper) {
            long n = upper - lower + 1;
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("integer issue '" + name + "' range [" + lower + ", " + upper
                        + "] must hold 1.." + Integer.MAX_VALUE + " values");
            }
            String[] l = new String[(int) n];
            double[] v = new double[(int) n];
            for (int i = 0; i < n; i++) {
                l[i] = Long.toString(lower + i);
                v[i] = lower + i;
            }
            return add(name, l, v);
        }

        /**
         * Adds a continuous issue discretised on the grid {@code lower + j·step}, {@code j = 0, 1, …}, up to and
         * including {@code upper} (the last point is {@code upper} itself when the range is not a multiple of
         * the step, so both ends are always options).
         *
         * @param name  issue name
         * @param lower lower end
         * @param upper upper end, {@code >= lower}
         * @param step  grid step, positive
         * @return this builder
         */
        public Builder discretisedIssue(String name, double lower, double upper, double step) {
            if (!(step > 0) || !(upper >= lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
                throw new IllegalArgumentException("continuous issue '" + name + "': need finite lower <= upper"
                        + " and step > 0, got [" + lower + ", " + upper + "] step " + step);
            }
            // 1e-9 relative slack so that (upper-lower)/step = 9.999999999 counts as 10 steps.
            long steps = (long) Math.floor((upper - lower) / step + 1e-9);
            boolean addUpper = lower + steps * step < upper - 1e-9 * Math.max(1, Math.abs(upper));
            long n = steps + 1 + (addUpper ? 1 : 0);
            if (n > 10_000_000L) {
                throw new IllegalArgumentException("continuous issue '" + name + "': step " + step + " gives " + n
                        + " grid points; use a coarser step (at most 10^7 points per issue)");
            }
            String[] l = new String[(int) n];
            double[] v = new double[(int) n];
            for (int j = 0; j < n; j++) {
                v[j] = (j == n - 1) ? upper : lower + j * step;
                l[j] = gridLabel(v[j]);
            }
            return add(name, l, v);
        }

        /**
         * A grid point's label: the value rounded to 12 significant digits, so that lower + j·step reads as the
         * grid's own decimal (0.35, not 0.35000000000000003, its binary sum); the value itself is kept as computed.
         */
        static String gridLabel(double v) {
            String shortest = Double.toString(v);
            if (shortest.length() <= LABEL_DIGITS) {
                return shortest; // the usual case, and cheap: spaces are built for every draw
            }
            return Double.toString(new BigDecimal(v).round(new MathContext(LABEL_DIGITS)).doubleValue());
        }

        /** Significant digits a grid label keeps; a label this short cannot carry a sum's rounding error. */
        private static final int LABEL_DIGITS = 12;

        private Builder add(String name, String[] l, double[] v) {
            if (names.contains(name)) {
                throw new IllegalArgumentException("issue '" + name + "' is added twice; issue names must be unique");
            }
            names.add(name);
            labels.add(l);
            numeric.add(v);
            return this;
        }

        /** @return the space */
        public OutcomeSpace build() {
            return new OutcomeSpace(names, labels, numeric);
        }
    }
}
