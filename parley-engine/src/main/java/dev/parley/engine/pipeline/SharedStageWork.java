package dev.parley.engine.pipeline;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Results of a stage's expensive parts, kept under the exact value of everything they are computed from, so that
 * pipeline runs sharing most of their inputs compute each part once. The 2^k coalitions of one attribution draw
 * (DESIGN.md §4.7: common random numbers) differ only by their factors' effects: a decider no active factor touches
 * has the same W_i(t) in every coalition, the front walk changes only with the factors that move it, and so on.
 *
 * <p>A key lists every input of the computation by value (numbers, records, array contents; {@link #key}), so a hit
 * returns what the computation would have returned, bit for bit. Cached values are shared: callers must not change
 * them. What is kept is bounded by {@link #BUDGET_BYTES} (each part's size estimated by its caller; the least
 * recently used parts go first), since a talks' sorted utilities alone take n·(8·deciders + 12·parties) bytes and a
 * draw may have 4,096 coalitions: eviction costs time, never a different result. Not thread-safe: one instance per
 * draw and thread.
 */
public final class SharedStageWork {

    /** Computes every part afresh and builds no key: what a single pipeline run uses. */
    public static final SharedStageWork NONE = new SharedStageWork(false);

    /**
     * Estimated bytes kept per instance: room for a few dozen talks over a space the size of ukraine-2025's
     * (32,724 outcomes, about 1.6 MB each) and every W_i(t) of a draw; a part above a quarter of it is not kept.
     */
    public static final long BUDGET_BYTES = 64L << 20;

    private final boolean keeps;
    private final LinkedHashMap<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long keptBytes;
    private int hits;

    private record Kept(Object value, long bytes) {
    }

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
    static Key contents(List<AdditiveUtility> utilities, List<RedLines> redLines) {
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

    /** Bytes of a double array, for the callers' estimates. */
    static long bytes(double[] values) {
        return 16L + 8L * values.length;
    }

    /**
     * The value computed for the key, computed now if it is not kept. The key is built only by an instance that
     * keeps values ({@link #NONE} just computes).
     *
     * @param key     the computation's inputs by value
     * @param compute the computation
     * @param bytes   an estimate of the value's size in memory
     */
    @SuppressWarnings("unchecked")
    <T> T get(Supplier<Key> key, Supplier<T> compute, ToLongFunction<? super T> bytes) {
        if (!keeps) {
            return compute.get();
        }
        Key k = key.get();
        Kept known = kept.get(k);
        if (known != null) {
            hits++;
            return (T) known.value();
        }
        T value = compute.get();
        long size = bytes.applyAsLong(value);
        if (size <= BUDGET_BYTES / 4) {
            kept.put(k, new Kept(value, size));
            keptBytes += size;
            var eldest = kept.entrySet().iterator();
            while (keptBytes > BUDGET_BYTES) {
                keptBytes -= eldest.next().getValue().bytes();
                eldest.remove();
            }
        }
        return value;
    }

    /** How many times a kept value was returned instead of computed (for tests). */
    public int hits() {
        return hits;
    }

    /** The estimated bytes kept now (for tests). */
    long keptBytes() {
        return keptBytes;
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
