package dev.parley.report;

import dev.parley.engine.montecarlo.PerDrawFactorShapley;
import dev.parley.io.output.AtomicFiles;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.report.sections.AssumptionsSection;
import dev.parley.report.sections.FactorsSection;
import dev.parley.report.sections.ScenarioSection;
import dev.parley.report.sections.SummarySection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assembles the report of a run: the summary first, then the sections of each analysis, then the assumptions.
 * Writes results.json and report.html atomically into the output folder.
 */
public final class ScenarioReport {

    private ScenarioReport() {
    }

    /**
     * Builds the report; {@code analysisSections} are the sections the engines contributed, in pipeline order, and
     * {@code analyses} names them for the summary.
     */
    public static Report build(LoadedScenario loaded, String parleyVersion, List<String> analyses,
            List<ReportSection> analysisSections) {
        return build(loaded, parleyVersion, analyses, analysisSections, List.of(), Optional.empty());
    }

    /**
     * As above, with the answers for the first screen (HTML fragments, see {@link SummarySection}) and the factors'
     * Shapley values for the factor table.
     */
    public static Report build(LoadedScenario loaded, String parleyVersion, List<String> analyses,
            List<ReportSection> analysisSections, List<String> answers,
            Optional<PerDrawFactorShapley.Result> attribution) {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new SummarySection(loaded, analyses, answers));
        sections.add(new ScenarioSection(loaded.scenario()));
        sections.add(new FactorsSection(loaded.scenario(), attribution));
        sections.addAll(analysisSections);
        sections.add(new AssumptionsSection(loaded.scenario(), loaded.parameters()));
        return new Report(loaded.scenario().info().title(), loaded.scenario().info().id(), parleyVersion, sections);
    }

    /** Writes {@code results.json} and {@code report.html} into {@code directory}; returns the two paths. */
    public static List<Path> write(Report report, Path directory) throws IOException {
        Path results = directory.resolve("results.json");
        Path html = directory.resolve("report.html");
        AtomicFiles.writeString(results, report.resultsJson());
        AtomicFiles.writeString(html, report.html());
        return List.of(results, html);
    }
}
