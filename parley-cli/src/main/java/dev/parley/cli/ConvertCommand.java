package dev.parley.cli;

import dev.parley.io.output.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley convert DOMAIN PROFILE... [-o FILE]}: a GENIUS / GeniusWeb domain as a Parley scenario. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        header = "Turn a GENIUS / GeniusWeb domain with additive profiles into a Parley scenario.",
        description = {"Writes a scenario YAML: one party per profile, the domain's issues with their",
            "values as options, the profiles' weights (as written; Parley normalises them with a",
            "note) and evaluations (GENIUS semantics), reservation values as preferences.<id>.",
            "reservation. Without -o the YAML goes to standard output; with -o it is written",
            "atomically. Hyper-rectangle (non-additive) profiles are refused."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "3..*",
            description = "The domain file, then one profile file per party (GENIUS .xml or GeniusWeb .json).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the scenario here.")
    Path output;

    @Option(names = "--real-step", paramLabel = "STEP",
            description = "Grid step for real-valued issues: one option per grid point (without it they are refused).")
    Double realStep;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static double checkStep(double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new UserInputException("--real-step " + step + " is not a grid step; give a positive number");
        }
        return step;
    }

    @Override
    public Integer call() {
        GeniusInput input = GeniusInput.read(files.get(0), files.subList(1, files.size()));
        String yaml = GeniusScenarioWriter.yaml(input, realStep == null ? Double.NaN : checkStep(realStep));
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(yaml);
        } else {
            try {
                AtomicFiles.writeString(output, yaml);
            } catch (IOException e) {
                throw new UserInputException("cannot write " + output + ": " + e.getMessage()
                        + " (choose another file with -o)");
            }
            out.printf("wrote %s%n", output);
        }
        out.flush();
        return ParleyCommand.OK;
    }
}
