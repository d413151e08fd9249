package dev.parley.engine.negotiate;

import java.util.Arrays;

/**
 * W_i(t) from a table {@code values[decider][month]}: e.g. {@code ValueOfNoDeal.values()} and {@code front()} of
 * the pipeline (W at the expected front), or fixed reservation values ({@link #fixed}).
 */
public final class TabulatedNoDealValues implements NoDealValues {
    private final double[][] values;
    private final double[] front;

    /**
     * @param values {@code values[decider][month]}, every row non-empty and of equal length
     * @param front  the front per month (same length as a row), or null
     */
    public TabulatedNoDealValues(double[][] values, double[] front) {
        if (values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("need W_i(t) for at least one decider and one month");
        }
        this.values = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != values[0].length) {
                throw new IllegalArgumentException("decider " + i + " has " + values[i].length
                        + " months of W but decider 0 has " + values[0].length + "; give every decider the same months");
            }
            for (int t = 0; t < values[i].length; t++) {
                if (!Double.isFinite(values[i][t])) {
                    throw new IllegalArgumentException("W_" + i + "(" + t + ") = " + values[i][t] + " must be finite");
                }
            }
            this.values[i] = values[i].clone();
        }
        if (front != null && front.length != values[0].length) {
            throw new IllegalArgumentException("the front has " + front.length + " months but W has "
                    + values[0].length);
        }
        this.front = front == null ? null : front.clone();
    }

    /** Fixed reservation values, the same every month (the GENIUS convention). */
    public static TabulatedNoDealValues fixed(double... reservation) {
        double[][] v = new double[reservation.length][1];
        for (int i = 0; i < v.length; i++) {
            v[i][0] = reservation[i];
        }
        return new TabulatedNoDealValues(v, null);
    }

    @Override
    public int deciderCount() {
        return values.length;
    }

    @Override
    public double value(int decider, int month) {
        double[] row = values[decider];
        return row[Math.min(Math.max(month, 0), row.length - 1)];
    }

    @Override
    public double front(int month) {
        return front == null ? Double.NaN : front[Math.min(Math.max(month, 0), front.length - 1)];
    }

    /** Months tabulated (month 0 included); later months keep the last month's values. */
    public int monthCount() {
        return values[0].length;
    }

    @Override
    public String toString() {
        return "TabulatedNoDealValues" + Arrays.deepToString(values);
    }
}
