package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastProblem;

/**
 * The compromise model: per dimension, the capability- and salience-weighted mean of the positions,
 * {@code Σ c_i s_i x_i / Σ c_i s_i}.
 *
 * <p>Source: the "compromise model" of the DEU literature (Achen 2006, in Thomson et al., <i>The European Union
 * Decides</i>; a variant of the Nash bargaining solution), used as the baseline to beat. When every weight on a
 * dimension is zero, the unweighted mean is returned (the weighted mean is undefined; the choice is ours).
 */
public final class CompromiseModel implements ForecastModel {

    @Override
    public String name() {
        return "compromise";
    }

    @Override
    public double[] forecast(ForecastProblem problem) {
        int nd = problem.dimensionCount();
        double[] out = new double[nd];
        for (int d = 0; d < nd; d++) {
            double num = 0;
            double den = 0;
            double plain = 0;
            for (ForecastActor a : problem.actors()) {
                double w = a.capability() * a.salience(d);
                num += w * a.position(d);
                den += w;
                plain += a.position(d);
            }
            out[d] = den > 0 ? num / den : plain / problem.actorCount();
        }
        return out;
    }
}
