package dev.parley.report.sections;

import dev.parley.io.scenario.LoadedScenario;
import dev.parley.model.Factor;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import dev.parley.report.Html;
import dev.parley.report.ReportSection;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens the report: the answers to the analyst's questions (when the run has them), what the scenario is about, who
 * is at the table, and which analyses this run contains.
 */
public final class SummarySection implements ReportSection {

    private final LoadedScenario loaded;
    private final List<String> analyses;
    private final List<String> answers;

    /** {@code analyses} names the analyses that contributed sections to this run, in order. */
    public SummarySection(LoadedScenario loaded, List<String> analyses) {
        this(loaded, analyses, List.of());
    }

    /**
     * @param answers the answers, one HTML fragment each (escaped text, {@code <strong>} allowed), first on the page
     */
    public SummarySection(LoadedScenario loaded, List<String> analyses, List<String> answers) {
        this.loaded = loaded;
        this.analyses = List.copyOf(analyses);
        this.answers = List.copyOf(answers);
    }

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public String html() {
        Scenario s = loaded.scenario();
        StringBuilder out = new StringBuilder();
        if (!answers.isEmpty()) {
            out.append("<div class=\"answer\"><p><strong>The answers</strong> (90% intervals in brackets):</p>"
                    + "<ul class=\"answers\">");
            answers.forEach(a -> out.append("<li>").append(a).append("</li>"));
            out.append("</ul></div>\n");
        }
        if (!s.info().description().isBlank()) {
            out.append(Html.paragraph(s.info().description()));
        }
        out.append("<div class=\"answer\">")
                .append("<p><strong>At the table:</strong> ").append(Html.escape(names(s, Role.PARTY)))
                .append(". <strong>Ratifiers:</strong> ").append(Html.escape(orNone(names(s, Role.RATIFIER))))
                .append(". <strong>Stakeholders:</strong> ").append(Html.escape(orNone(names(s, Role.STAKEHOLDER))))
                .append(".</p>\n<p><strong>On the table:</strong> ").append(s.issues().size())
                .append(" issues, ").append(s.outcomeCount()).append(" possible outcomes. <strong>Factors:</strong> ")
                .append(count(s, Factor.Kind.PREREQUISITE)).append(" prerequisites, ")
                .append(count(s, Factor.Kind.OBSTACLE)).append(" obstacles, ")
                .append(count(s, Factor.Kind.OTHER)).append(" other. <strong>From</strong> ")
                .append(Html.escape(s.info().start().toString())).append(" <strong>over</strong> ")
                .append(s.info().horizonMonths()).append(" months.</p></div>\n");
        out.append("<p>Analyses in this report: ").append(Html.escape(String.join("; ", analyses)))
                .append(".</p>\n");
        if (!loaded.notes().isEmpty()) {
            out.append("<div class=\"caveat\"><p>Notes from reading the scenario:</p><ul>");
            loaded.notes().forEach(n -> out.append("<li>").append(Html.escape(n.format())).append("</li>"));
            out.append("</ul></div>\n");
        }
        return out.toString();
    }

    @Override
    public ObjectNode results() {
        Scenario s = loaded.scenario();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("title", s.info().title());
        node.put("start", s.info().start().toString());
        node.put("horizon_months", s.info().horizonMonths());
        node.put("issues", s.issues().size());
        node.put("outcomes", s.outcomeCount());
        var parties = node.putArray("parties");
        s.actorsWithRole(Role.PARTY).forEach(a -> parties.add(a.id()));
        var analysesNode = node.putArray("analyses");
        analyses.forEach(analysesNode::add);
        var answersNode = node.putArray("answers");
        answers.forEach(a -> answersNode.add(plain(a)));
        var notes = node.putArray("notes");
        loaded.notes().forEach(n -> notes.add(n.format()));
        return node;
    }

    /** The answer as plain text: tags dropped, the escapes of {@link Html#escape} undone. */
    static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String names(Scenario s, Role role) {
        return String.join(", ", s.actorsWithRole(role).stream().map(a -> a.name() + " (" + a.id() + ")").toList());
    }

    private static String orNone(String names) {
        return names.isEmpty() ? "none" : names;
    }

    private static long count(Scenario s, Factor.Kind kind) {
        return s.factors().stream().filter(f -> f.kind() == kind).count();
    }
}
