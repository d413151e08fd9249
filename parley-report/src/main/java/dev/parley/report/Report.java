package dev.parley.report;

import java.util.List;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report of one run: results.json (versioned, documented in docs/results-json.md) and a self-contained
 * report.html (inline CSS and SVG, no scripts, no network), both built from the same list of sections. Nothing in
 * either depends on the clock or the machine, so the same inputs give byte-identical files.
 */
public final class Report {

    /** Version of the results.json layout; raise it when a field changes meaning or disappears. */
    public static final int RESULTS_SCHEMA_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter())
            .build();

    private final String title;
    private final String scenarioId;
    private final String parleyVersion;
    private final List<ReportSection> sections;

    public Report(String title, String scenarioId, String parleyVersion, List<ReportSection> sections) {
        this.title = title;
        this.scenarioId = scenarioId;
        this.parleyVersion = parleyVersion;
        this.sections = List.copyOf(sections);
    }

    public List<ReportSection> sections() {
        return sections;
    }

    public String resultsJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", "parley-results");
        root.put("schema_version", RESULTS_SCHEMA_VERSION);
        root.put("parley_version", parleyVersion);
        root.put("scenario_id", scenarioId);
        root.put("title", title);
        ObjectNode out = root.putObject("sections");
        for (ReportSection section : sections) {
            out.set(section.id(), section.results());
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    public String html() {
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" — Parley report</title>\n")
                .append("<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n")
                .append("<header><h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"meta\">Scenario <code>").append(Html.escape(scenarioId))
                .append("</code> · Parley ").append(Html.escape(parleyVersion)).append("</p>\n")
                .append("<nav><ol>");
        for (ReportSection section : sections) {
            out.append("<li><a href=\"#").append(Html.escape(section.id())).append("\">")
                    .append(Html.escape(section.title())).append("</a></li>");
        }
        out.append("</ol></nav></header>\n<main>\n");
        for (ReportSection section : sections) {
            out.append("<section id=\"").append(Html.escape(section.id())).append("\">\n<h2>")
                    .append(Html.escape(section.title())).append("</h2>\n").append(section.html())
                    .append("</section>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }
}
