package dev.parley.engine.pipeline;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results of a stage's expensive parts, kept under the exact value of everything they are computed from, so that
 * pipeline runs sharing most of their inputs compute each part once. The 2^k coalitions of one attribution draw
 * (DESIGN.md §4.7: common random numbers) differ only by their factors' effects: a decider no active factor touches
 * has the same W_i(t) in every coalition, the front walk changes only with the factors that move it, and so on.
 *
 * <p>A key lists every input of the computation by value (numbers, records, array contents; {@link #key}), so a hit
 * returns what the computation would have returned, bit for bit. Cached values are shared: callers must not change
 * them. Not thread-safe: one instance per draw and thread.
 */
public final class SharedStageWork {

    /** Computes every part afresh: what a single pipeline run uses. */
    public static final SharedStageWork NONE = new SharedStageWork(false);

    private final boolean keeps;
    private final Map<Key, Object> done = new HashMap<>();
    private int hits;

    private SharedStageWork(boolean keeps) {
        this.keeps = keeps;
    }

    /** A cache for runs that share inputs, e.g. the coalitions of one attribution draw. */
    public static SharedStageWork create() {
        return new SharedStageWork(true);
    }

    /**
     * A key of the inputs {@code parts}, compared by content: arrays (nested too) element by element, doubles by
     * their bits as {@link Double#equals} does, other objects by {@code equals} (the model's records compare values).
     * The first part should name the computation.
     */
    public static Key key(Object... parts) {
        return new Key(parts.clone());
    }

    /**
     * The outcome space as far as a result can name it: each issue's name, option labels and numeric values (two
     * spaces with the same signature index the same outcomes the same way).
     */
    static Object[] signature(OutcomeSpace space) {
        Object[] issues = new Object[space.issueCount()];
        for (int k = 0; k < issues.length; k++) {
            String[] labels = new String[space.optionCount(k)];
            double[] values = new double[labels.length];
            for (int o = 0; o < labels.length; o++) {
                labels[o] = space.optionLabel(k, o);
                values[o] = space.numericValue(k, o);
            }
            issues[k] = new Object[] {space.issueName(k), labels, values};
        }
        return issues;
    }

    /**
     * Every decider's contribution table (by issue and option) and the options their red lines allow: what a
     * frontier, a search or a negotiation over the space is computed from.
     */
    static Key contents(java.util.List<AdditiveUtility> utilities, java.util.List<RedLines> redLines) {
        OutcomeSpace space = utilities.get(0).space();
        double[][][] tables = new double[utilities.size()][space.issueCount()][];
        for (int i = 0; i < tables.length; i++) {
            for (int k = 0; k < space.issueCount(); k++) {
                tables[i][k] = utilities.get(i).contributions(k);
            }
        }
        boolean[][][] allowed = new boolean[redLines.size()][][];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = redLines.get(i).allowedMask();
        }
        return key(signature(space), tables, allowed);
    }

    /** The value computed for {@code key}, computed now if this is the first time. */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute) {
        if (!keeps) {
            return compute.get();
        }
        Object known = done.get(key);
        if (known != null) {
            hits++;
            return (T) known;
        }
        T value = compute.get();
        done.put(key, value);
        return value;
    }

    /** How many times a kept value was returned instead of computed (for tests). */
    public int hits() {
        return hits;
    }

    /** Inputs compared by content. */
    public static final class Key {
        private final Object[] parts;
        private final int hash;

        private Key(Object[] parts) {
            this.parts = parts;
            this.hash = Arrays.deepHashCode(parts);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.deepEquals(k.parts, parts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
