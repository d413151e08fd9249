package dev.parley.cli;

import dev.parley.engine.montecarlo.PerDrawFactorShapley;

import dev.parley.engine.pipeline.BargainingAtMonth;
import dev.parley.engine.pipeline.BargainingStage;
import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.engine.pipeline.RipenessSettings;
import dev.parley.engine.pipeline.ScenarioDurability;
import dev.parley.engine.pipeline.ScenarioRipeness;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Factor;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import dev.parley.report.Report;
import dev.parley.report.ReportSection;
import dev.parley.report.ScenarioReport;
import dev.parley.report.sections.BargainingSection;
import dev.parley.report.sections.DurabilitySection;
import dev.parley.report.sections.ForecastSection;
import dev.parley.report.sections.MonteCarloSection;
import dev.parley.report.sections.NegotiationSection;
import dev.parley.report.sections.RipenessSection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley run FILE}: the pipeline, ending in results.json and report.html. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run the analysis pipeline and write results.json and report.html.",
        description = {"Runs the pipeline on a scenario, prints a summary and writes",
            "out/<scenario-id>/results.json and report.html (self-contained: open it in",
            "a browser). Both files are written atomically.",
            "With draws (--draws, default the scenario's simulation.draws) it also",
            "answers with probabilities and 90%% intervals, attributes them to the random",
            "factors (Shapley values) and writes draws.csv, traces.csv and survival.csv."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The scenario file (YAML or JSON).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Parent folder of the output (default: ${DEFAULT-VALUE}); "
            + "files go to DIR/<scenario-id>/.", defaultValue = "out")
    Path out;

    @Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws (default: the scenario's "
            + "simulation.draws); 0 skips the Monte Carlo.")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the Monte Carlo (default: the scenario's "
            + "simulation.seed).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for the Monte Carlo (default: the number of"
            + " processors); the results do not depend on it.")
    Integer threads;

    @Option(names = "--attribution-draws", paramLabel = "N", description = "Draws for the Shapley attribution of the"
            + " random factors (default: min(" + MonteCarloRun.DEFAULT_ATTRIBUTION_DRAWS + ", --draws)); each costs"
            + " (factors + 1) pipeline runs.")
    Integer attributionDraws;

    @Option(names = "--no-attribution", description = "Skip the Shapley attribution of the factors.")
    boolean noAttribution;

    @Option(names = "--exact-attribution", description = "Value all 2^k coalitions of the k random factors in every"
            + " attribution draw (exact Shapley values of each draw's game; k at most "
            + PerDrawFactorShapley.MAX_EXACT_PLAYERS + ") instead of one random order of the factors per draw;"
            + " costs 2^k instead of k + 1 pipeline runs per draw.")
    boolean exactAttribution;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = ScenarioReader.read(file);
        Scenario s = loaded.scenario();
        PrintWriter console = spec.commandLine().getOut();
        loaded.notes().forEach(n -> console.println(n.format()));
        List<String> analyses = new ArrayList<>(List.of("scenario validation", "actors, issues and factors"));
        List<ReportSection> sections = new ArrayList<>();
        Scenario central = loaded.parameters().centralCase(s);
        BargainingAtMonth bargaining = BargainingStage.run(central, 0, s.simulation().seed());
        BargainingSection bargainingSection = new BargainingSection(central, bargaining);
        analyses.add("bargaining space at month 0");
        sections.add(bargainingSection);
        int[] ripeMonths = null; // null: no ripeness analysis (no conflict section or too short a horizon)
        if (central.conflict().isPresent()
                && central.info().horizonMonths() >= RipenessSettings.DEFAULTS.windowMonths()) {
            analyses.add("ripeness month by month");
            var timeline = new ScenarioRipeness(RipenessSettings.DEFAULTS).timeline(central, s.simulation().seed());
            ripeMonths = timeline.ripeMonths();
            sections.add(new RipenessSection(central, timeline));
        }
        // the central case's talks open, and its agreement is signed, when the draws' do: at the first ripe month
        boolean ripens = ripeMonths != null && ripeMonths.length > 0;
        int firstRipe = ripens ? ripeMonths[0] : 0;
        String negotiationSkipped = null;
        NegotiationStage.Negotiation centralTalks = null;
        try {
            NegotiationStage.Options opening = NegotiationStage.Options.DEFAULT.startingAt(firstRipe);
            NegotiationStage.Negotiation talks = NegotiationStage.run(central, s.simulation().seed(), opening);
            centralTalks = talks;
            analyses.add("negotiation simulation");
            var escalation = EscalationRun.of(central, draws, seed, threads);
            if (escalation != null) {
                analyses.add("escalation for leverage (" + escalation.settings().seeds() + " draws)");
            }
            sections.add(new NegotiationSection(central, talks, escalation, ripens
                    ? "the central case's first ripe month, where each Monte Carlo draw's talks open too"
                    : ripeMonths != null ? "the central case never ripens within the horizon, so the talks are shown"
                    + " from its start" : ""));
        } catch (IllegalArgumentException e) {
            negotiationSkipped = e.getMessage(); // e.g. a strategy the stage cannot run yet: report the rest
        }
        if (central.durability().isPresent()) {
            analyses.add("durability of the agreement");
            sections.add(new DurabilitySection(ScenarioDurability.of(central, firstRipe, s.simulation().seed(),
                    ScenarioDurability.DEFAULT_HORIZON_MONTHS)));
        }
        ForecastSection.forScenario(s).ifPresent(f -> {
            analyses.add("multi-actor forecast");
            sections.add(f);
        });
        MonteCarloRun.OnInterrupt interrupt = new MonteCarloRun.OnInterrupt();
        int attribution = noAttribution ? 0 : attributionDraws != null ? attributionDraws
                : MonteCarloRun.DEFAULT_ATTRIBUTION_DRAWS;
        MonteCarloSection monteCarlo = MonteCarloRun.section(s, loaded.parameters(), draws, seed, threads,
                attribution, exactAttribution, spec.commandLine().getErr(), interrupt).orElse(null);
        if (monteCarlo != null) {
            analyses.add(2, "Monte Carlo (" + monteCarlo.summary().draws() + " draws)");
        }
        analyses.add("assumptions and sources");
        String version = new ParleyVersion().getVersion()[0].replace("parley ", "");
        List<String> answers = monteCarlo == null ? List.of()
                : monteCarlo.answerSentences(bargainingSection.chipsSentence());
        Report report = ScenarioReport.build(loaded, version, analyses, sections, answers,
                monteCarlo == null ? java.util.Optional.empty() : monteCarlo.attribution());
        if (monteCarlo != null) {
            report = MonteCarloRun.firstAfterSummary(report, monteCarlo, s, version);
        }
        Path directory = out.resolve(s.info().id());
        List<Path> written;
        try {
            written = new ArrayList<>(ScenarioReport.write(report, directory));
            written.addAll(RunExports.write(directory, java.util.Optional.ofNullable(monteCarlo),
                    java.util.Optional.ofNullable(centralTalks)));
        } catch (IOException e) {
            interrupt.close();
            throw new UserInputException("cannot write to " + directory + ": " + e.getMessage()
                    + " (choose another folder with --out)");
        }
        console.printf("%s%n", s.info().title());
        console.printf("  at the table: %s; ratifiers: %s; stakeholders: %s%n", ids(s, Role.PARTY),
                ids(s, Role.RATIFIER), ids(s, Role.STAKEHOLDER));
        console.printf("  %d issues, %s possible outcomes; %d prerequisites, %d obstacles, %d other factors%n",
                s.issues().size(), s.outcomeCount(), count(s, Factor.Kind.PREREQUISITE),
                count(s, Factor.Kind.OBSTACLE), count(s, Factor.Kind.OTHER));
        console.printf("  %d parameters, %d with a stated source%n", loaded.parameters().size(),
                loaded.parameters().entries().stream().filter(e -> e.param().hasSource()).count());
        console.printf("  bargaining at month 0: %s%n", bargainingSection.zopaSentence());
        long emptyChips = bargaining.chips().stream().filter(c -> c.empty()).count();
        if (!bargaining.chips().isEmpty()) {
            console.printf("  chips: %d of %d empty%n", emptyChips, bargaining.chips().size());
        }
        if (monteCarlo != null) {
            console.printf("  Monte Carlo: %s%n", monteCarlo.summarySentence());
            monteCarlo.driversSentence().ifPresent(d -> console.printf("  drivers: %s%n", d));
        }
        console.printf("  analyses: %s%n", String.join("; ", analyses));
        if (negotiationSkipped != null) {
            console.printf("  negotiation simulation skipped: %s%n", negotiationSkipped);
        }
        written.forEach(p -> console.printf("wrote %s%n", p));
        console.flush();
        interrupt.close(); // after a Ctrl-C, lets the JVM exit now that the partial results are written
        return ParleyCommand.OK;
    }

    private static String ids(Scenario s, Role role) {
        List<String> ids = s.actorsWithRole(role).stream().map(a -> a.id()).toList();
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static long count(Scenario s, Factor.Kind kind) {
        return s.factors().stream().filter(f -> f.kind() == kind).count();
    }
}
