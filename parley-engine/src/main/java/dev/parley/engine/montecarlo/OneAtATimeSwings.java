package dev.parley.engine.montecarlo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One-at-a-time swings for a tornado chart: each uncertain parameter is set to the 5th and then the 95th percentile
 * of its distribution while every other parameter stays at its central value, and the output is recomputed. The
 * 5–95% range follows common tornado-chart practice (e.g. Clemen and Reilly, Making Hard Decisions, ch. 5, use
 * 10–90%; the report states which); swings are listed widest first.
 */
public final class OneAtATimeSwings {

    /** The low and high percentiles used. */
    public static final double LOW = 0.05;
    public static final double HIGH = 0.95;

    /** One bar of the tornado: the parameter at its low and high value, and the output at each. */
    public record Swing(String path, double lowValue, double highValue, double outputAtLow, double outputAtHigh) {

        public double width() {
            return Math.abs(outputAtHigh - outputAtLow);
        }
    }

    private OneAtATimeSwings() {
    }

    /**
     * @param central    the central parameter values (indexed like the scenario's parameter table)
     * @param parameters the uncertain parameters
     * @param output     the output as a function of all parameter values (it must not keep the array)
     * @return one swing per parameter, widest first (ties keep the scenario's order), swings with an undefined
     *         (NaN) output last
     */
    public static List<Swing> of(double[] central, List<UncertainParameter> parameters,
            ToDoubleFunction<double[]> output) {
        return of(central, parameters, output, new ParallelDrawRunner(1));
    }

    /**
     * As above, the 2k evaluations spread over the runner's threads (each is a pure function of its parameter
     * values, so the swings do not depend on the thread count); {@code output} must then be thread-safe.
     */
    public static List<Swing> of(double[] central, List<UncertainParameter> parameters,
            ToDoubleFunction<double[]> output, ParallelDrawRunner runner) {
        // evaluation 2j sets parameter j to its low percentile, 2j + 1 to its high one; the stream is not used
        List<Double> outputs = runner.run(0L, 2 * parameters.size(), (i, unused) -> {
            UncertainParameter p = parameters.get((int) (i / 2));
            double[] v = central.clone();
            v[p.index()] = p.quantile(i % 2 == 0 ? LOW : HIGH);
            return output.applyAsDouble(v);
        }).results();
        List<Swing> swings = new ArrayList<>();
        for (int j = 0; j < parameters.size(); j++) {
            UncertainParameter p = parameters.get(j);
            swings.add(new Swing(p.path(), p.quantile(LOW), p.quantile(HIGH), outputs.get(2 * j),
                    outputs.get(2 * j + 1)));
        }
        // an undefined output at either end (NaN, e.g. no ripe month, hence no durability) cannot be ranked: last
        swings.sort(Comparator.comparing((Swing w) -> Double.isNaN(w.width()))
                .thenComparing(Comparator.comparingDouble(Swing::width).reversed()));
        return List.copyOf(swings);
    }
}
