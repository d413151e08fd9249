package dev.parley.cli;

import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.pipeline.BargainingAtMonth;
import dev.parley.engine.pipeline.BargainingStage;
import dev.parley.engine.space.SpaceTooLargeException;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import dev.parley.report.sections.BargainingSection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley analyze FILE [--month T] [--format text|json|csv]} and
 * {@code parley analyze --genius DOMAIN PROFILE...}: the bargaining space (DESIGN.md §4.2) of a scenario at one
 * month, or of a GENIUS / GeniusWeb domain under GENIUS conventions.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        header = "The bargaining space: frontier, solutions, ZOPA, empty chips, trades.",
        description = {"For a scenario: runs the bargaining analysis on the central case at month T",
            "(values of no deal W, Pareto frontier, Nash / Kalai–Smorodinsky / egalitarian /",
            "utilitarian points with d = W and the outcomes behind them, the ZOPA or what",
            "would open it, the chips with their verdicts, trades from the no-deal outcome).",
            "--format json prints exactly results.json's sections.bargaining for that month.",
            "",
            "For --genius DOMAIN PROFILE... (GENIUS XML, or GeniusWeb JSON when the files end",
            "in .json): exact frontier, solutions with the GENIUS convention d = reservation",
            "value, GENIUS \"Kalai-Smorodinsky\" (min asymmetry) and maximum welfare."})
final class AnalyzeCommand implements Callable<Integer> {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The scenario file (YAML or JSON).")
    Path file;

    @Option(names = "--genius", arity = "2..*", paramLabel = "FILE",
            description = "A GENIUS/GeniusWeb domain file followed by one profile file per party (no scenario).")
    List<Path> genius;

    @Option(names = "--month", paramLabel = "T", defaultValue = "0",
            description = "Month after the scenario's start, 0..horizon (default: ${DEFAULT-VALUE}).")
    int month;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (csv: the frontier's distinct points; default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--real-step", paramLabel = "STEP",
            description = "With --genius: grid step for real-valued issues (without it they are refused).")
    Double realStep;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { TEXT, JSON, CSV }

    @Override
    public Integer call() throws Exception {
        Format f = parseFormat(format);
        PrintWriter out = spec.commandLine().getOut();
        if (genius != null && file != null) {
            throw new UserInputException("give either a scenario FILE or --genius DOMAIN PROFILE..., not both");
        }
        if (genius == null && file == null) {
            throw new UserInputException("give a scenario FILE, or --genius DOMAIN PROFILE... (see parley analyze --help)");
        }
        if (genius != null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--month")) {
                throw new UserInputException("--month applies to scenarios; a GENIUS domain has no calendar");
            }
            GeniusAnalysis analysis = GeniusAnalysis.of(GeniusInput.read(genius.get(0), genius.subList(1, genius.size())),
                    realStep == null ? Double.NaN : ConvertCommand.checkStep(realStep));
            switch (f) {
                case TEXT -> analysis.printText(out);
                case JSON -> out.println(JSON.writeValueAsString(analysis.json()));
                case CSV -> printCsv(out, analysis.parties(), analysis.frontier());
                default -> throw new IllegalStateException(f.name());
            }
            out.flush();
            return ParleyCommand.OK;
        }
        if (realStep != null) {
            throw new UserInputException("--real-step applies to --genius; a scenario states each range's step");
        }
        LoadedScenario loaded = ScenarioReader.read(file);
        Scenario s = loaded.scenario();
        int horizon = s.info().horizonMonths();
        if (month < 0 || month > horizon) {
            throw new UserInputException("--month " + month + " is outside the scenario's horizon: give a month from 0 to "
                    + horizon + " (scenario.horizon_months of " + file + ")");
        }
        Scenario central = loaded.parameters().centralCase(s);
        BargainingAtMonth result;
        try {
            result = BargainingStage.run(central, month, s.simulation().seed());
        } catch (SpaceTooLargeException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        }
        BargainingSection section = new BargainingSection(central, result);
        switch (f) {
            case TEXT -> {
                loaded.notes().forEach(n -> out.println(n.format()));
                BargainingText.print(out, s, section.results());
            }
            case JSON -> out.println(JSON.writeValueAsString(section.results()));
            case CSV -> printCsv(out, result.problem().deciders(), result.report().frontier());
            default -> throw new IllegalStateException(f.name());
        }
        out.flush();
        return ParleyCommand.OK;
    }

    static Format parseFormat(String name) {
        for (Format f : Format.values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                return f;
            }
        }
        throw new UserInputException("--format '" + name + "' is not a format; give text, json or csv");
    }

    /** Every distinct frontier point (never truncated): one utility column per party, then the outcome count. */
    static void printCsv(PrintWriter out, List<String> parties, ParetoSet frontier) {
        StringBuilder header = new StringBuilder();
        for (String p : parties) {
            header.append(Csv.field("u_" + p)).append(',');
        }
        out.println(header.append("outcomes"));
        for (int i = 0; i < frontier.distinctCount(); i++) {
            StringBuilder row = new StringBuilder();
            for (int p = 0; p < parties.size(); p++) {
                row.append(frontier.utility(i, p)).append(',');
            }
            out.println(row.append(frontier.outcomeCount(i)));
        }
    }

    /** RFC 4180 quoting for the few text fields of our CSVs. */
    static final class Csv {
        private Csv() {
        }

        static String field(String s) {
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }
    }
}
