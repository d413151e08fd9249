package dev.parley.cli;

import dev.parley.io.scenario.ScenarioSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code parley schema}: prints the scenario JSON Schema, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Print the scenario JSON Schema, for editors.",
        description = {"Prints the scenario JSON Schema (draft 2020-12), e.g. to point an editor at it:",
            "  parley schema > parley-scenario.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ScenarioSchema.text());
        spec.commandLine().getOut().flush();
        return ParleyCommand.OK;
    }
}
