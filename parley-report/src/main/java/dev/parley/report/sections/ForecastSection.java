package dev.parley.report.sections;

import dev.parley.engine.forecast.ForecastComparison;
import dev.parley.engine.forecast.ForecastComparison.Comparison;
import dev.parley.engine.forecast.ForecastComparison.Outcome;
import dev.parley.engine.forecast.ScenarioForecastProblems;
import dev.parley.model.Issue;
import dev.parley.model.Scenario;
import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The multi-actor forecast (DESIGN §4.6): per issue, each model's forecast with the spread across models, and
 * each actor's position trajectory over the rounds of the dynamic models as an inline SVG line chart (XChart drawn
 * on JFreeSVG). {@link #results()} is documented in docs/results-json.md ({@code sections.forecast}); the
 * {@code parley forecast --format json} output is the same object.
 */
public final class ForecastSection implements ReportSection {

    /**
     * How a dimension is shown.
     *
     * @param id    stable identifier (the issue id, or the input file's dimension name)
     * @param name  readable name
     * @param scale what the scale's numbers mean, e.g. {@code 0 = low · 50 = mid · 100 = high}
     * @param issue the scenario issue, when the problem comes from a scenario (to read forecasts in its terms)
     */
    public record Dimension(String id, String name, String scale, Optional<Issue> issue) {
    }

    private final String source;
    private final Comparison comparison;
    private final List<Dimension> dimensions;
    private final List<String> actorNames;
    private final List<String> notes;


    /**
     * @param source     what was forecast (a scenario id or an input file name)
     * @param comparison the models' results
     * @param dimensions one per dimension of the problem, in order
     * @param notes      notes of the input mapping, shown above the issues
     */
    public ForecastSection(String source, Comparison comparison, List<Dimension> dimensions, List<String> notes) {
        ForecastProblem p = comparison.problem();
        if (dimensions.size() != p.dimensionCount()) {
            throw new IllegalArgumentException(dimensions.size() + " dimension labels for a problem of "
                    + p.dimensionCount() + " dimensions");
        }
        this.source = source;
        this.comparison = comparison;
        this.dimensions = List.copyOf(dimensions);
        this.actorNames = p.actors().stream().map(ForecastActor::name).toList();
        this.notes = List.copyOf(notes);
    }

    /** A section for a forecast input file (KTAB, BDM): dimensions labelled by their names and scales. */
    public static ForecastSection ofProblem(String source, Comparison comparison, List<String> notes) {
        List<Dimension> dims = new ArrayList<>();
        for (ForecastDimension d : comparison.problem().dimensions()) {
            dims.add(new Dimension(d.name(), d.name(), Numbers.format(d.low()) + " to "
                    + Numbers.format(d.high()), Optional.empty()));
        }
        return new ForecastSection(source, comparison, dims, notes);
    }

    /** A section for a scenario already mapped and compared. */
    public static ForecastSection ofScenario(Scenario scenario, ScenarioForecastProblems.Mapped mapped,
            Comparison comparison) {
        List<Dimension> dims = new ArrayList<>();
        for (Issue issue : scenario.issues()) {
            dims.add(new Dimension(issue.id(), issue.name(), scale(issue), Optional.of(issue)));
        }
        return new ForecastSection(scenario.info().id(), comparison, dims, mapped.notes());
    }

    /**
     * The forecast section of {@code parley run}: every model with its defaults, when at least one actor of the
     * scenario has a capability and preferences; empty otherwise.
     */
    public static Optional<ReportSection> forScenario(Scenario scenario) {
        if (scenario.actors().stream().noneMatch(a -> a.capability().isPresent())) {
            return Optional.empty();
        }
        ScenarioForecastProblems.Mapped mapped;
        try {
            mapped = ScenarioForecastProblems.map(scenario);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(ofScenario(scenario, mapped, new ForecastComparison().compare(mapped.problem())));
    }

    /** What the 0–100 scale means for an issue of a scenario. */
    static String scale(Issue issue) {
        if (issue instanceof Issue.Discrete d) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < d.options().size(); i++) {
                parts.add(Numbers.format(round2(ScenarioForecastProblems.optionPosition(i, d.options().size()))) + " = "
                        + d.options().get(i));
            }
            return String.join(" · ", parts);
        }
        Issue.Continuous c = (Issue.Continuous) issue;
        return "0 = " + Numbers.format(c.min()) + " · 100 = " + Numbers.format(c.max())
                + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")");
    }

    /**
     * A position in the issue's own terms: the nearest option, or the value on the issue's range (4 decimals);
     * empty without an issue.
     */
    public static String inIssueTerms(Optional<Issue> issue, double position) {
        if (issue.isEmpty() || Double.isNaN(position)) {
            return "";
        }
        if (issue.get() instanceof Issue.Discrete d) {
            return ScenarioForecastProblems.nearestOption(d, position);
        }
        return Numbers.format(round4(ScenarioForecastProblems.rangeValue((Issue.Continuous) issue.get(), position)));
    }

    public Comparison comparison() {
        return comparison;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public List<String> actorNames() {
        return actorNames;
    }

    public List<String> notes() {
        return notes;
    }

    @Override
    public String id() {
        return "forecast";
    }

    @Override
    public String title() {
        return "Multi-actor forecast";
    }

    @Override
    public String html() {
        ForecastProblem p = comparison.problem();
        StringBuilder out = new StringBuilder();
        out.append(Html.paragraph("Where the issues would settle if the actors' capability, positions and salience "
                + "decided them. Positions are on each issue's scale (0–100 for a scenario: options in their order, "
                + "a range mapped linearly); each actor starts at the outcome it values most, with its weight for "
                + "the issue as salience. " + p.actorCount() + " actors take part."));
        List<List<String>> legend = new ArrayList<>();
        for (Outcome o : comparison.outcomes()) {
            legend.add(List.of(o.method().id(), o.method().description(),
                    o.notApplicable().map(r -> "not applicable: " + r).orElse(o.note())));
        }
        out.append(Html.table(List.of("Model", "What it is", "Note"), legend));
        if (!notes.isEmpty()) {
            out.append("<ul>\n");
            notes.forEach(n -> out.append("<li>").append(Html.escape(n)).append("</li>\n"));
            out.append("</ul>\n");
        }
        for (int d = 0; d < p.dimensionCount(); d++) {
            Dimension dim = dimensions.get(d);
            out.append("<h3>").append(Html.escape(dim.name())).append("</h3>\n");
            out.append(Html.paragraph("Scale: " + dim.scale() + "."));
            List<List<String>> rows = new ArrayList<>();
            for (Outcome o : comparison.outcomes()) {
                if (o.applicable()) {
                    rows.add(List.of(o.method().id(), Numbers.format(round2(o.forecast()[d])),
                            dim.issue().isEmpty() ? "" : "≈ " + inIssueTerms(dim.issue(), o.forecast()[d]),
                            o.method().dynamic() ? Integer.toString(o.rounds(d)) : "—"));
                } else {
                    rows.add(List.of(o.method().id(), "—", "not applicable", "—"));
                }
            }
            out.append(Html.table(List.of("Model", "Forecast", "In the issue's terms", "Rounds"), rows));
            if (!Double.isNaN(comparison.spread(d))) {
                out.append(Html.paragraph("Spread across models: " + Numbers.format(round2(comparison.spread(d)))
                        + " (from " + Numbers.format(round2(comparison.lowest(d))) + " to "
                        + Numbers.format(round2(comparison.highest(d))) + ")."));
            }
            out.append("<div style=\"display:flex;flex-wrap:wrap;gap:1rem\">\n");
            for (Outcome o : comparison.outcomes()) {
                if (o.applicable() && o.method().dynamic()) {
                    out.append("<figure style=\"margin:0;max-width:" + TrajectoryChartSvg.WIDTH + "px\">").append(chart(d, o))
                            .append("<figcaption>")
                            .append(Html.escape(caption(d, o))).append("</figcaption></figure>\n");
                }
            }
            out.append("</div>\n");
        }
        return out.toString();
    }

    private String caption(int d, Outcome o) {
        return "Each actor's position on " + dimensions.get(d).name() + ", " + o.method().id() + " ("
                + o.method().description() + "), " + o.rounds(d) + (o.method() == ForecastComparison.Method.SMP
                ? " turns" : " rounds");
    }

    /** The trajectory chart of one model on one dimension, as an SVG element. */
    String chart(int d, Outcome o) {
        ForecastDimension dim = comparison.problem().dimensions().get(d);
        return TrajectoryChartSvg.render("forecast-" + d + "-" + o.method().id() + "-",
                dimensions.get(d).id() + " — " + o.method().id(),
                o.method() == ForecastComparison.Method.SMP ? "turn" : "round", dim.low(), dim.high(), actorNames,
                o.trajectories().get(d));
    }

    @Override
    public ObjectNode results() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ForecastProblem p = comparison.problem();
        ObjectNode node = f.objectNode();
        node.put("source", source);
        ArrayNode actors = node.putArray("actors");
        for (int a = 0; a < p.actorCount(); a++) {
            ForecastActor fa = p.actors().get(a);
            ObjectNode o = actors.addObject();
            o.put("id", fa.name());
            o.put("description", fa.description());
            o.put("capability", fa.capability());
        }
        ArrayNode models = node.putArray("models");
        for (Outcome o : comparison.outcomes()) {
            ObjectNode m = models.addObject();
            m.put("id", o.method().id());
            m.put("description", o.method().description());
            m.put("applicable", o.applicable());
            o.notApplicable().ifPresent(r -> m.put("reason", r));
            if (!o.note().isEmpty()) {
                m.put("note", o.note());
            }
            if (o.method() == ForecastComparison.Method.SMP && o.applicable()) {
                m.put("stopping_rule_turns", o.stoppedAfter());
            }
        }
        ArrayNode issues = node.putArray("issues");
        for (int d = 0; d < p.dimensionCount(); d++) {
            ForecastDimension fd = p.dimensions().get(d);
            Dimension dim = dimensions.get(d);
            ObjectNode i = issues.addObject();
            i.put("id", dim.id());
            i.put("name", dim.name());
            i.put("low", fd.low());
            i.put("high", fd.high());
            i.put("scale", dim.scale());
            ArrayNode positions = i.putArray("positions");
            ArrayNode saliences = i.putArray("saliences");
            for (ForecastActor a : p.actors()) {
                positions.add(a.position(d));
                saliences.add(a.salience(d));
            }
            ObjectNode forecasts = i.putObject("forecasts");
            ObjectNode terms = f.objectNode();
            for (Outcome o : comparison.outcomes()) {
                if (o.applicable()) {
                    forecasts.put(o.method().id(), o.forecast()[d]);
                    if (dim.issue().isPresent()) {
                        terms.put(o.method().id(), inIssueTerms(dim.issue(), o.forecast()[d]));
                    }
                }
            }
            if (dim.issue().isPresent()) {
                i.set("in_issue_terms", terms);
            }
            ObjectNode spread = i.putObject("spread");
            putNumber(spread, "lowest", comparison.lowest(d));
            putNumber(spread, "highest", comparison.highest(d));
            putNumber(spread, "range", comparison.spread(d));
            ObjectNode trajectories = i.putObject("trajectories");
            for (Outcome o : comparison.outcomes()) {
                if (o.applicable() && o.method().dynamic()) {
                    ArrayNode rounds = trajectories.putArray(o.method().id());
                    for (double[] state : o.trajectories().get(d)) {
                        ArrayNode row = rounds.addArray();
                        for (double v : state) {
                            if (Double.isNaN(v)) {
                                row.addNull();
                            } else {
                                row.add(v);
                            }
                        }
                    }
                }
            }
        }
        ArrayNode noteArray = node.putArray("notes");
        notes.forEach(noteArray::add);
        return node;
    }

    private static void putNumber(ObjectNode node, String key, double v) {
        if (Double.isNaN(v)) {
            node.putNull(key);
        } else {
            node.put(key, v);
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
