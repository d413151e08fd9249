package dev.parley.cli;

import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Factor;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The case a conflict or durability command analyses: the central case (factors switched on applied, factors with a
 * probability left out), plus factors switched on by {@code --factor ID} and values set by {@code --set PATH=VALUE},
 * in that order. A picocli mixin: commands that analyse one case take {@code @Mixin ScenarioCase}.
 */
final class ScenarioCase {

    @Option(names = "--factor", paramLabel = "ID", split = ",",
            description = "Switch on a factor that has a probability (repeatable or comma-separated).")
    List<String> factors = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Set a parameter, e.g. --set costs.RU.hurting_threshold=0.04 (repeatable).")
    List<String> sets = new ArrayList<>();

    /** Reads {@code file}, prints its notes on {@code err}, and returns the case these options select. */
    Scenario load(Path file, PrintWriter err) {
        LoadedScenario loaded = ScenarioReader.read(file);
        loaded.notes().forEach(n -> err.println(n.format()));
        return of(loaded, factors, sets);
    }

    static Scenario of(LoadedScenario loaded, List<String> factors, List<String> sets) {
        Scenario s = loaded.scenario();
        ParameterTable table = loaded.parameters();
        double[] values = table.values();
        table.applySwitchedOnFactors(s, values);
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
