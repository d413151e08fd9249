package dev.parley.report.sections;

import dev.parley.engine.pipeline.RipenessMonth;
import dev.parley.engine.pipeline.RipenessTimeline;
import dev.parley.model.Scenario;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import dev.parley.report.charts.SvgCharts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ripeness and the window of opportunity (DESIGN.md §4.3): each decider's value of fighting on W_i(t) against the
 * best agreement it could get, the ripe months, and for every other month which condition fails.
 */
public final class RipenessSection implements ReportSection {

    private final Scenario scenario;
    private final RipenessTimeline timeline;

    public RipenessSection(Scenario scenario, RipenessTimeline timeline) {
        this.scenario = scenario;
        this.timeline = timeline;
    }

    @Override
    public String id() {
        return "ripeness";
    }

    @Override
    public String title() {
        return "Ripeness and the window of opportunity";
    }

    public RipenessTimeline timeline() {
        return timeline;
    }

    /** One sentence: the window, or why there is none. */
    public String windowSentence() {
        int[] ripe = timeline.ripeMonths();
        int last = timeline.months().size() - 1;
        if (ripe.length == 0) {
            return "No ripe month in months 0–" + last + ": " + failingSummary() + ".";
        }
        return ripe.length + " of " + (last + 1) + " months are ripe (stalemate, hurting and a way out at once): "
                + ranges(ripe) + ".";
    }

    /** How often each condition fails, e.g. "hurting fails in 31 months, way out in 3". */
    private String failingSummary() {
        int n = timeline.months().size();
        List<String> parts = new ArrayList<>();
        for (String c : List.of("stalemate", "hurting", "way out")) {
            int fails = n - timeline.count(c);
            if (fails > 0) {
                parts.add(c + " fails in " + fails + " month" + (fails == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts);
    }

    /** Month ranges, e.g. "months 0–4, 9". */
    static String ranges(int[] months) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < months.length) {
            int j = i;
            while (j + 1 < months.length && months[j + 1] == months[j] + 1) {
                j++;
            }
            out.add(i == j ? Integer.toString(months[i]) : months[i] + "–" + months[j]);
            i = j + 1;
        }
        return (months.length == 1 ? "month " : "months ") + String.join(", ", out);
    }

    @Override
    public String html() {
        StringBuilder out = new StringBuilder();
        var s = timeline.settings();
        out.append(Html.paragraph("Month by month, in the central case, with each decider's value of fighting on "
                + "W(t) from the conflict model under its own beliefs (exact expectation over the discretised front; "
                + "largest grid error " + Numbers.format(timeline.valueOfNoDeal().maxError()) + "). Ripe = "
                + "stalemate (every party expects the front to move by less than " + Numbers.format(s.stalemateDrift())
                + " and a decision with probability below " + Numbers.format(s.decisiveProbability()) + " within "
                + s.windowMonths() + " months) and hurting (every party's monthly cost at or above its pain "
                + "threshold) and a way out (a non-empty ZOPA against every decider's own W). Parties tested for "
                + "stalemate and hurting: " + String.join(", ", timeline.parties()) + "."));
        out.append("<div class=\"answer\">").append(Html.escape(windowSentence())).append("</div>\n");
        out.append("<figure>").append(chart()).append("</figure>\n");
        marginChart().ifPresent(c -> out.append(Html.paragraph("The same months as margins: each decider's best"
                + " attainable deal minus its value of fighting on. The levels above differ too much to show these"
                + " gaps; a way out exists in the months where the margins reach 0 (they cross it together, since"
                + " each is the best deal the others accept).")).append("<figure>").append(c).append("</figure>\n"));
        List<List<String>> kappa = new ArrayList<>();
        for (int j = 0; j < timeline.parties().size(); j++) {
            kappa.add(List.of(timeline.parties().get(j), Numbers.format(timeline.painThresholds()[j]),
                    timeline.painSources().get(j)));
        }
        out.append(Html.table(List.of("Party", "Pain threshold κ", "From"), kappa));
        List<String> header = new ArrayList<>(List.of("Month", "Date", "Front"));
        for (String d : timeline.deciders()) {
            header.add("W " + d);
            header.add("best " + d);
        }
        header.addAll(List.of("Ripe", "Failing conditions"));
        List<List<String>> rows = new ArrayList<>();
        for (RipenessMonth m : timeline.months()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(m.month()),
                    scenario.info().start().plusMonths(m.month()).toString(), Numbers.format(m.front())));
            for (int i = 0; i < timeline.deciders().size(); i++) {
                row.add(Numbers.format(m.noDealValues()[i]));
                row.add(Double.isInfinite(m.bestAgreement()[i]) ? "none" : Numbers.format(m.bestAgreement()[i]));
            }
            row.add(m.ripe() ? "ripe" : "no");
            row.add(m.ripe() ? "" : String.join("; ", m.assessment().reasons()));
            rows.add(row);
        }
        out.append(Html.table(header, rows));
        return out.toString();
    }

    private String chart() {
        XYChart chart = SvgCharts.xyChart(720, 460, "Value of fighting on vs best attainable agreement", "month",
                "utility");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        int months = timeline.months().size();
        double[] x = new double[months];
        for (int t = 0; t < months; t++) {
            x[t] = t;
        }
        double low = Double.POSITIVE_INFINITY;
        for (int i = 0; i < timeline.deciders().size(); i++) {
            String d = timeline.deciders().get(i);
            double[] wi = new double[months];
            for (int t = 0; t < months; t++) {
                wi[t] = timeline.months().get(t).noDealValues()[i];
            }
            for (double v : wi) {
                low = Math.min(low, v);
            }
            XYSeries ws = chart.addSeries("W " + d, x, wi);
            ws.setMarker(SeriesMarkers.NONE);
            ws.setLineColor(SvgCharts.PALETTE[i % SvgCharts.PALETTE.length]);
            low = Math.min(low, addBestDeal(chart, "best deal " + d, i, false));
        }
        markRipeMonths(chart, low);
        return SvgCharts.toSvg(chart, "ripeness-");
    }

    /**
     * Decider i's best attainable deal (less its W when {@code margin}) over the months where some deal is acceptable
     * to the others, as a line broken at the other months; returns the lowest value drawn (+∞ when none is).
     */
    private double addBestDeal(XYChart chart, String name, int i, boolean margin) {
        List<Double> months = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        for (RipenessMonth m : timeline.months()) {
            double b = m.bestAgreement()[i];
            if (Double.isFinite(b)) {
                double y = margin ? b - m.noDealValues()[i] : b;
                months.add((double) m.month());
                values.add(y);
                low = Math.min(low, y);
            }
        }
        // the levels chart dashes the best deal against its solid W; the margin chart has no W line
        addRuns(chart, name, months, values, SvgCharts.PALETTE[i % SvgCharts.PALETTE.length], !margin);
        return low;
    }

    /**
     * A line over the given months, broken where a month is missing (no deal acceptable to the others then) rather
     * than bridged across it: one series per run of consecutive months, in one colour, named once in the legend; a
     * run of one month is a dot.
     */
    static void addRuns(XYChart chart, String name, List<Double> months, List<Double> values, java.awt.Color colour,
                        boolean dashed) {
        int start = 0;
        int run = 0;
        for (int k = 1; k <= months.size(); k++) {
            if (k < months.size() && months.get(k) - months.get(k - 1) <= 1) {
                continue;
            }
            // XChart needs distinct names: later runs get invisible zero-width spaces and stay out of the legend
            XYSeries series = chart.addSeries(name + "\u200B".repeat(run), months.subList(start, k),
                    values.subList(start, k));
            series.setMarker(k - start == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            series.setMarkerColor(colour);
            series.setLineColor(colour);
            if (dashed) {
                series.setLineStyle(SeriesLines.DASH_DASH);
            }
            series.setShowInLegend(run == 0);
            start = k;
            run++;
        }
    }

    /** The ripe months as diamonds at height {@code y}. */
    private void markRipeMonths(XYChart chart, double y) {
        int[] ripe = timeline.ripeMonths();
        if (ripe.length > 0) {
            double[] ry = new double[ripe.length];
            Arrays.fill(ry, y);
            XYSeries r = chart.addSeries("ripe month", Arrays.stream(ripe).asDoubleStream().toArray(), ry);
            r.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            r.setMarker(SeriesMarkers.DIAMOND);
            r.setMarkerColor(SvgCharts.PALETTE[6]);
        }
    }

    /** best_i(t) − W_i(t) per decider, over the months where some deal is acceptable to the others. */
    private java.util.Optional<String> marginChart() {
        XYChart chart = SvgCharts.xyChart(720, 380, "Margin of the best attainable deal over W", "month",
                "best deal − W");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setYAxisDecimalPattern("0.000");
        boolean any = false;
        for (int i = 0; i < timeline.deciders().size(); i++) {
            any |= addBestDeal(chart, "margin " + timeline.deciders().get(i), i, true) < Double.POSITIVE_INFINITY;
        }
        if (!any) {
            return java.util.Optional.empty();
        }
        int months = timeline.months().size();
        XYSeries zero = chart.addSeries("0: a way out from here up", new double[] {0, months - 1}, new double[2]);
        zero.setMarker(SeriesMarkers.NONE);
        zero.setLineStyle(SeriesLines.DASH_DASH);
        zero.setLineColor(java.awt.Color.GRAY);
        markRipeMonths(chart, 0);
        return java.util.Optional.of(SvgCharts.toSvg(chart, "ripeness-margin-"));
    }

    @Override
    public ObjectNode results() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        ObjectNode settings = node.putObject("settings");
        settings.put("window_months", timeline.settings().windowMonths());
        settings.put("stalemate_drift", timeline.settings().stalemateDrift());
        settings.put("decisive_probability", timeline.settings().decisiveProbability());
        ArrayNode parties = node.putArray("parties");
        for (int j = 0; j < timeline.parties().size(); j++) {
            ObjectNode p = parties.addObject();
            p.put("id", timeline.parties().get(j));
            p.put("pain_threshold", timeline.painThresholds()[j]);
            p.put("pain_threshold_source", timeline.painSources().get(j));
        }
        ArrayNode deciders = node.putArray("deciders");
        timeline.deciders().forEach(deciders::add);
        ArrayNode sources = node.putArray("no_deal_sources");
        timeline.noDealSources().forEach(sources::add);
        ObjectNode method = node.putObject("value_of_no_deal");
        method.put("method", "exact expectation over the discretised front");
        method.put("max_error", timeline.valueOfNoDeal().maxError());
        ArrayNode ripe = node.putArray("ripe_months");
        Arrays.stream(timeline.ripeMonths()).forEach(ripe::add);
        node.put("summary", windowSentence());
        ArrayNode months = node.putArray("months");
        double[][] errors = timeline.valueOfNoDeal().errors();
        for (RipenessMonth m : timeline.months()) {
            ObjectNode o = months.addObject();
            o.put("month", m.month());
            o.put("date", scenario.info().start().plusMonths(m.month()).toString());
            o.put("front", m.front());
            o.put("ripe", m.ripe());
            o.put("stalemate", m.assessment().stalemate());
            o.put("hurting", m.assessment().hurting());
            o.put("way_out", m.assessment().wayOut());
            ObjectNode per = o.putObject("deciders");
            for (int i = 0; i < timeline.deciders().size(); i++) {
                ObjectNode d = per.putObject(timeline.deciders().get(i));
                d.put("w", m.noDealValues()[i]);
                d.put("w_error", errors[i][m.month()]);
                if (Double.isFinite(m.bestAgreement()[i])) {
                    d.put("best_agreement", m.bestAgreement()[i]);
                } else {
                    d.putNull("best_agreement");
                }
                d.put("cost", m.costs()[i]);
            }
            ArrayNode reasons = o.putArray("reasons");
            m.assessment().reasons().forEach(reasons::add);
        }
        return node;
    }

    /** The failing conditions of a month in a few words, for tables: "hurting (RU); way out". */
    public static String failing(RipenessMonth m) {
        if (m.ripe()) {
            return "";
        }
        return m.assessment().reasons().stream().map(r -> r.startsWith("no way out") ? "way out"
                : r.startsWith("not hurting for ") ? "hurting (" + r.substring(16, r.indexOf(':')) + ")"
                : "stalemate (" + r.substring(r.indexOf(" for ") + 5, r.indexOf(':')) + ")")
                .distinct().collect(Collectors.joining("; "));
    }
}
