package dev.parley.engine.space;

/**
 * Options a party will not accept (DESIGN.md §4.1: an outcome that crosses a red line of i is unacceptable
 * to i). A red line here forbids one option of one issue; an outcome crosses it when it picks that option.
 */
public final class RedLines {
    private final boolean[][] forbidden;

    private RedLines(boolean[][] forbidden) {
        this.forbidden = forbidden;
    }

    /** @return red lines that forbid nothing */
    public static RedLines none(OutcomeSpace space) {
        boolean[][] f = new boolean[space.issueCount()][];
        for (int k = 0; k < f.length; k++) {
            f[k] = new boolean[space.optionCount(k)];
        }
        return new RedLines(f);
    }

    /**
     * @param space     the outcome space
     * @param forbidden {@code forbidden[k][o]} true when option o of issue k crosses a red line
     * @return the red lines
     */
    public static RedLines of(OutcomeSpace space, boolean[][] forbidden) {
        if (forbidden.length != space.issueCount()) {
            throw new IllegalArgumentException("red lines need one row per issue (" + space.issueCount()
                    + "), got " + forbidden.length);
        }
        boolean[][] f = new boolean[forbidden.length][];
        for (int k = 0; k < f.length; k++) {
            if (forbidden[k].length != space.optionCount(k)) {
                throw new IllegalArgumentException("red lines of issue '" + space.issueName(k) + "' need "
                        + space.optionCount(k) + " entries, got " + forbidden[k].length);
            }
            f[k] = forbidden[k].clone();
        }
        return new RedLines(f);
    }

    /** @return red lines forbidding every option that any of the given red lines forbids */
    public static RedLines union(OutcomeSpace space, RedLines... all) {
        RedLines u = none(space);
        for (RedLines r : all) {
            for (int k = 0; k < u.forbidden.length; k++) {
                for (int o = 0; o < u.forbidden[k].length; o++) {
                    u.forbidden[k][o] |= r.forbidden[k][o];
                }
            }
        }
        return u;
    }

    /** @return whether option o of issue k crosses a red line */
    public boolean forbids(int k, int o) {
        return forbidden[k][o];
    }

    /** @return whether the outcome crosses any red line */
    public boolean crosses(int[] choice) {
        for (int k = 0; k < choice.length; k++) {
            if (forbidden[k][choice[k]]) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code allowed[k][o]}: the complement, as a fresh array */
    public boolean[][] allowedMask() {
        boolean[][] a = new boolean[forbidden.length][];
        for (int k = 0; k < a.length; k++) {
            a[k] = new boolean[forbidden[k].length];
            for (int o = 0; o < a[k].length; o++) {
                a[k][o] = !forbidden[k][o];
            }
        }
        return a;
    }
}
