package dev.parley.cli;

import dev.parley.engine.forecast.ForecastAccuracy;
import dev.parley.engine.forecast.ForecastComparison;
import dev.parley.engine.forecast.ForecastComparison.Comparison;
import dev.parley.engine.forecast.ForecastComparison.Method;
import dev.parley.engine.forecast.ForecastModel;
import dev.parley.engine.forecast.ScenarioForecastProblems;
import dev.parley.io.forecast.BdmCsvReader;
import dev.parley.io.forecast.DeuTsvReader;
import dev.parley.io.forecast.ForecastInputException;
import dev.parley.io.forecast.KtabCsvReader;
import dev.parley.io.forecast.KtabXmlReader;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import dev.parley.model.forecast.ForecastCase;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.model.forecast.KtabScenario;
import dev.parley.report.sections.ForecastSection;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley forecast FILE}: multi-actor forecast models on a scenario or a KTAB/BDM file, or their accuracy. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        header = "Forecast where the issues settle with multi-actor models, or measure their accuracy.",
        description = {"Runs the multi-actor forecast models on FILE and prints, per issue, each",
            "model's forecast, the spread across models and each actor's final position.",
            "",
            "FILE is read by its extension:",
            "  .yaml .yml .json  a Parley scenario: one issue = one dimension on 0-100",
            "                    (options in their order, a range mapped linearly); each",
            "                    actor starts at the outcome it values most, with its",
            "                    weight as salience; actors without a capability are",
            "                    left out (a note says so)",
            "  .csv              BDM CSV when the first line names Actor, Capability,",
            "                    Position, Salience; otherwise KTAB CSV",
            "  .xml              KTAB XML (smp uses its model parameters)",
            "  .tsv              DEU data, with --evaluate only",
            "",
            "Models: smp (KTAB Spatial Model of Politics; runs to its stopping rule, at",
            "most 100 turns, unless --rounds caps it), eu (expected-utility model after",
            "Scholz et al. 2011; 10 rounds unless --rounds says otherwise), compromise",
            "(capability x salience weighted mean), median (weighted median).",
            "",
            "--evaluate runs the models on every issue of DEU-format data and prints, per",
            "model, n, the mean and median absolute error and the hit rate (error below",
            "10 points, 50 on dichotomous issues).",
            "Notes go to stderr; with a terminal, so does a progress line. Docs:",
            "docs/cli.md and docs/forecast.md."})
final class ForecastCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A scenario, KTAB CSV/XML or BDM CSV file; DEU TSV with --evaluate.")
    Path file;

    @Option(names = "--model", paramLabel = "MODEL", split = ",", defaultValue = "all",
            description = "smp, eu, compromise, median or all (default: ${DEFAULT-VALUE}); several may be given, "
                    + "comma-separated.")
    List<String> models;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Rounds of the eu model (default 10) and a cap on smp turns (default: its stopping rule).")
    Integer rounds;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--evaluate", description = "Measure each model's accuracy on DEU-format data (FILE.tsv).")
    boolean evaluate;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;



    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ForecastComparison comparison = comparison();
        OutputFormat.check(format);
        try {
            if (evaluate) {
                ForecastInput.checkReadable(file);
                return evaluate(comparison, out, err);
            }
            ForecastInput kind = ForecastInput.of(file);
            return switch (kind) {
                case SCENARIO -> scenario(comparison, out, err);
                case KTAB_CSV -> problem(kind, new KtabCsvReader().read(file), comparison, out, err);
                case KTAB_XML -> problem(kind, new KtabXmlReader().read(file), comparison, out, err);
                case BDM_CSV -> problem(kind, KtabScenario.of(new BdmCsvReader().read(file)), comparison, out, err);
                case DEU_TSV -> throw new ForecastInputException(file.toString(), 0, 0, "is DEU data, which has "
                        + "outcomes to score forecasts against", "run: parley forecast --evaluate " + file);
            };
        } catch (ForecastInputException e) {
            err.println(e.getMessage());
            err.flush();
            return ParleyCommand.BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println(file + (e.getCause() instanceof CharacterCodingException ? ": is not UTF-8 text"
                    : ": cannot be read: " + e.getCause().getMessage()) + " (save it as UTF-8 text)");
            err.flush();
            return ParleyCommand.BAD_INPUT;
        }
    }

    /** The models and rounds asked for. */
    private ForecastComparison comparison() {
        Set<Method> methods = EnumSet.noneOf(Method.class);
        for (String m : models) {
            String id = m.trim();
            if (id.equals("all")) {
                methods.addAll(EnumSet.allOf(Method.class));
            } else {
                methods.add(Method.byId(id).orElseThrow(() -> new UserInputException("--model '" + id
                        + "' is not one of " + Arrays.stream(Method.values()).map(Method::id)
                        .collect(Collectors.joining(", ")) + ", all")));
            }
        }
        if (rounds != null && rounds < 1) {
            throw new UserInputException("--rounds " + rounds + " is not a positive number of rounds (e.g. --rounds 10)");
        }
        return new ForecastComparison(methods, rounds == null ? OptionalInt.empty() : OptionalInt.of(rounds));
    }

    private int scenario(ForecastComparison comparison, PrintWriter out, PrintWriter err) {
        LoadedScenario loaded = ScenarioReader.read(file);
        loaded.notes().forEach(n -> err.println(n.format()));
        Scenario s = loaded.scenario();
        ScenarioForecastProblems.Mapped mapped;
        try {
            mapped = ScenarioForecastProblems.map(s);
        } catch (IllegalArgumentException e) {
            throw new ForecastInputException(file.toString(), 0, 0, e.getMessage(), "");
        }
        mapped.notes().forEach(n -> err.println(file + ": note: " + n));
        Comparison c = comparison.compare(mapped.problem());
        ForecastSection section = ForecastSection.ofScenario(s, mapped, c);
        return print(section, s.info().id() + ": " + s.info().title(), comparison, out, err);
    }

    private int problem(ForecastInput kind, KtabScenario scenario, ForecastComparison comparison, PrintWriter out,
            PrintWriter err) {
        Comparison c = comparison.compare(scenario);
        ForecastSection section = ForecastSection.ofProblem(file.toString(), c, List.of());
        ForecastProblem p = scenario.problem();
        String name = p.name().equals(file.toString()) ? file.toString() : p.name() + " (" + file + ")";
        return print(section, name + ", " + kind.label(), comparison, out, err);
    }

    private int print(ForecastSection section, String heading, ForecastComparison comparison, PrintWriter out,
            PrintWriter err) {
        for (ForecastComparison.Outcome o : section.comparison().outcomes()) {
            // the text output says these in its header; the machine formats keep stdout to data
            if (!format.equals("text")) {
                o.notApplicable().ifPresent(r -> err.println(file + ": note: " + o.method().id()
                        + " not applicable: " + r));
                if (!o.note().isEmpty()) {
                    err.println(file + ": note: " + o.method().id() + ": " + o.note());
                }
            }
        }
        err.flush();
        switch (format) {
            case "json" -> out.print(OutputFormat.JSON.writeValueAsString(section.results()) + "\n");
            case "csv" -> ForecastCsv.write(out, section);
            default -> ForecastText.write(out, heading, section, comparison.expectedUtilityOptions().maxRounds());
        }
        out.flush();
        return ParleyCommand.OK;
    }

    private int evaluate(ForecastComparison comparison, PrintWriter out, PrintWriter err) {
        DeuTsvReader.Result data = new DeuTsvReader().read(file);
        data.notes().forEach(err::println);
        List<ForecastCase> cases = data.cases();
        if (cases.isEmpty()) {
            throw new ForecastInputException(file.toString(), 0, 0, "has no issue with an outcome to score",
                    "DEU III rows with the out column filled in");
        }
        List<Method> methods = comparison.methods();
        ProgressLine progress = new ProgressLine(err, System.console() != null, "evaluating",
                methods.size() * cases.size());
        List<ForecastModel> models = new ArrayList<>();
        for (Method m : methods) {
            models.add(counted(m.id(), comparison.model(m), progress));
        }
        ForecastAccuracy accuracy = new ForecastAccuracy();
        ForecastAccuracy.Report common = accuracy.evaluate(cases, models);
        ForecastAccuracy.Report every = null;
        if (common.scored() < common.cases()) {
            List<ForecastModel> total = new ArrayList<>();
            for (int k = 0; k < methods.size(); k++) {
                if (common.scores().get(k).notApplicable() == 0) {
                    total.add(counted(methods.get(k).id(), comparison.model(methods.get(k)), null));
                }
            }
            every = total.isEmpty() ? null : accuracy.evaluate(cases, total);
        }
        progress.finish();
        switch (format) {
            case "json" -> out.print(OutputFormat.JSON.writeValueAsString(AccuracyOutput.json(file.toString(), common, every))
                    + "\n");
            case "csv" -> AccuracyOutput.csv(out, common, every);
            default -> AccuracyOutput.text(out, file.toString(), common, every);
        }
        out.flush();
        return ParleyCommand.OK;
    }

    /** The model under the command-line name, counting its calls on the progress line. */
    private static ForecastModel counted(String name, ForecastModel model, ProgressLine progress) {
        return new ForecastModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] forecast(ForecastProblem problem) {
                try {
                    return model.forecast(problem);
                } finally {
                    if (progress != null) {
                        progress.step();
                    }
                }
            }
        };
    }
}
