package dev.parley.report.sections;

import dev.parley.engine.bargain.BargainingReport;
import dev.parley.engine.bargain.ChipAssessment;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.PointFrontiers;
import dev.parley.engine.bargain.SolutionConcept;
import dev.parley.engine.bargain.SolutionPoint;
import dev.parley.engine.bargain.Trade;
import dev.parley.engine.bargain.Zopa;
import dev.parley.engine.pipeline.BargainingAtMonth;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import dev.parley.report.charts.SvgCharts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bargaining space at one month (DESIGN.md §4.2): values of no deal, the ZOPA (or what would open it), the
 * Pareto frontier, the solution points with the outcomes behind them, the chips, and trades; a utility-space chart
 * for the two parties at the table.
 */
public final class BargainingSection implements ReportSection {

    /** Outcomes drawn in the chart's background cloud: enough to show the shape, few enough to keep the file small. */
    static final int CHART_SAMPLE = 2000;
    /** Seed of the chart's background sample; any fixed value keeps the report deterministic. */
    static final long CHART_SAMPLE_SEED = 1L;
    /** Frontier points written to results.json and the chart; the count is always given in full. */
    static final int POINTS_LISTED = 500;
    /** Palette entries of the Nash, KS, egalitarian and utilitarian markers (0-2 are the frontier, no deal, ZOPA). */
    private static final int[] SOLUTION_COLOURS = {4, 5, 3, 7};
    /** Largest tie class whose outcome ids are looked up to describe a solution. */
    private static final long MEMBER_LIMIT = 1_000_000L;

    private final Scenario scenario;
    private final BargainingAtMonth result;

    public BargainingSection(Scenario scenario, BargainingAtMonth result) {
        this.scenario = scenario;
        this.result = result;
    }

    @Override
    public String id() {
        return "bargaining";
    }

    @Override
    public String title() {
        return "Bargaining space";
    }

    private List<String> deciders() {
        return result.problem().deciders();
    }

    @Override
    public String html() {
        BargainingReport r = result.report();
        StringBuilder out = new StringBuilder();
        out.append(Html.paragraph("At month " + result.month() + " (" + scenario.info().start().plusMonths(result.month())
                + ")" + (Double.isNaN(result.front()) ? "" : ", with the front at its expected value "
                + Numbers.format(result.front())) + ", in the central case (factors switched on applied; factors "
                + "with a probability left to Monte Carlo). A deal needs every party and ratifier: "
                + String.join(", ", deciders()) + "."));
        out.append("<div class=\"answer\">").append(Html.escape(zopaSentence())).append("</div>\n");
        List<List<String>> w = new ArrayList<>();
        for (int i = 0; i < deciders().size(); i++) {
            w.add(List.of(deciders().get(i), Numbers.format(result.noDealValues()[i]), result.noDealSources().get(i)));
        }
        out.append(Html.table(List.of("Decider", "Value of no deal W", "From"), w));
        Optional<String> chart = twoPartyChart();
        chart.ifPresent(svg -> out.append("<figure>").append(svg).append("</figure>\n"));
        if (chart.isEmpty()) {
            out.append(pointTable());
        }
        out.append("<h3>Solutions</h3>\n").append(Html.paragraph("Frontier of the outcomes that cross nobody's red "
                + "line: " + r.frontier().totalOutcomeCount() + " outcomes at " + r.frontier().distinctCount()
                + " distinct utility points. Disagreement point d = W."));
        List<String> header = new ArrayList<>(List.of("Concept"));
        header.addAll(deciders());
        header.add("Outcome");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<SolutionConcept, Optional<SolutionPoint>> e : solutionsInOrder(r)) {
            List<String> row = new ArrayList<>(List.of(conceptName(e.getKey())));
            if (e.getValue().isEmpty()) {
                deciders().forEach(d -> row.add("—"));
                row.add("none: no frontier point gives every decider at least W");
            } else {
                for (double u : e.getValue().get().utilities()) {
                    row.add(Numbers.format(u));
                }
                row.add(outcome(e.getValue().get().pointIndex()));
            }
            rows.add(row);
        }
        out.append(Html.table(header, rows));
        out.append("<h3>Chips</h3>\n");
        if (result.chips().isEmpty()) {
            out.append(Html.paragraph("The scenario lists no chips."));
        } else {
            List<List<String>> chips = new ArrayList<>();
            for (int i = 0; i < result.chips().size(); i++) {
                ChipAssessment c = result.chips().get(i);
                chips.add(List.of(chipName(i, c), Numbers.format(c.gain()), Numbers.format(c.weight()),
                        Numbers.format(c.credibility()), Numbers.format(c.valueChange()),
                        c.empty() ? "empty: " + reason(c) : "worth something"));
            }
            out.append(Html.table(List.of("Chip", "Gain w·q·Δv", "Weight w", "Credibility q", "Δv", "Verdict"), chips));
        }
        long emptyConcessions = r.emptyChips().size();
        out.append(Html.paragraph(emptyConcessions + " costly concessions between deciders are empty (gain below "
                + "0.01 to the recipient although they cost the offerer something); results.json lists them."));
        out.append("<h3>Trades from the no-deal outcome</h3>\n");
        if (result.trades().trades().isEmpty()) {
            out.append(Html.paragraph("No change of options raises every decider's expected utility."));
        } else {
            List<String> th = new ArrayList<>(List.of("Moves"));
            deciders().forEach(d -> th.add("gain " + d));
            th.add("Logroll");
            List<List<String>> trs = new ArrayList<>();
            for (Trade t : result.trades().trades()) {
                List<String> row = new ArrayList<>(List.of(moves(t)));
                for (double g : t.gains()) {
                    row.add(Numbers.format(g));
                }
                row.add(t.logroll() ? "yes" : "no");
                trs.add(row);
            }
            out.append(Html.paragraph(result.trades().totalFound() + " improving trades; the best "
                    + result.trades().trades().size() + " by joint gain:"));
            out.append(Html.table(th, trs));
        }
        return out.toString();
    }

    /** Points shown in the table that stands in for the chart when there are not exactly two parties. */
    static final int TABLE_POINTS = 20;

    /**
     * Without two parties at the table a plane cannot show the space: list the ZOPA's frontier (or, when the ZOPA is
     * empty, the whole frontier), best joint utility first, stating how many points are not shown.
     */
    private String pointTable() {
        Zopa zopa = result.report().zopa();
        ParetoSet set = zopa.empty() ? result.report().frontier() : zopa.frontier();
        int n = set.distinctCount();
        Integer[] order = new Integer[n];
        double[] sum = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            for (int p = 0; p < deciders().size(); p++) {
                sum[i] += set.utility(i, p);
            }
        }
        // stable sort: equal sums keep the set's own (deterministic) order
        java.util.Arrays.sort(order, (x, y) -> Double.compare(sum[y], sum[x]));
        List<String> header = new ArrayList<>(List.of("Point"));
        header.addAll(deciders());
        header.add("Outcomes");
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < Math.min(TABLE_POINTS, n); r++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r + 1)));
            for (int p = 0; p < deciders().size(); p++) {
                row.add(Numbers.format(set.utility(order[r], p)));
            }
            row.add(Long.toString(set.outcomeCount(order[r])));
            rows.add(row);
        }
        String what = zopa.empty() ? "Pareto frontier (the ZOPA is empty)" : "frontier of the ZOPA";
        return Html.paragraph("Utility space: the " + what + ", " + n + (n == 1 ? " point" : " points")
                + (n > TABLE_POINTS ? ", the " + TABLE_POINTS + " with the largest sum of utilities shown" : "")
                + " (a chart needs exactly two parties at the table).") + Html.table(header, rows);
    }

    /** One sentence: is there a ZOPA, how large, or what would open it. */
    /** Which of the scenario's chips are empty and why, in one sentence; empty when the scenario lists none. */
    public String chipsSentence() {
        if (result.chips().isEmpty()) {
            return "";
        }
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < result.chips().size(); i++) {
            ChipAssessment c = result.chips().get(i);
            if (c.empty()) {
                empty.add(chipName(i, c) + ": " + reason(c));
            }
        }
        return empty.size() + " of " + result.chips().size() + " chips offered are empty at month 0"
                + (empty.isEmpty() ? "." : " — " + String.join("; ", empty) + ".");
    }

    public String zopaSentence() {
        Zopa zopa = result.report().zopa();
        if (!zopa.empty()) {
            int points = zopa.frontier().distinctCount();
            String frontier = "its frontier has " + points + (points == 1 ? " point." : " points.");
            if (zopa.size().exact()) {
                return "A zone of possible agreement exists: " + zopa.size().count() + " outcomes (counted exactly)"
                        + " give every decider at least its value of no deal; " + frontier;
            }
            // A sampled size can be 0 although the exact frontier shows the zone is not empty: give the bound.
            return "A zone of possible agreement exists (" + frontier.replace("its frontier has", "its exact frontier"
                    + " has").replace(".", "") + "); its size is estimated by sampling at " + zopa.size().count()
                    + " ± " + Math.round(Math.ceil(zopa.size().halfWidth())) + " outcomes ("
                    + Numbers.format(100 * zopa.size().confidence()) + " % confidence; " + zopa.size().method() + ").";
        }
        StringBuilder s = new StringBuilder("No zone of possible agreement: no outcome gives every decider its value"
                + " of no deal.");
        zopa.opening().ifPresent(o -> {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < deciders().size(); i++) {
                if (Double.isFinite(o.singlePartyFall()[i])) {
                    parts.add(deciders().get(i) + "'s by " + Numbers.format(o.singlePartyFall()[i]));
                }
            }
            s.append(" It would open if ").append(parts.isEmpty() ? "no single decider's W fell far enough"
                    : "one W fell: " + String.join(", or ", parts))
                    .append("; the smallest joint fall totals ").append(Numbers.format(o.jointTotal())).append('.');
        });
        return s.toString();
    }

    private Optional<String> twoPartyChart() {
        List<String> parties = scenario.actorsWithRole(Role.PARTY).stream().map(a -> a.id()).toList();
        if (parties.size() != 2) {
            return Optional.empty();
        }
        int a = deciders().indexOf(parties.get(0));
        int b = deciders().indexOf(parties.get(1));
        BargainingReport r = result.report();
        XYChart chart = SvgCharts.xyChart(720, 560, deciders().size() > 2
                ? "Utility space of " + parties.get(0) + " and " + parties.get(1) + " (projection)"
                : "Utility space", "U(" + parties.get(0) + ")", "U(" + parties.get(1) + ")");
        // below the plot, the legend's long entries leave the plot the chart's whole width
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(4);
        long size = result.problem().space().size();
        int n = (int) Math.min(CHART_SAMPLE, size);
        double[] xs = new double[n];
        double[] ys = new double[n];
        // A seeded uniform sample: a fixed stride through the mixed-radix index would alias with the issues' radices.
        SplittableRandom rng = new SplittableRandom(CHART_SAMPLE_SEED);
        for (int s = 0; s < n; s++) {
            long index = size <= CHART_SAMPLE ? s : rng.nextLong(size);
            xs[s] = r.expectedUtilities().get(a).utility(index);
            ys[s] = r.expectedUtilities().get(b).utility(index);
        }
        chart.addSeries(size <= CHART_SAMPLE ? "all " + size + " outcomes"
                        : "outcomes (uniform sample of " + CHART_SAMPLE + " of " + size + ")", xs, ys)
                .setMarkerColor(new java.awt.Color(0xBBBBBB)).setMarker(SeriesMarkers.CIRCLE);
        addPoints(chart, deciders().size() > 2 ? "frontier for " + parties.get(0) + " and " + parties.get(1)
                : "Pareto frontier", projectedFrontier(r.frontier(), a, b), 0, 1, SvgCharts.PALETTE[0]);
        if (!r.zopa().empty()) {
            addPoints(chart, "ZOPA frontier", r.zopa().frontier(), a, b, SvgCharts.PALETTE[2]);
        }
        // Each concept its own series, even when several coincide: the legend then says which points overlap.
        SolutionConcept[] marked = {SolutionConcept.NASH, SolutionConcept.KALAI_SMORODINSKY,
            SolutionConcept.EGALITARIAN, SolutionConcept.UTILITARIAN};
        String[] labels = {"Nash", "Kalai–Smorodinsky", "egalitarian", "utilitarian"};
        org.knowm.xchart.style.markers.Marker[] markers = {SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP,
            SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS};
        for (int c = 0; c < marked.length; c++) {
            int m = c;
            r.solutions().getOrDefault(marked[c], Optional.empty()).ifPresent(p -> chart.addSeries(labels[m],
                    new double[] {p.utilities()[a]}, new double[] {p.utilities()[b]}).setMarker(markers[m])
                    .setMarkerColor(SvgCharts.PALETTE[SOLUTION_COLOURS[m]]));
        }
        chart.addSeries("no deal (W)", new double[] {result.noDealValues()[a]},
                new double[] {result.noDealValues()[b]}).setMarker(SeriesMarkers.SQUARE)
                .setMarkerColor(SvgCharts.PALETTE[1]);
        return Optional.of(SvgCharts.toSvg(chart, "bargaining-"));
    }

    /** The points of {@code set} that no other point beats on both {@code a} and {@code b}. */
    private static ParetoSet projectedFrontier(ParetoSet set, int a, int b) {
        double[][] columns = new double[2][set.distinctCount()];
        for (int i = 0; i < set.distinctCount(); i++) {
            columns[0][i] = set.utility(i, a);
            columns[1][i] = set.utility(i, b);
        }
        return PointFrontiers.forParties(2, set.tolerance()).compute(columns);
    }

    private static void addPoints(XYChart chart, String name, ParetoSet set, int a, int b, java.awt.Color color) {
        int n = Math.min(POINTS_LISTED, set.distinctCount());
        if (n == 0) {
            return;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = set.utility(i, a);
            ys[i] = set.utility(i, b);
        }
        String label = n < set.distinctCount() ? name + " (first " + n + " of " + set.distinctCount() + " points)" : name;
        chart.addSeries(label, xs, ys).setMarker(SeriesMarkers.CIRCLE).setMarkerColor(color);
    }

    /** The outcome behind frontier point {@code i} (its first member when several tie). */
    private String outcome(int pointIndex) {
        ParetoSet frontier = result.report().frontier();
        long count = frontier.outcomeCount(pointIndex);
        if (count > MEMBER_LIMIT) {
            return count + " outcomes tie";
        }
        long[] members = frontier.members(pointIndex, MEMBER_LIMIT);
        OutcomeSpace space = result.problem().space();
        int[] choice = new int[space.issueCount()];
        space.decode(members[0], choice);
        return space.describe(choice) + (count > 1 ? " (and " + (count - 1) + " tied)" : "");
    }

    /** Chip {@code i} of the scenario's list, named with its offerer as the scenario states it. */
    private String chipName(int i, ChipAssessment c) {
        OutcomeSpace space = result.problem().space();
        return space.issueName(c.chip().issue()) + "=" + space.optionLabel(c.chip().issue(), c.chip().option())
                + " (" + scenario.chips().get(i).offeredBy() + " → " + deciders().get(c.chip().recipient()) + ")";
    }

    private static String reason(ChipAssessment c) {
        return c.reason().map(r -> reasonText(r.name().toLowerCase(Locale.ROOT))).orElse("");
    }

    /**
     * @param reason a chip's {@code reason} as results.json writes it (e.g. {@code already_no_deal_state})
     * @return the reason in the words of DESIGN.md §4.2 (e.g. "already the no-deal state")
     */
    public static String reasonText(String reason) {
        return switch (reason) {
            case "worse_than_no_deal" -> "worse than no deal for the recipient";
            case "already_no_deal_state" -> "already the no-deal state";
            case "not_credible" -> "not credible";
            case "not_salient" -> "not salient";
            default -> reason.replace('_', ' ');
        };
    }

    private String moves(Trade t) {
        OutcomeSpace space = result.problem().space();
        List<String> parts = new ArrayList<>();
        for (Trade.Move m : t.moves()) {
            parts.add(space.issueName(m.issue()) + ": " + space.optionLabel(m.issue(), m.fromOption()) + " → "
                    + space.optionLabel(m.issue(), m.toOption()));
        }
        return String.join("; ", parts);
    }

    /** The concepts in declaration order (never the map's own order, so that output is deterministic). */
    private static List<Map.Entry<SolutionConcept, Optional<SolutionPoint>>> solutionsInOrder(BargainingReport r) {
        List<Map.Entry<SolutionConcept, Optional<SolutionPoint>>> out = new ArrayList<>();
        for (SolutionConcept c : SolutionConcept.values()) {
            out.add(Map.entry(c, r.solutions().getOrDefault(c, Optional.empty())));
        }
        return out;
    }

    /** @return the concept's name with its definition, as the report's tables show it */
    public static String conceptName(SolutionConcept c) {
        return switch (c) {
            case NASH -> "Nash (max Π(u−d))";
            case KALAI_SMORODINSKY -> "Kalai–Smorodinsky (equal gain ratios)";
            case EGALITARIAN -> "egalitarian (max min(u−d))";
            case UTILITARIAN -> "utilitarian (max Σu)";
            case GENIUS_MIN_ASYMMETRY -> "GENIUS \"Kalai-Smorodinsky\" (min Σ|u_i − u_j|)";
        };
    }

    @Override
    public ObjectNode results() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        BargainingReport r = result.report();
        ObjectNode node = f.objectNode();
        node.put("month", result.month());
        if (!Double.isNaN(result.front())) {
            node.put("front", result.front());
        }
        ArrayNode d = node.putArray("deciders");
        for (int i = 0; i < deciders().size(); i++) {
            ObjectNode o = d.addObject();
            o.put("id", deciders().get(i));
            o.put("no_deal_value", result.noDealValues()[i]);
            o.put("no_deal_source", result.noDealSources().get(i));
        }
        node.put("outcomes", result.problem().space().size());
        ObjectNode frontier = node.putObject("frontier");
        frontier.put("outcomes", r.frontier().totalOutcomeCount());
        frontier.put("distinct_points", r.frontier().distinctCount());
        // never truncated silently: the listed count is stated, and parley analyze --format csv gives every point
        frontier.put("points_listed", Math.min(POINTS_LISTED, r.frontier().distinctCount()));
        frontier.set("points", points(r.frontier()));
        Zopa zopa = r.zopa();
        ObjectNode z = node.putObject("zopa");
        z.put("empty", zopa.empty());
        z.put("outcomes", zopa.size().count());
        z.put("exact", zopa.size().exact());
        if (!zopa.size().exact()) {
            z.put("half_width", zopa.size().halfWidth());
            z.put("confidence", zopa.size().confidence());
        }
        z.put("method", zopa.size().method());
        z.put("frontier_points", zopa.frontier().distinctCount());
        z.put("summary", zopaSentence());
        zopa.opening().ifPresent(o -> {
            ObjectNode open = z.putObject("opening");
            ObjectNode single = open.putObject("single_party_fall");
            ObjectNode joint = open.putObject("joint_fall");
            for (int i = 0; i < deciders().size(); i++) {
                if (Double.isFinite(o.singlePartyFall()[i])) {
                    single.put(deciders().get(i), o.singlePartyFall()[i]);
                }
                joint.put(deciders().get(i), o.jointFall()[i]);
            }
            open.put("joint_total", o.jointTotal());
        });
        ArrayNode solutions = node.putArray("solutions");
        solutionsInOrder(r).forEach(e -> {
            SolutionConcept concept = e.getKey();
            Optional<SolutionPoint> point = e.getValue();
            ObjectNode s = solutions.addObject();
            s.put("concept", concept.name().toLowerCase(Locale.ROOT));
            point.ifPresent(p -> {
                ObjectNode u = s.putObject("utilities");
                for (int i = 0; i < deciders().size(); i++) {
                    u.put(deciders().get(i), p.utilities()[i]);
                }
                s.put("outcome", outcome(p.pointIndex()));
                s.put("tied_points", p.tiedPoints().length);
            });
        });
        ArrayNode chips = node.putArray("chips");
        for (int i = 0; i < result.chips().size(); i++) {
            // the scenario's offerer: a stakeholder may offer a chip, and the engine then has no valuation for it
            chips.add(chip(result.chips().get(i), scenario.chips().get(i).offeredBy()));
        }
        ArrayNode empty = node.putArray("empty_concessions");
        for (ChipAssessment c : r.emptyChips()) {
            empty.add(chip(c, deciders().get(c.chip().offerer())));
        }
        ObjectNode trades = node.putObject("trades_from_no_deal");
        trades.put("total_found", result.trades().totalFound());
        ArrayNode listed = trades.putArray("best");
        for (Trade t : result.trades().trades()) {
            ObjectNode o = listed.addObject();
            o.put("moves", moves(t));
            ObjectNode g = o.putObject("gains");
            for (int i = 0; i < deciders().size(); i++) {
                g.put(deciders().get(i), t.gains()[i]);
            }
            o.put("joint_gain", t.jointGain());
            o.put("logroll", t.logroll());
        }
        return node;
    }

    private ObjectNode chip(ChipAssessment c, String offeredBy) {
        OutcomeSpace space = result.problem().space();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("issue", space.issueName(c.chip().issue()));
        o.put("option", space.optionLabel(c.chip().issue(), c.chip().option()));
        o.put("offered_by", offeredBy);
        o.put("offered_to", deciders().get(c.chip().recipient()));
        o.put("gain", c.gain());
        o.put("weight", c.weight());
        o.put("credibility", c.credibility());
        o.put("value_change", c.valueChange());
        o.put("empty", c.empty());
        c.reason().ifPresent(reason -> o.put("reason", reason.name().toLowerCase(Locale.ROOT)));
        return o;
    }

    private ArrayNode points(ParetoSet set) {
        ArrayNode points = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < Math.min(POINTS_LISTED, set.distinctCount()); i++) {
            ArrayNode p = points.addArray();
            for (double u : set.point(i)) {
                p.add(u);
            }
        }
        return points;
    }
}
