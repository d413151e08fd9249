package dev.parley.report.sections;

import dev.parley.model.Effect;
import dev.parley.model.Factor;
import dev.parley.model.Scenario;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The prerequisites, obstacles and other factors, each with its source sentence and its parameter changes. */
public final class FactorsSection implements ReportSection {

    private final Scenario scenario;

    public FactorsSection(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public String id() {
        return "factors";
    }

    @Override
    public String title() {
        return "Prerequisites and obstacles";
    }

    @Override
    public String html() {
        if (scenario.factors().isEmpty()) {
            return Html.paragraph("The scenario names no factors.");
        }
        StringBuilder out = new StringBuilder("<table>\n<thead><tr><th>Factor</th><th>Kind</th><th>Side</th>"
                + "<th>Status</th><th>Effects</th></tr></thead>\n<tbody>\n");
        for (Factor f : scenario.factors()) {
            out.append("<tr><td><strong>").append(Html.escape(f.name())).append("</strong><br>")
                    .append(Html.escape(f.text()));
            if (!f.source().isEmpty()) {
                out.append("<blockquote>").append(Html.escape(f.source())).append("</blockquote>");
            }
            out.append("</td><td>").append(f.kind().id()).append("</td><td>").append(Html.escape(f.side()))
                    .append("</td><td>").append(Html.escape(status(f))).append("</td><td>")
                    .append(Html.escape(effects(f.effects()))).append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    @Override
    public ObjectNode results() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode factors = node.putArray("factors");
        for (Factor f : scenario.factors()) {
            ObjectNode o = factors.addObject();
            o.put("id", f.id());
            o.put("kind", f.kind().id());
            o.put("side", f.side());
            o.put("status", status(f));
            o.put("source", f.source());
            ArrayNode effects = o.putArray("effects");
            for (Effect e : f.effects()) {
                ObjectNode eo = effects.addObject();
                eo.put("path", e.path());
                eo.put("operation", e.operation().id());
                eo.put("amount", e.amount());
                if (!e.source().isEmpty()) {
                    eo.put("source", e.source());
                }
            }
        }
        return node;
    }

    private static String status(Factor f) {
        return f.probability().map(p -> "on with probability " + Numbers.format(p.value()))
                .orElse(f.active() ? "on" : "off");
    }

    static String effects(List<Effect> effects) {
        return String.join("; ", effects.stream().map(e -> e.path() + " " + switch (e.operation()) {
            case ADD -> (e.amount() >= 0 ? "+" : "") + Numbers.format(e.amount());
            case MULTIPLY -> "×" + Numbers.format(e.amount());
            case SET -> "= " + Numbers.format(e.amount());
        } + (e.source().isEmpty() ? "" : " (" + e.source() + ")")).toList());
    }
}
