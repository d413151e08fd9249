package dev.parley.cli;

import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioException;
import dev.parley.io.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley validate FILE...}: checks scenario files and prints one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check scenario files against the schema and the semantic rules.",
        description = {"Checks YAML or JSON scenario files and prints one line per problem:",
            "  file:line:col: path: what is wrong (what would be valid)",
            "Notes (e.g. weights normalised to sum 1) are printed too.",
            "Exit code 2 if any file is invalid."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files to check.")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            try {
                LoadedScenario loaded = ScenarioReader.read(file);
                loaded.notes().forEach(n -> out.println(n.format()));
                var s = loaded.scenario();
                out.printf("%s: valid (%d actors, %d issues, %s outcomes, %d factors, %d parameters)%n", file,
                        s.actors().size(), s.issues().size(), s.outcomeCount(), s.factors().size(),
                        loaded.parameters().size());
            } catch (ScenarioException e) {
                allValid = false;
                e.diagnostics().forEach(d -> err.println(d.format()));
            }
        }
        return allValid ? ParleyCommand.OK : ParleyCommand.BAD_INPUT;
    }
}
