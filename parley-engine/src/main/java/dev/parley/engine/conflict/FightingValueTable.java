package dev.parley.engine.conflict;

/**
 * W(t, f) on a grid of undecided front states for months t = 0..H, from
 * {@link DiscretisedFrontValueOfFighting#table}. Between grid states values are interpolated linearly; a decided
 * front (f = 0 or 1) is worth u(0) or u(1).
 */
public final class FightingValueTable {
    private final FrontTransition grid;
    private final double[][] values;
    private final double atZero;
    private final double atOne;

    FightingValueTable(FrontTransition grid, double[][] values, double atZero, double atOne) {
        this.grid = grid;
        this.values = values;
        this.atZero = atZero;
        this.atOne = atOne;
    }

    /** The horizon H (the last month in the table). */
    public int horizonMonths() {
        return values.length - 1;
    }

    /** W(t, f). */
    public double value(int month, double front) {
        if (month < 0 || month >= values.length) {
            throw new IllegalArgumentException("month = " + month + " must lie in [0, " + (values.length - 1) + "]");
        }
        Require.probability("front", front);
        if (front <= 0.0) {
            return atZero;
        }
        if (front >= 1.0) {
            return atOne;
        }
        return grid.interpolate(values[month], front);
    }

    /** W(t, ·) on the grid states, for month t (a copy). */
    public double[] valuesAt(int month) {
        return values[month].clone();
    }

    /** The grid states' front values. */
    public double[] positions() {
        return grid.positions();
    }
}
