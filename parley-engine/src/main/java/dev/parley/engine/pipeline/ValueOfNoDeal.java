package dev.parley.engine.pipeline;

import java.util.List;

/**
 * Each decider's value of no deal from the conflict model, W_i(t) of DESIGN.md §4.3, month by month at the
 * expected front, with the error of its computation (the change when the front grid is halved; exact
 * expectation over the discretised front, not sampling).
 *
 * @param deciders parties and ratifiers, index i
 * @param front    E[f(t)], t = 0..H
 * @param values   {@code values[i][t]} = W_i(t) at {@code front[t]}
 * @param errors   {@code errors[i][t]}: discretisation error of values[i][t]
 */
public record ValueOfNoDeal(List<String> deciders, double[] front, double[][] values, double[][] errors) {

    public ValueOfNoDeal {
        deciders = List.copyOf(deciders);
        front = front.clone();
        values = deepCopy(values);
        errors = deepCopy(errors);
    }

    /** The horizon H. */
    public int horizonMonths() {
        return front.length - 1;
    }

    /** W_i(t). */
    public double value(int decider, int month) {
        return values[decider][month];
    }

    /** The largest error over deciders and months. */
    public double maxError() {
        double max = 0.0;
        for (double[] row : errors) {
            for (double e : row) {
                max = Math.max(max, e);
            }
        }
        return max;
    }

    @Override
    public double[] front() {
        return front.clone();
    }

    @Override
    public double[][] values() {
        return deepCopy(values);
    }

    @Override
    public double[][] errors() {
        return deepCopy(errors);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
