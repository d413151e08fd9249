package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastProblem;

import java.util.Arrays;

/**
 * The weighted median: per dimension, the position of the actor at which the cumulative capability × salience
 * weight, in order of position, first reaches half of the total — the position no majority of weight would
 * move away from (Black's median voter with weighted votes).
 *
 * <p>When the cumulative weight equals exactly half the total at some position (to 1e-12 relative), the median
 * is the midpoint between that position and the next one, the usual convention for an even split. When all
 * weights are zero the unweighted median is used.
 */
public final class WeightedMedianModel implements ForecastModel {

    @Override
    public String name() {
        return "weighted-median";
    }

    @Override
    public double[] forecast(ForecastProblem problem) {
        int n = problem.actorCount();
        int nd = problem.dimensionCount();
        double[] out = new double[nd];
        double[] x = new double[n];
        double[] w = new double[n];
        for (int d = 0; d < nd; d++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                ForecastActor a = problem.actors().get(i);
                x[i] = a.position(d);
                w[i] = a.capability() * a.salience(d);
                total += w[i];
            }
            if (!(total > 0)) {
                Arrays.fill(w, 1.0);
                total = n;
            }
            out[d] = weightedMedian(x, w, total);
        }
        return out;
    }

    /** Weighted median of {@code x} with non-negative weights {@code w} summing to {@code total}. */
    static double weightedMedian(double[] x, double[] w, double total) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double half = total / 2;
        double cum = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            cum += w[i];
            if (Math.abs(cum - half) <= 1e-12 * total) {
                // exact even split: midpoint to the next distinct position that carries weight
                for (int m = k + 1; m < n; m++) {
                    if (w[order[m]] > 0) {
                        return (x[i] + x[order[m]]) / 2;
                    }
                }
                return x[i];
            }
            if (cum > half) {
                return x[i];
            }
        }
        return x[order[n - 1]];
    }
}
