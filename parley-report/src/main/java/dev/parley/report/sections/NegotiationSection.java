package dev.parley.report.sections;

import dev.parley.engine.negotiate.NegotiationEvent;
import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.pipeline.EscalationComparison;
import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.engine.pipeline.ScenarioEscalation;
import dev.parley.model.Scenario;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import dev.parley.report.charts.SvgCharts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The negotiation simulation (DESIGN.md §4.4): how the talks of the scenario's simulation block ended, the offers
 * round by round with every decider's utility, and a chart of each party's own utility of its offers against its
 * value of no deal W_i(t); with an {@link EscalationComparison}, "no escalation" against "escalate for leverage"
 * over many draws, with the verdict built from its numbers.
 */
public final class NegotiationSection implements ReportSection {

    private final Scenario scenario;
    private final NegotiationStage.Negotiation negotiation;
    private final EscalationComparison.Result comparison; // null: not run
    private final String opening;

    public NegotiationSection(Scenario scenario, NegotiationStage.Negotiation negotiation) {
        this(scenario, negotiation, null);
    }

    /** @param comparison the escalation comparison of the same scenario, or null */
    public NegotiationSection(Scenario scenario, NegotiationStage.Negotiation negotiation,
                              EscalationComparison.Result comparison) {
        this(scenario, negotiation, comparison, "");
    }

    /**
     * @param comparison the escalation comparison of the same scenario, or null
     * @param opening    why the talks open in their month (e.g. "the central case's first ripe month"), or empty
     */
    public NegotiationSection(Scenario scenario, NegotiationStage.Negotiation negotiation,
                              EscalationComparison.Result comparison, String opening) {
        this.scenario = scenario;
        this.negotiation = negotiation;
        this.comparison = comparison;
        this.opening = opening;
    }

    @Override
    public String id() {
        return "negotiation";
    }

    @Override
    public String title() {
        return "Negotiation simulation";
    }

    /** One sentence: the agreement or the breakdown. */
    public String endingSentence() {
        NegotiationResult r = negotiation.result();
        List<String> d = negotiation.deciders();
        long vetoes = r.trace().stream().filter(e -> e instanceof NegotiationEvent.Ratified x && !x.approved())
                .count();
        String veto = vetoes == 0 ? "" : " (" + vetoes + " veto" + (vetoes == 1 ? "" : "es") + " by ratifiers)";
        return switch (r.ending()) {
            case AGREEMENT -> "Agreement in month " + r.month() + " (round " + r.round() + "): "
                    + String.join("; ", negotiation.terms()) + ".";
            case DEADLINE -> "No agreement: the deadline passed after " + r.round() + " rounds (month " + r.month()
                    + ")" + veto + ".";
            case WALK_OUT -> "No agreement: " + d.get(r.walkedOut()) + " walked out in month " + r.month()
                    + ", its value of fighting on exceeding the best it could expect from the talks" + veto + ".";
        };
    }

    @Override
    public String html() {
        NegotiationResult r = negotiation.result();
        List<String> d = negotiation.deciders();
        StringBuilder out = new StringBuilder();
        List<String> table = new ArrayList<>();
        for (int i = 0; i < negotiation.partyCount(); i++) {
            table.add(d.get(i) + " (" + negotiation.strategies().get(i) + ")");
        }
        List<String> ratifiers = d.subList(negotiation.partyCount(), d.size());
        out.append(Html.paragraph("Stacked alternating offers in the central case: at the table "
                + String.join(", ", table) + "; ratifiers: " + (ratifiers.isEmpty() ? "none" : String.join(", ",
                ratifiers)) + ". Every strategy is floored at the party's own value of fighting on W(t), which moves "
                + "month by month with the conflict model; deadline " + scenario.simulation().maxMonths()
                + " months at " + scenario.simulation().roundsPerMonth() + " round(s) a month. The talks open in"
                + " month " + negotiation.startMonth() + " (" + scenario.info().start().plusMonths(
                negotiation.startMonth()) + ")" + (opening.isEmpty() ? "" : ": " + opening) + ". Strategy names and"
                + " their sources: docs/cli.md (parley simulate)."));
        out.append("<div class=\"answer\">").append(Html.escape(endingSentence())).append("</div>\n");
        if (r.agreed()) {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                double w = negotiation.noDealValue(i, r.month());
                rows.add(List.of(d.get(i), Numbers.format(r.utilities()[i]), Numbers.format(w),
                        String.format(Locale.ROOT, "%+.4f", r.utilities()[i] - w)));
            }
            out.append(Html.table(List.of("Decider", "Utility of the agreement", "W at that month", "Surplus"), rows));
        }
        if (offers().size() > 0) {
            out.append("<figure>").append(chart()).append("</figure>\n");
        }
        if (offers().isEmpty()) {
            out.append(Html.paragraph("No offer was made."));
        } else {
            List<String> header = new ArrayList<>(List.of("Round", "Month", "Offered by", "Target"));
            d.forEach(id -> header.add("u " + id));
            List<List<String>> rows = new ArrayList<>();
            for (NegotiationEvent.Offered o : offers()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(o.round()), Integer.toString(o.month()),
                        d.get(o.party()), Numbers.format(o.target())));
                for (double u : o.utilities()) {
                    row.add(Numbers.format(u));
                }
                rows.add(row);
            }
            out.append(Html.table(header, rows));
        }
        if (comparison != null) {
            out.append(comparisonHtml(comparison));
        }
        return out.toString();
    }

    /** The escalation comparison as HTML: what was compared, the table of both arms (and channels), the verdict. */
    public static String comparisonHtml(EscalationComparison.Result c) {
        StringBuilder out = new StringBuilder("<h3>Escalation for leverage</h3>\n");
        List<String> who = new ArrayList<>();
        c.escalators().forEach((party, name) -> who.add(party + " (" + name + ")"));
        out.append(Html.paragraph("The talks run " + c.settings().seeds() + " times (seed " + c.settings().seed()
                + ") with the strategies as written and again with " + String.join(", ", who) + " climbing its rungs"
                + " of the escalation ladder when " + (c.settings().escalation().equals("escalate-naive")
                ? "the rung alone would raise its own value of fighting on (the counter-move left out of its reckoning)"
                : "its value of fighting on, the counter-move weighted by its probability, would rise") + ". In each"
                + " draw the factors with a probability are drawn, the front follows a sampled path (the same in both"
                + " arms) and counter-moves come with their stated probability; a rung's effects on the front, costs"
                + " and trust apply from the month it is taken, and every value of fighting on and every expected"
                + " utility is recomputed. Rungs of actors not at the table are not taken. " + talksStart(c)));
        out.append("<div class=\"answer\">").append(Html.escape(c.verdict())).append("</div>\n");
        List<String> header = new ArrayList<>(List.of("Arm", "P(agreement)", "90% interval",
                "P(agreement | talks)", "No talks", "Median month", "Mean month", "Deadline", "Walk-outs"));
        c.deciders().forEach(id -> header.add("mean u " + id));
        header.add("Rungs (countered)");
        List<List<String>> rows = new ArrayList<>();
        rows.add(armRow(c, c.none()));
        rows.add(armRow(c, c.escalate()));
        for (EscalationComparison.Arm a : c.channels().values()) {
            rows.add(armRow(c, a));
        }
        out.append(Html.table(header, rows));
        out.append(Html.paragraph(String.format(Locale.ROOT, "Difference in P(agreement): %+.1f percentage points."
                + " Rows \"only …\" keep one channel of the rungs' effects (the escalator still climbs as in the full"
                + " model); they show which mechanism carries the difference.", 100 * c.difference())));
        return out.toString();
    }

    private static List<String> armRow(EscalationComparison.Result c, EscalationComparison.Arm a) {
        List<String> row = new ArrayList<>();
        row.add(a.label());
        row.add(String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * a.probability(), a.agreements(), a.draws()));
        row.add(String.format(Locale.ROOT, "%.3f–%.3f", a.interval()[0], a.interval()[1]));
        row.add(a.talks() == 0 ? "–" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * a.probabilityAmongTalks(),
                a.agreements(), a.talks()));
        row.add(Integer.toString(a.noTalks()));
        row.add(Double.isNaN(a.medianMonth()) ? "–" : Numbers.format(a.medianMonth()));
        row.add(Double.isNaN(a.meanMonth()) ? "–" : Numbers.format(a.meanMonth()));
        row.add(Integer.toString(a.deadlines()));
        List<String> walks = new ArrayList<>();
        for (int i = 0; i < c.deciders().size(); i++) {
            if (a.walkOuts()[i] > 0) {
                walks.add(c.deciders().get(i) + " " + a.walkOuts()[i]);
            }
        }
        row.add(walks.isEmpty() ? "0" : String.join(", ", walks));
        for (double u : a.meanUtilities()) {
            row.add(Double.isNaN(u) ? "–" : Numbers.format(u));
        }
        row.add(a.rungs() + " (" + a.countered() + ")");
        return row;
    }

    /** When the comparison's talks open, in words. */
    static String talksStart(EscalationComparison.Result c) {
        return c.settings().talksFrom() == EscalationComparison.TalksStart.RIPE
                ? "The talks of a draw open in its first ripe month (stalemate, hurting, a way out; assessed on the"
                + " draw's scenario without escalation, the same month in both arms) and run from there; a draw that"
                + " never ripens within the horizon has no talks. Months are the scenario's (months from its start);"
                + " an agreement counts when signed within the horizon."
                : "The talks of every draw open in month 0 (the scenario's start).";
    }

    /** The escalation comparison as JSON (results.json {@code sections.negotiation.escalation_comparison}). */
    public static ObjectNode comparisonJson(EscalationComparison.Result c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("scenario", c.scenarioId());
        node.put("seeds", c.settings().seeds());
        node.put("seed", c.settings().seed());
        node.put("talks_from", c.settings().talksFrom().name().toLowerCase(Locale.ROOT));
        ObjectNode esc = node.putObject("escalators");
        c.escalators().forEach(esc::put);
        ArrayNode arms = node.putArray("arms");
        arms.add(armJson(c, c.none()));
        arms.add(armJson(c, c.escalate()));
        ObjectNode channels = node.putObject("channels");
        for (Map.Entry<ScenarioEscalation.Channel, EscalationComparison.Arm> e : c.channels().entrySet()) {
            channels.set(e.getKey().name().toLowerCase(Locale.ROOT), armJson(c, e.getValue()));
        }
        node.put("difference", c.difference());
        node.put("verdict", c.verdict());
        return node;
    }

    private static ObjectNode armJson(EscalationComparison.Result c, EscalationComparison.Arm a) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("label", a.label());
        o.put("draws", a.draws());
        o.put("no_talks", a.noTalks());
        o.put("agreements", a.agreements());
        o.put("agreements_after_horizon", a.lateAgreements());
        o.put("probability", a.probability());
        if (a.talks() > 0) {
            o.put("probability_among_talks", a.probabilityAmongTalks());
        }
        o.putArray("interval").add(a.interval()[0]).add(a.interval()[1]);
        if (a.agreements() > 0) {
            o.put("median_month", a.medianMonth());
            o.put("mean_month", a.meanMonth());
        }
        ObjectNode u = o.putObject("mean_utilities");
        ObjectNode w = o.putObject("mean_no_deal_change_at_rung");
        ObjectNode walks = o.putObject("walk_outs");
        for (int i = 0; i < c.deciders().size(); i++) {
            if (a.agreements() > 0) {
                u.put(c.deciders().get(i), a.meanUtilities()[i]);
            }
            w.put(c.deciders().get(i), a.meanNoDealChange()[i]);
            walks.put(c.deciders().get(i), a.walkOuts()[i]);
        }
        o.put("deadlines", a.deadlines());
        o.put("escalated_draws", a.escalated());
        o.put("rungs", a.rungs());
        o.put("countered", a.countered());
        if (a.rungs() > 0) {
            o.put("mean_reckoned_gain", a.meanReckonedGain());
        }
        return o;
    }

    private List<NegotiationEvent.Offered> offers() {
        List<NegotiationEvent.Offered> out = new ArrayList<>();
        for (NegotiationEvent e : negotiation.result().trace()) {
            if (e instanceof NegotiationEvent.Offered o) {
                out.add(o);
            }
        }
        return out;
    }

    private String chart() {
        XYChart chart = SvgCharts.xyChart(720, 420, "Own utility of each party's offers vs its W(t)", "round",
                "utility");
        int rounds = negotiation.result().round() + 1;
        int perMonth = scenario.simulation().roundsPerMonth();
        for (int i = 0; i < negotiation.partyCount(); i++) {
            String id = negotiation.deciders().get(i);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (NegotiationEvent.Offered o : offers()) {
                if (o.party() == i) {
                    x.add((double) o.round());
                    y.add(o.utilities()[i]);
                }
            }
            java.awt.Color colour = SvgCharts.PALETTE[i % SvgCharts.PALETTE.length];
            if (!x.isEmpty()) {
                XYSeries s = chart.addSeries("offers by " + id, x, y);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setLineColor(colour);
                s.setMarkerColor(colour);
            }
            double[] wx = new double[rounds];
            double[] wy = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                wx[r] = r;
                wy[r] = negotiation.noDealValue(i, r / perMonth);
            }
            XYSeries w = chart.addSeries("W " + id, wx, wy);
            w.setMarker(SeriesMarkers.NONE);
            w.setLineStyle(SeriesLines.DASH_DASH);
            w.setLineColor(colour);
        }
        return SvgCharts.toSvg(chart, "negotiation-");
    }

    @Override
    public ObjectNode results() {
        NegotiationResult r = negotiation.result();
        List<String> d = negotiation.deciders();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode parties = node.putArray("parties");
        for (int i = 0; i < negotiation.partyCount(); i++) {
            parties.addObject().put("id", d.get(i)).put("strategy", negotiation.strategies().get(i));
        }
        ArrayNode ratifiers = node.putArray("ratifiers");
        d.subList(negotiation.partyCount(), d.size()).forEach(ratifiers::add);
        node.put("start_month", negotiation.startMonth());
        node.put("ending", r.ending().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("round", r.round());
        node.put("month", r.month());
        if (r.agreed()) {
            ArrayNode terms = node.putArray("terms");
            negotiation.terms().forEach(terms::add);
            ObjectNode us = node.putObject("utilities");
            ObjectNode ws = node.putObject("no_deal_values");
            for (int i = 0; i < d.size(); i++) {
                us.put(d.get(i), r.utilities()[i]);
                ws.put(d.get(i), negotiation.noDealValue(i, r.month()));
            }
        }
        if (r.walkedOut() >= 0) {
            node.put("walked_out", d.get(r.walkedOut()));
        }
        ArrayNode offers = node.putArray("offers");
        for (NegotiationEvent.Offered o : offers()) {
            ObjectNode on = offers.addObject();
            on.put("round", o.round()).put("month", o.month()).put("party", d.get(o.party()))
                    .put("outcome", o.outcome()).put("target", o.target());
            ObjectNode u = on.putObject("utilities");
            for (int i = 0; i < d.size(); i++) {
                u.put(d.get(i), o.utilities()[i]);
            }
        }
        if (comparison != null) {
            node.set("escalation_comparison", comparisonJson(comparison));
        }
        return node;
    }
}
