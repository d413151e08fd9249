package dev.parley.cli;

import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Actor;
import dev.parley.model.Factor;
import dev.parley.model.Issue;
import dev.parley.model.NoDeal;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import dev.parley.report.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley info FILE}: what a scenario contains. */
@Command(name = "info", mixinStandardHelpOptions = true,
        header = "Describe a scenario: actors, issues, outcome space, factors.",
        description = {"Lists the actors and their roles, the issues with their options and no-deal",
            "states, the size of the outcome space, and the factors with their sources.",
            "--parameters also lists every parameter path with its value and source."})
final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Option(names = "--parameters", description = "Also list every parameter path with its value and source.")
    boolean parameters;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadedScenario loaded = ScenarioReader.read(file);
        Scenario s = loaded.scenario();
        PrintWriter out = spec.commandLine().getOut();
        loaded.notes().forEach(n -> out.println(n.format()));
        out.printf("%s (%s)%n", s.info().title(), s.info().id());
        out.printf("from %s over %d months%n%n", s.info().start(), s.info().horizonMonths());
        out.println("Actors:");
        for (Actor a : s.actors()) {
            out.printf("  %-6s %-28s %s%n", a.id(), a.name(), a.role().id());
        }
        out.println();
        out.println("Issues:");
        for (Issue issue : s.issues()) {
            out.printf("  %-14s %s; no deal: %s%n", issue.id(), outcomes(issue), noDeal(issue.noDeal()));
        }
        out.printf("Outcome space: %s outcomes%n%n", s.outcomeCount());
        out.println("Factors:");
        if (s.factors().isEmpty()) {
            out.println("  none");
        }
        for (Factor f : s.factors()) {
            String status = f.probability().map(p -> "p=" + Numbers.format(p.value())).orElse(f.active() ? "on" : "off");
            out.printf("  %-24s %-12s %-4s %s%n", f.id(), f.kind().id(), status, f.side());
            if (!f.source().isEmpty()) {
                out.printf("      source: %s%n", f.source());
            }
        }
        out.printf("%n%d parameters (%d with a source); list them with --parameters%n", loaded.parameters().size(),
                loaded.parameters().entries().stream().filter(e -> e.param().hasSource()).count());
        if (parameters) {
            out.println();
            for (ParameterTable.Entry e : loaded.parameters().entries()) {
                out.printf("  %-60s %12s  %s%n", e.path(), Numbers.format(e.param().value()),
                        e.param().hasSource() ? e.param().source() : "(no source)");
            }
        }
        out.flush();
        return ParleyCommand.OK;
    }

    private static String outcomes(Issue issue) {
        if (issue instanceof Issue.Discrete d) {
            return String.join(" | ", d.options());
        }
        Issue.Continuous c = (Issue.Continuous) issue;
        return "[" + Numbers.format(c.min()) + ", " + Numbers.format(c.max()) + "] step " + Numbers.format(c.step())
                + " (" + c.gridSize() + " points)";
    }

    private static String noDeal(NoDeal noDeal) {
        if (noDeal instanceof NoDeal.Option o) {
            return o.option();
        }
        if (noDeal instanceof NoDeal.Value v) {
            return Numbers.format(v.value());
        }
        return "follows the conflict model (" + ((NoDeal.FromConflict) noDeal).variable() + ")";
    }
}
