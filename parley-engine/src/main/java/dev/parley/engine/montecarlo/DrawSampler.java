package dev.parley.engine.montecarlo;

import dev.parley.model.Distribution;
import dev.parley.model.Factor;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Samples one Monte Carlo draw of a scenario (DESIGN.md §4.7): every {@code uncertainty} entry, then every factor's
 * activation. A factor with a {@code probability} is on with that probability — the probability itself may be an
 * uncertain parameter ({@code factors.<id>.probability}), in which case the drawn value is used; a factor without one
 * is on or off as the scenario says.
 *
 * <p>Each draw uses exactly one uniform per uncertain parameter (in the order of the scenario's {@code uncertainty}
 * map) and then one per factor (in file order, also for factors that are not random), so the stream position of each
 * quantity is fixed: the basis of common random numbers in {@link ShapleyAttribution}.
 */
public final class DrawSampler {

    /** One draw: the parameter values (indexed like the {@link ParameterTable}) before factor effects, and the mask. */
    public record Draw(double[] parameters, boolean[] factorsOn) {
    }

    private final ParameterTable table;
    private final List<Factor> factors;
    private final List<UncertainParameter> uncertain;
    private final int[] probabilityIndex;

    public DrawSampler(Scenario scenario, ParameterTable table) {
        this.table = table;
        this.factors = List.copyOf(scenario.factors());
        List<UncertainParameter> list = new ArrayList<>();
        for (Map.Entry<String, Distribution> e : scenario.uncertainty().entrySet()) {
            int i = table.indexOf(e.getKey());
            if (i < 0) {
                throw new IllegalArgumentException("uncertainty '" + e.getKey() + "' names no parameter of scenario '"
                        + scenario.info().id() + "'; valid paths include " + table.paths().subList(0,
                        Math.min(5, table.size())) + " (see ParameterTable)");
            }
            list.add(new UncertainParameter(e.getKey(), i, e.getValue()));
        }
        this.uncertain = List.copyOf(list);
        this.probabilityIndex = new int[factors.size()];
        for (int f = 0; f < factors.size(); f++) {
            probabilityIndex[f] = factors.get(f).probability().isPresent()
                    ? table.indexOf("factors." + factors.get(f).id() + ".probability") : -1;
        }
    }

    public List<UncertainParameter> uncertain() {
        return uncertain;
    }

    public List<Factor> factors() {
        return factors;
    }

    public ParameterTable table() {
        return table;
    }

    /** The draw from {@code rng}'s next |uncertainty| + |factors| uniforms. */
    public Draw sample(RandomGenerator rng) {
        double[] values = table.values();
        for (UncertainParameter p : uncertain) {
            values[p.index()] = p.sample(rng);
        }
        boolean[] on = new boolean[factors.size()];
        for (int f = 0; f < on.length; f++) {
            double u = rng.nextDouble();
            on[f] = probabilityIndex[f] >= 0 ? u < values[probabilityIndex[f]] : factors.get(f).active();
        }
        return new Draw(values, on);
    }

    /** The parameters after the effects of the factors in {@code factorsOn}, applied in file order. */
    public double[] withEffects(double[] parameters, boolean[] factorsOn) {
        double[] values = parameters.clone();
        for (int f = 0; f < factorsOn.length; f++) {
            if (factorsOn[f]) {
                table.apply(factors.get(f).effects(), values);
            }
        }
        return values;
    }
}
