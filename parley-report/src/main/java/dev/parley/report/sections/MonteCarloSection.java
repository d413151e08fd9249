package dev.parley.report.sections;

import dev.parley.engine.montecarlo.ConvergenceStep;
import dev.parley.engine.montecarlo.DrawOutcome;
import dev.parley.engine.montecarlo.DrawResults;
import dev.parley.engine.montecarlo.DrawSampler;
import dev.parley.engine.montecarlo.MonteCarloSummary;
import dev.parley.engine.montecarlo.OneAtATimeSwings;
import dev.parley.engine.montecarlo.ProportionSummary;
import dev.parley.engine.montecarlo.ScenarioSensitivity;
import dev.parley.engine.montecarlo.UncertainParameter;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import dev.parley.report.charts.SvgCharts;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Monte Carlo answers (DESIGN.md §4.7, issue 6): over N draws of the scenario's uncertain parameters and random
 * factors, P(ZOPA at month 0), P(window opens within 6, 12 and 24 months) with Wilson 90% intervals, the median over
 * draws of the median durability with its order-statistic 90% interval, how each interval narrows on the first
 * N/8, N/4, N/2 and N draws, and the PRCC of every uncertain parameter with each output. Everything is computed from
 * the draws in draw order, so the section is the same for any thread count.
 */
public final class MonteCarloSection implements ReportSection {

    /** The outputs the PRCC table ranks, in column order. */
    public static final List<String> PRCC_OUTPUTS = List.of("zopa_at_start", "first_ripe_month",
            "median_durability");

    private final DrawResults<DrawOutcome> run;
    private final MonteCarloSummary summary;
    private final List<List<ConvergenceStep>> convergence;
    private final List<ConvergenceStep> durabilityConvergence;
    private final List<String> parameters;
    private final double[][] prcc;
    private final List<String> prccNotes;
    private final List<OneAtATimeSwings.Swing> swings;

    /**
     * @param sampler       the sampler the run used (its uncertain parameters name the PRCC rows)
     * @param run           the draws, in draw order
     * @param horizonMonths the scenario's horizon: a draw that never ripens ranks after every month
     */
    public MonteCarloSection(DrawSampler sampler, DrawResults<DrawOutcome> run, int horizonMonths) {
        this(sampler, run, horizonMonths, List.of());
    }

    /**
     * @param swings one-at-a-time swings of the first ripe month (a month that never ripens counted as the horizon
     *               + 1), widest first, for the tornado chart; empty for none
     */
    public MonteCarloSection(DrawSampler sampler, DrawResults<DrawOutcome> run, int horizonMonths,
                             List<OneAtATimeSwings.Swing> swings) {
        this.swings = List.copyOf(swings);
        this.run = run;
        this.summary = MonteCarloSummary.of(run);
        this.convergence = MonteCarloSummary.convergence(run);
        this.durabilityConvergence = MonteCarloSummary.durabilityConvergence(run);
        this.parameters = sampler.uncertain().stream().map(UncertainParameter::path).toList();
        List<ToDoubleFunction<DrawOutcome>> outputs = List.of(o -> o.zopaAtStart() ? 1.0 : 0.0,
                ScenarioSensitivity.firstRipeMonth(horizonMonths), DrawOutcome::medianDurability);
        this.prcc = new double[outputs.size()][];
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            prcc[k] = prccOrNaN(sampler, outputs.get(k), PRCC_OUTPUTS.get(k), notes);
        }
        this.prccNotes = List.copyOf(notes);
    }

    private double[] prccOrNaN(DrawSampler sampler, ToDoubleFunction<DrawOutcome> output, String name,
                               List<String> notes) {
        if (parameters.isEmpty()) {
            return new double[0];
        }
        try {
            return ScenarioSensitivity.prcc(sampler, run, output);
        } catch (IllegalArgumentException e) {
            // too few usable draws (e.g. no draw ripens, so no durability): say so rather than fail the run
            notes.add(name + ": " + e.getMessage());
            double[] nan = new double[parameters.size()];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }
    }

    @Override
    public String id() {
        return "monte_carlo";
    }

    @Override
    public String title() {
        return "Monte Carlo answers";
    }

    public MonteCarloSummary summary() {
        return summary;
    }

    /** One sentence with the headline numbers, for the console. */
    public String summarySentence() {
        StringBuilder s = new StringBuilder();
        s.append(summary.draws()).append(" draws").append(run.partial() ? " (partial: cancelled)" : "")
                .append(": P(ZOPA at month 0) ").append(percent(summary.zopaAtStart()));
        for (int k = 0; k < MonteCarloSummary.RIPE_WITHIN.length; k++) {
            s.append("; P(ripe within ").append(MonteCarloSummary.RIPE_WITHIN[k]).append(" months) ")
                    .append(percent(summary.ripeWithin().get(k)));
        }
        double[] ci = summary.medianDurabilityInterval();
        s.append("; median durability ").append(months(summary.durabilityQuantiles().median())).append(" (")
                .append(months(ci[0])).append(" to ").append(months(ci[1])).append(')');
        return s.append('.').toString();
    }

    private static String percent(ProportionSummary p) {
        double[] ci = p.interval();
        return Math.round(100 * p.estimate()) + " % (" + Math.round(100 * ci[0]) + "–" + Math.round(100 * ci[1])
                + " %)";
    }

    private static String months(double m) {
        if (Double.isNaN(m)) {
            return "n/a";
        }
        if (Double.isInfinite(m)) {
            return m > 0 ? "∞" : "−∞";
        }
        return Numbers.format(m) + " months";
    }

    @Override
    public String html() {
        StringBuilder out = new StringBuilder();
        out.append(Html.paragraph(summary.draws() + " draws (seed " + run.seed() + ") of the scenario's uncertain"
                + " parameters and random factors. Each draw rebuilds the scenario and asks: is the ZOPA at month 0"
                + " non-empty, when does the ripeness window first open, and how long would an agreement signed then"
                + " last (median months to renewed war)? Proportions carry Wilson 90% intervals; the median"
                + " durability over draws carries a distribution-free 90% order-statistic interval. No negotiation"
                + " is played out in a draw: the ZOPA at month 0 stands in for \"an agreement is possible\"."
                + (run.partial() ? " The run was cancelled: these figures cover the completed draws only." : "")));
        out.append("<div class=\"answer\">").append(Html.escape(summarySentence())).append("</div>\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(proportionRow("ZOPA at month 0", summary.zopaAtStart()));
        for (int k = 0; k < MonteCarloSummary.RIPE_WITHIN.length; k++) {
            rows.add(proportionRow("Ripe within " + MonteCarloSummary.RIPE_WITHIN[k] + " months",
                    summary.ripeWithin().get(k)));
        }
        double[] ci = summary.medianDurabilityInterval();
        rows.add(List.of("Median durability (months)", number(summary.durabilityQuantiles().median()), number(ci[0]),
                number(ci[1]), summary.durabilityQuantiles().count() + " of " + summary.draws()));
        out.append(Html.table(List.of("Answer", "Estimate", "90% low", "90% high", "Draws used"), rows));
        out.append(Html.paragraph("Convergence: the estimate and its 90% interval on the first N/8, N/4, N/2 and N"
                + " draws (the half-width should roughly halve from N/4 to N)."));
        List<String> header = new ArrayList<>(List.of("Draws"));
        header.add("ZOPA at month 0");
        for (int months : MonteCarloSummary.RIPE_WITHIN) {
            header.add("Ripe within " + months);
        }
        header.add("Median durability");
        List<List<String>> conv = new ArrayList<>();
        for (int step = 0; step < convergence.get(0).size(); step++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(convergence.get(0).get(step).draws()));
            for (List<ConvergenceStep> c : convergence) {
                row.add(cell(c.get(step)));
            }
            row.add(step < durabilityConvergence.size() ? cell(durabilityConvergence.get(step)) : "n/a");
            conv.add(row);
        }
        out.append(Html.table(header, conv));
        if (!parameters.isEmpty()) {
            out.append(Html.paragraph("Partial rank correlation (PRCC, Marino et al. 2008) of each uncertain"
                    + " parameter with each output: the sign says the direction, the size how strongly the"
                    + " parameter's rank moves the output's once the others are accounted for. A draw that never"
                    + " ripens ranks after every ripe month; draws without a durability drop out of that column."));
            List<List<String>> p = new ArrayList<>();
            for (int j = 0; j < parameters.size(); j++) {
                p.add(List.of(parameters.get(j), number(prcc[0][j]), number(prcc[1][j]), number(prcc[2][j])));
            }
            out.append(Html.table(List.of("Parameter", "ZOPA at month 0", "First ripe month", "Median durability"),
                    p));
            prccNotes.forEach(n -> out.append(Html.paragraph("PRCC not available for " + n)));
        }
        if (!swings.isEmpty()) {
            out.append(Html.paragraph("One-at-a-time swings (tornado): the first ripe month on the central case"
                    + " with one uncertain parameter at its " + Math.round(100 * OneAtATimeSwings.LOW) + "th and "
                    + Math.round(100 * OneAtATimeSwings.HIGH) + "th percentile, the others at their central values"
                    + " (a case that never ripens counts as the horizon + 1), widest first."));
            out.append("<figure>").append(tornado()).append("</figure>\n");
            List<List<String>> t = new ArrayList<>();
            for (OneAtATimeSwings.Swing w : swings) {
                t.add(List.of(w.path(), number(w.lowValue()), number(w.highValue()), number(w.outputAtLow()),
                        number(w.outputAtHigh())));
            }
            out.append(Html.table(List.of("Parameter", "Low value", "High value", "First ripe month at low",
                    "at high"), t));
        }
        return out.toString();
    }

    private String tornado() {
        int k = swings.size();
        XYChart chart = SvgCharts.xyChart(720, Math.max(200, 60 + 28 * k), "Swing of the first ripe month",
                "first ripe month", "");
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.5);
        chart.getStyler().setYAxisMax(k + 0.5);
        List<String> names = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            OneAtATimeSwings.Swing w = swings.get(r);
            double y = k - r; // widest at the top
            names.add(w.path());
            XYSeries bar = chart.addSeries(w.path(), new double[] {w.outputAtLow(), w.outputAtHigh()},
                    new double[] {y, y});
            bar.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            bar.setMarker(SeriesMarkers.CIRCLE);
            bar.setLineWidth(8f);
            bar.setLineColor(SvgCharts.PALETTE[0]);
            bar.setMarkerColor(SvgCharts.PALETTE[0]);
        }
        chart.setCustomYAxisTickLabelsFormatter(v -> {
            long row = Math.round(v);
            return Math.abs(v - row) < 1e-9 && row >= 1 && row <= k ? names.get((int) (k - row)) : "";
        });
        return SvgCharts.toSvg(chart, "tornado-");
    }

    private static List<String> proportionRow(String name, ProportionSummary p) {
        double[] ci = p.interval();
        return List.of(name, number(p.estimate()), number(ci[0]), number(ci[1]), Long.toString(p.trials()));
    }

    private static String cell(ConvergenceStep s) {
        return number(s.estimate()) + " (" + number(s.low()) + "–" + number(s.high()) + ")";
    }

    private static String number(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        return Numbers.format(x);
    }

    @Override
    public ObjectNode results() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("seed", run.seed());
        node.put("requested_draws", run.requested());
        node.put("draws", summary.draws());
        node.put("partial", run.partial());
        node.put("level", ProportionSummary.LEVEL);
        proportion(node.putObject("zopa_at_start"), summary.zopaAtStart(), convergence.get(0));
        ObjectNode ripe = node.putObject("ripe_within_months");
        for (int k = 0; k < MonteCarloSummary.RIPE_WITHIN.length; k++) {
            proportion(ripe.putObject(Integer.toString(MonteCarloSummary.RIPE_WITHIN[k])),
                    summary.ripeWithin().get(k), convergence.get(k + 1));
        }
        ObjectNode d = node.putObject("median_durability_months");
        double[] ci = summary.medianDurabilityInterval();
        putNumber(d, "estimate", summary.durabilityQuantiles().median());
        putNumber(d, "low", ci[0]);
        putNumber(d, "high", ci[1]);
        d.put("draws_used", summary.durabilityQuantiles().count());
        d.put("draws_missing", summary.durabilityQuantiles().missing());
        steps(d.putArray("convergence"), durabilityConvergence);
        ArrayNode p = node.putArray("prcc");
        for (int j = 0; j < parameters.size(); j++) {
            ObjectNode o = p.addObject();
            o.put("path", parameters.get(j));
            for (int k = 0; k < PRCC_OUTPUTS.size(); k++) {
                putNumber(o, PRCC_OUTPUTS.get(k), prcc[k][j]);
            }
        }
        ArrayNode notes = node.putArray("prcc_notes");
        prccNotes.forEach(notes::add);
        ArrayNode sw = node.putArray("swings_first_ripe_month");
        for (OneAtATimeSwings.Swing w : swings) {
            ObjectNode o = sw.addObject();
            o.put("path", w.path());
            putNumber(o, "low_value", w.lowValue());
            putNumber(o, "high_value", w.highValue());
            putNumber(o, "output_at_low", w.outputAtLow());
            putNumber(o, "output_at_high", w.outputAtHigh());
        }
        return node;
    }

    private static void proportion(ObjectNode o, ProportionSummary p, List<ConvergenceStep> conv) {
        double[] ci = p.interval();
        putNumber(o, "estimate", p.estimate());
        o.put("low", ci[0]);
        o.put("high", ci[1]);
        o.put("successes", p.successes());
        o.put("trials", p.trials());
        steps(o.putArray("convergence"), conv);
    }

    private static void steps(ArrayNode a, List<ConvergenceStep> steps) {
        for (ConvergenceStep s : steps) {
            ObjectNode o = a.addObject();
            o.put("draws", s.draws());
            putNumber(o, "estimate", s.estimate());
            putNumber(o, "low", s.low());
            putNumber(o, "high", s.high());
        }
    }

    private static void putNumber(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }

    /** The PRCC of parameter {@code path} with output {@code output} (one of {@link #PRCC_OUTPUTS}), if listed. */
    public Optional<Double> prcc(String path, String output) {
        int j = parameters.indexOf(path);
        int k = PRCC_OUTPUTS.indexOf(output);
        return j < 0 || k < 0 ? Optional.empty() : Optional.of(prcc[k][j]);
    }
}
