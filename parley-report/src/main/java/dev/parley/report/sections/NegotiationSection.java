package dev.parley.report.sections;

import dev.parley.engine.negotiate.NegotiationEvent;
import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.model.Scenario;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import dev.parley.report.charts.SvgCharts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * value of no deal W_i(t).
 */
public final class NegotiationSection implements ReportSection {

    private final Scenario scenario;
    private final NegotiationStage.Negotiation negotiation;

    public NegotiationSection(Scenario scenario, NegotiationStage.Negotiation negotiation) {
        this.scenario = scenario;
        this.negotiation = negotiation;
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
                + " months at " + scenario.simulation().roundsPerMonth() + " round(s) a month. Strategy names and "
                + "their sources: docs/cli.md (parley simulate)."));
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
        return out.toString();
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
        return node;
    }
}
