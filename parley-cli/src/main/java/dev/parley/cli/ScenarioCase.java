package dev.parley.cli;

import dev.parley.io.scenario.LoadedScenario;
import dev.parley.model.Factor;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The case a conflict or durability command analyses: the central case (factors switched on applied, factors with a
 * probability left out), plus factors switched on by {@code --factor ID} and values set by {@code --set PATH=VALUE},
 * in that order.
 */
final class ScenarioCase {

    private ScenarioCase() {
    }

    static Scenario of(LoadedScenario loaded, List<String> factors, List<String> sets) {
        Scenario s = loaded.scenario();
        ParameterTable table = loaded.parameters();
        double[] values = table.values();
        for (Factor f : s.factors()) {
            if (f.active() && f.probability().isEmpty()) {
                table.apply(f.effects(), values);
            }
        }
        for (String id : factors) {
            Factor f = s.factors().stream().filter(x -> x.id().equals(id.trim())).findFirst()
                    .orElseThrow(() -> new UserInputException("--factor '" + id + "' is not a factor of "
                            + s.info().id() + "; its factors: " + s.factors().stream().map(Factor::id)
                            .collect(Collectors.joining(", "))));
            if (!(f.active() && f.probability().isEmpty())) {
                table.apply(f.effects(), values);
            }
        }
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new UserInputException("--set '" + set + "' is not PATH=VALUE (e.g. --set "
                        + "costs.RU.hurting_threshold=0.04)");
            }
            String path = set.substring(0, eq).trim();
            int i = table.indexOf(path);
            if (i < 0) {
                throw new UserInputException("--set: the scenario has no parameter '" + path + "' (parley info "
                        + "FILE lists the paths)");
            }
            try {
                values[i] = Double.parseDouble(set.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new UserInputException("--set " + path + ": '" + set.substring(eq + 1)
                        + "' is not a number (e.g. 0.04)");
            }
        }
        return table.applyTo(s, values);
    }
}
