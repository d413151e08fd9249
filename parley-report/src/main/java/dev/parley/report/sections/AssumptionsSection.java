package dev.parley.report.sections;

import dev.parley.model.Distribution;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Closes the report: every parameter with its value, its uncertainty and its source. */
public final class AssumptionsSection implements ReportSection {

    private final Scenario scenario;
    private final ParameterTable parameters;

    public AssumptionsSection(Scenario scenario, ParameterTable parameters) {
        this.scenario = scenario;
        this.parameters = parameters;
    }

    @Override
    public String id() {
        return "assumptions";
    }

    @Override
    public String title() {
        return "Assumptions and sources";
    }

    @Override
    public String html() {
        List<List<String>> rows = new ArrayList<>();
        for (ParameterTable.Entry e : parameters.entries()) {
            rows.add(List.of(e.path(), Numbers.format(e.param().value()), uncertainty(e.path()),
                    e.param().hasSource() ? e.param().source() : "not given"));
        }
        long unsourced = parameters.entries().stream().filter(e -> !e.param().hasSource()).count();
        return Html.paragraph(parameters.size() + " parameters; " + unsourced + " without a stated source.")
                + Html.table(List.of("Parameter", "Value", "Uncertainty", "Source"), rows);
    }

    @Override
    public ObjectNode results() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode list = node.putArray("parameters");
        for (ParameterTable.Entry e : parameters.entries()) {
            ObjectNode o = list.addObject();
            o.put("path", e.path());
            o.put("value", e.param().value());
            o.put("source", e.param().source());
            String u = uncertainty(e.path());
            if (!u.isEmpty()) {
                o.put("uncertainty", u);
            }
        }
        return node;
    }

    private String uncertainty(String canonicalPath) {
        for (var e : scenario.uncertainty().entrySet()) {
            if (ParameterTable.canonical(e.getKey()).equals(canonicalPath)) {
                return describe(e.getValue());
            }
        }
        return "";
    }

    static String describe(Distribution d) {
        if (d instanceof Distribution.Uniform u) {
            return "uniform [" + f(u.min()) + ", " + f(u.max()) + "]";
        }
        if (d instanceof Distribution.Triangular t) {
            return "triangular [" + f(t.min()) + ", " + f(t.mode()) + ", " + f(t.max()) + "]";
        }
        if (d instanceof Distribution.Normal n) {
            return "normal(" + f(n.mean()) + ", sd " + f(n.sd()) + ") in [" + f(n.lower()) + ", " + f(n.upper()) + "]";
        }
        if (d instanceof Distribution.Beta b) {
            return "beta(" + f(b.alpha()) + ", " + f(b.beta()) + ") on [" + f(b.lower()) + ", " + f(b.upper()) + "]";
        }
        if (d instanceof Distribution.LogNormal l) {
            return "lognormal(mu " + f(l.mu()) + ", sigma " + f(l.sigma()) + ")";
        }
        if (d instanceof Distribution.Discrete dd) {
            return "discrete " + dd.values() + " with probabilities " + dd.probabilities();
        }
        return "bernoulli(" + f(((Distribution.Bernoulli) d).p()) + ")";
    }

    private static String f(double x) {
        return Numbers.format(x);
    }
}
