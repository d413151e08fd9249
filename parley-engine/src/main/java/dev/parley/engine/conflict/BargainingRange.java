package dev.parley.engine.conflict;

/**
 * A closed interval {@code [lower, upper]} of A's share x of a good of size 1 that both sides prefer to war.
 * Empty when {@code lower > upper}.
 *
 * @param lower the smallest share A accepts rather than fight
 * @param upper the largest share B concedes rather than fight
 */
public record BargainingRange(double lower, double upper) {

    /** Whether no share satisfies both sides. */
    public boolean isEmpty() {
        return lower > upper;
    }

    /** {@code upper - lower}; negative when empty. */
    public double width() {
        return upper - lower;
    }

    /** Whether the share x lies in the range. */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }
}
