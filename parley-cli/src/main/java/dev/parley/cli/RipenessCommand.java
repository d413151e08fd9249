package dev.parley.cli;

import dev.parley.engine.pipeline.RipenessMonth;
import dev.parley.engine.pipeline.RipenessSettings;
import dev.parley.engine.pipeline.RipenessTimeline;
import dev.parley.engine.pipeline.ScenarioRipeness;
import dev.parley.model.Scenario;
import dev.parley.report.Numbers;
import dev.parley.report.sections.RipenessSection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ripeness FILE}: the window of opportunity month by month. */
@Command(name = "ripeness", mixinStandardHelpOptions = true,
        header = "Month by month: is the conflict ripe for a deal, and if not, why not.",
        description = {"For each month of the scenario's horizon (up to the horizon minus the stalemate",
            "window), prints each decider's value of fighting on W(t) from the conflict model",
            "under its own beliefs, the best agreement it could get (the best expected utility",
            "among outcomes every other decider accepts), and the three ripeness tests:",
            "  stalemate  every party expects the front to move less than --stalemate-drift and",
            "             a decision with probability below --decisive-probability within",
            "             --window months;",
            "  hurting    every party's monthly cost is at or above its hurting_threshold",
            "             (0 when the scenario states none);",
            "  way out    a zone of possible agreement exists against every decider's own W.",
            "Ripe = all three. The scenario is taken in its central case (factors switched on);",
            "--factor switches on a factor with a probability, --set changes a parameter.",
            "Docs: docs/cli.md and docs/conflict-and-durability.md."})
final class RipenessCommand implements Callable<Integer> {


    @Parameters(paramLabel = "FILE", description = "The scenario file (YAML or JSON), with a conflict section.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--window", paramLabel = "MONTHS", defaultValue = "6",
            description = "Look-ahead of the stalemate test, H (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--stalemate-drift", paramLabel = "X", defaultValue = "0.05",
            description = "epsilon_s: largest expected move of the front within the window (default: ${DEFAULT-VALUE}).")
    double stalemateDrift;

    @Option(names = "--decisive-probability", paramLabel = "P", defaultValue = "0.05",
            description = "tau: largest probability of a decision within the window (default: ${DEFAULT-VALUE}).")
    double decisiveProbability;

    @Mixin
    ScenarioCase scenarioCase = new ScenarioCase();


    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFormat.check(format);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario s = scenarioCase.load(file, err);
        if (s.conflict().isEmpty()) {
            throw new UserInputException(file + ": has no conflict section; ripeness needs the front, costs and "
                    + "beliefs (docs/scenario-format.md)");
        }
        RipenessTimeline timeline;
        try {
            timeline = new ScenarioRipeness(new RipenessSettings(window, stalemateDrift, decisiveProbability))
                    .timeline(s, s.simulation().seed());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        }
        RipenessSection section = new RipenessSection(s, timeline);
        switch (format) {
            case "json" -> out.println(OutputFormat.JSON.writeValueAsString(section.results()));
            case "csv" -> csv(out, s, timeline);
            default -> text(out, s, section);
        }
        out.flush();
        return ParleyCommand.OK;
    }

    private static void text(PrintWriter out, Scenario s, RipenessSection section) {
        RipenessTimeline t = section.timeline();
        out.printf("%s: %s%n", s.info().id(), s.info().title());
        out.printf("  window %d months, stalemate drift < %s, P(decisive) < %s; pain thresholds: %s%n",
                t.settings().windowMonths(), Numbers.format(t.settings().stalemateDrift()),
                Numbers.format(t.settings().decisiveProbability()), kappas(t));
        out.printf("  %s%n", section.windowSentence());
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%5s %-8s %6s", "month", "date", "front"));
        for (String d : t.deciders()) {
            h.append(String.format(Locale.ROOT, " %8s %8s", "W " + d, "best " + d));
        }
        out.println(h.append("  S H W  ripe  failing"));
        for (RipenessMonth m : t.months()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%5d %-8s %6.3f", m.month(),
                    s.info().start().plusMonths(m.month()), m.front()));
            for (int i = 0; i < t.deciders().size(); i++) {
                double b = m.bestAgreement()[i];
                row.append(String.format(Locale.ROOT, " %8.4f %8s", m.noDealValues()[i],
                        Double.isInfinite(b) ? "none" : String.format(Locale.ROOT, "%.4f", b)));
            }
            row.append("  ").append(m.assessment().stalemate() ? 'y' : '-').append(' ')
                    .append(m.assessment().hurting() ? 'y' : '-').append(' ')
                    .append(m.assessment().wayOut() ? 'y' : '-').append(m.ripe() ? "  RIPE  " : "  no    ")
                    .append(RipenessSection.failing(m));
            out.println(row);
        }
    }

    private static String kappas(RipenessTimeline t) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < t.parties().size(); j++) {
            parts.add(t.parties().get(j) + " " + Numbers.format(t.painThresholds()[j]));
        }
        return String.join(", ", parts);
    }

    private static void csv(PrintWriter out, Scenario s, RipenessTimeline t) {
        StringBuilder h = new StringBuilder("month,date,front");
        for (String d : t.deciders()) {
            h.append(",w_").append(d).append(",best_").append(d).append(",cost_").append(d);
        }
        out.println(h.append(",stalemate,hurting,way_out,ripe,reasons"));
        for (RipenessMonth m : t.months()) {
            StringBuilder row = new StringBuilder().append(m.month()).append(',')
                    .append(s.info().start().plusMonths(m.month())).append(',').append(m.front());
            for (int i = 0; i < t.deciders().size(); i++) {
                double b = m.bestAgreement()[i];
                row.append(',').append(m.noDealValues()[i]).append(',').append(Double.isInfinite(b) ? "" : b)
                        .append(',').append(m.costs()[i]);
            }
            row.append(',').append(m.assessment().stalemate()).append(',').append(m.assessment().hurting())
                    .append(',').append(m.assessment().wayOut()).append(',').append(m.ripe()).append(",\"")
                    .append(String.join("; ", m.assessment().reasons()).replace("\"", "\"\"")).append('"');
            out.println(row);
        }
    }
}
