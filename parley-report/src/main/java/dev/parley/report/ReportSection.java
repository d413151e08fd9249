package dev.parley.report;

import tools.jackson.databind.node.ObjectNode;

/**
 * One section of the report, contributed by an engine stage: its HTML (inside the report's layout) and its entry
 * in results.json ({@code sections.<id>}). Sections are rendered in the order they are given to {@link Report}.
 */
public interface ReportSection {

    /** Stable identifier: the HTML anchor and the key under {@code sections} in results.json. */
    String id();

    /** Heading shown in the report and its table of contents. */
    String title();

    /** The section's body as an HTML fragment (escaped; inline SVG allowed; no scripts, no external resources). */
    String html();

    /** The section's results, written to results.json; the structure is documented in docs/results-json.md. */
    ObjectNode results();
}
