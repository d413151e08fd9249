package dev.parley.engine.conflict;

/**
 * Zartman's "way out", made operational: given each party's value of fighting on W_i(t) under its own beliefs,
 * does some agreement give every party at least W_i (a non-empty ZOPA)? Implementations: {@link #divisibleGood()}
 * and {@link #outcomeTable(double[][], double)}; the bargaining module can supply its own.
 */
@FunctionalInterface
public interface WayOutTest {

    /** Whether an agreement exists that every party prefers (weakly) to fighting on. */
    boolean exists(double[] warValues);

    /**
     * Two parties sharing a good of size 1 (utilities = shares): a way out exists iff {@code W_A + W_B ≤ 1}
     * (reference/conflict-models.md §1.5 (3)).
     */
    static WayOutTest divisibleGood() {
        return warValues -> {
            if (warValues.length != 2) {
                throw new IllegalArgumentException("the divisible-good test needs 2 war values, got " + warValues.length);
            }
            return warValues[0] + warValues[1] <= 1.0;
        };
    }

    /**
     * A finite set of agreements: {@code utilities[i][x]} = party i's (expected) utility of agreement x. A way out
     * exists iff some x has {@code utilities[i][x] ≥ W_i − tolerance} for every i.
     */
    static WayOutTest outcomeTable(double[][] utilities, double tolerance) {
        if (utilities.length == 0) {
            throw new IllegalArgumentException("utilities needs one row per party, got none");
        }
        int outcomes = utilities[0].length;
        for (int i = 1; i < utilities.length; i++) {
            if (utilities[i].length != outcomes) {
                throw new IllegalArgumentException("utilities[" + i + "] has " + utilities[i].length
                        + " outcomes but utilities[0] has " + outcomes + "; every party needs a value for every outcome");
            }
        }
        double[][] copy = new double[utilities.length][];
        for (int i = 0; i < utilities.length; i++) {
            copy[i] = utilities[i].clone();
        }
        return warValues -> {
            if (warValues.length != copy.length) {
                throw new IllegalArgumentException("expected " + copy.length + " war values, got " + warValues.length);
            }
            for (int x = 0; x < outcomes; x++) {
                boolean all = true;
                for (int i = 0; i < copy.length && all; i++) {
                    all = copy[i][x] >= warValues[i] - tolerance;
                }
                if (all) {
                    return true;
                }
            }
            return false;
        };
    }
}
