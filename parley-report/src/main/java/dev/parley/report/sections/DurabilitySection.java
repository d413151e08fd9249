package dev.parley.report.sections;

import dev.parley.engine.durability.ComplianceTerm;
import dev.parley.engine.durability.DurabilityForecast;
import dev.parley.engine.pipeline.ScenarioDurability;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import dev.parley.report.charts.SvgCharts;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Durability of the agreement (DESIGN.md §4.5): survival curve with its interval, the median, P(renewed war within
 * 1, 2 and 5 years) and the main driver.
 */
public final class DurabilitySection implements ReportSection {

    /** The horizons of the three probabilities, in months. */
    public static final int[] WAR_WITHIN_MONTHS = {12, 24, 60};

    private final ScenarioDurability.Result result;

    public DurabilitySection(ScenarioDurability.Result result) {
        this.result = result;
    }

    @Override
    public String id() {
        return "durability";
    }

    @Override
    public String title() {
        return "Durability";
    }

    public ScenarioDurability.Result result() {
        return result;
    }

    /** One sentence with the headline numbers. */
    public String summarySentence() {
        DurabilityForecast f = result.forecast();
        StringBuilder s = new StringBuilder("P(renewed war) within 1 year "
                + percent(f.warWithin(12)) + ", 2 years " + percent(f.warWithin(24)) + ", 5 years "
                + percent(f.warWithin(60)) + "; median " + months(f.median()) + " (" + months(f.medianLow()) + " to "
                + months(f.medianHigh()) + ")");
        DurabilityForecast.Driver main = f.mainDriver();
        if (main != null) {
            s.append("; main driver: ").append(main.name()).append(" (")
                    .append(main.effectOn5y() >= 0 ? "+" : "").append(Math.round(100 * main.effectOn5y()))
                    .append(" points on the 5-year risk)");
        }
        return s.append('.').toString();
    }

    private static String percent(DurabilityForecast.Interval i) {
        return Math.round(100 * i.estimate()) + " % (" + Math.round(100 * i.low()) + "–" + Math.round(100 * i.high())
                + " %)";
    }

    static String months(double m) {
        if (Double.isInfinite(m)) {
            return "never within the model";
        }
        return Math.round(m) + " months (" + Numbers.format(Math.round(m / 12.0 * 10) / 10.0) + " years)";
    }

    @Override
    public String html() {
        StringBuilder out = new StringBuilder();
        out.append(Html.paragraph("Hazard of renewed war after signing, h(s) = h0(s)·exp(β·provisions)·commitment(s)"
                + "·compliance(s): a Weibull baseline for a " + result.agreementType() + " calibrated on UCDP "
                + "termination data, provisions " + (result.provisions().isEmpty() ? "none"
                : String.join(", ", result.provisions())) + ", signed in month " + result.signingMonth() + ". "
                + "The interval is the envelope over the baseline's calibration interval and the provisions' "
                + "plausible hazard ratios, not a sampling interval."));
        out.append(Html.paragraph(result.agreement().map(a -> "Agreement priced: the Nash bargaining solution with "
                + "d = W(t): " + a + ".").orElse("No outcome is individually rational at the signing month (empty "
                + "ZOPA): the agreement is priced at the values of no deal, the most fragile deal that could be "
                + "signed.")));
        out.append("<div class=\"answer\">").append(Html.escape(summarySentence())).append("</div>\n");
        out.append("<figure>").append(chart()).append("</figure>\n");
        List<List<String>> rows = new ArrayList<>();
        for (int m : WAR_WITHIN_MONTHS) {
            DurabilityForecast.Interval i = result.forecast().warWithin(m);
            rows.add(List.of(m / 12 + " year" + (m == 12 ? "" : "s"), Numbers.share(i.estimate()),
                    Numbers.share(i.low()), Numbers.share(i.high())));
        }
        out.append(Html.table(List.of("Renewed war within", "P", "low", "high"), rows));
        List<List<String>> drivers = new ArrayList<>();
        for (DurabilityForecast.Driver d : result.forecast().drivers()) {
            drivers.add(List.of(d.name(), Numbers.signedPoints(d.effectOn5y())));
        }
        if (!drivers.isEmpty()) {
            out.append(Html.table(List.of("Driver", "Effect on P(war within 5 years)"), drivers));
        }
        if (!result.rearmingParties().isEmpty()) {
            List<List<String>> c = new ArrayList<>();
            for (int j = 0; j < result.rearmingParties().size(); j++) {
                c.add(List.of(result.rearmingParties().get(j), Numbers.format(result.agreementValues()[j]),
                        Numbers.format(result.warValues()[j]), Numbers.format(result.warValueDrift()[j])));
            }
            out.append(Html.paragraph("Commitment: rearmament moves each side's value of renewed war; "
                    + (result.firstUnenforceableMonth() < 0 ? "the agreement stays self-enforcing."
                    : "the agreement stops being self-enforcing in month " + result.firstUnenforceableMonth() + ".")));
            out.append(Html.table(List.of("Actor", "U (agreement)", "W at signing", "ΔW per month"), c));
        }
        if (!result.commitments().isEmpty()) {
            List<List<String>> c = new ArrayList<>();
            for (ComplianceTerm.Commitment k : result.commitments()) {
                c.add(List.of(k.name(), Numbers.format(k.credibility()), Numbers.format(k.trust()),
                        Numbers.format(k.implementationProbability())));
            }
            out.append(Html.table(List.of("Commitment", "Credibility", "Trust", "q"), c));
        }
        return out.toString();
    }

    private String chart() {
        DurabilityForecast f = result.forecast();
        return SvgCharts.survivalChart("Survival of the agreement", "interval", f.lower(), f.upper(), "survival",
                f.survival(), "durability-");
    }

    @Override
    public ObjectNode results() {
        JsonNodeFactory jf = JsonNodeFactory.instance;
        DurabilityForecast f = result.forecast();
        ObjectNode node = jf.objectNode();
        node.put("agreement_type", result.agreementType());
        ArrayNode p = node.putArray("provisions");
        result.provisions().forEach(p::add);
        node.put("signing_month", result.signingMonth());
        if (result.agreement().isPresent()) {
            node.put("agreement", result.agreement().get());
        } else {
            node.putNull("agreement");
        }
        putNumber(node, "median_months", f.median());
        putNumber(node, "median_months_low", f.medianLow());
        putNumber(node, "median_months_high", f.medianHigh());
        ObjectNode war = node.putObject("war_within_months");
        for (int m : WAR_WITHIN_MONTHS) {
            DurabilityForecast.Interval i = f.warWithin(m);
            ObjectNode o = war.putObject(Integer.toString(m));
            o.put("estimate", i.estimate());
            o.put("low", i.low());
            o.put("high", i.high());
        }
        ArrayNode drivers = node.putArray("drivers");
        for (DurabilityForecast.Driver d : f.drivers()) {
            ObjectNode o = drivers.addObject();
            o.put("name", d.name());
            o.put("effect_on_5y", d.effectOn5y());
        }
        if (f.mainDriver() != null) {
            node.put("main_driver", f.mainDriver().name());
        } else {
            node.putNull("main_driver");
        }
        ObjectNode commitment = node.putObject("commitment");
        commitment.put("first_unenforceable_month", result.firstUnenforceableMonth());
        ArrayNode actors = commitment.putArray("actors");
        for (int j = 0; j < result.rearmingParties().size(); j++) {
            ObjectNode o = actors.addObject();
            o.put("id", result.rearmingParties().get(j));
            o.put("agreement_value", result.agreementValues()[j]);
            o.put("war_value_at_signing", result.warValues()[j]);
            o.put("war_value_drift_per_month", result.warValueDrift()[j]);
        }
        ArrayNode compliance = node.putArray("compliance");
        for (ComplianceTerm.Commitment k : result.commitments()) {
            ObjectNode o = compliance.addObject();
            o.put("name", k.name());
            o.put("credibility", k.credibility());
            o.put("trust", k.trust());
            o.put("due_month", k.dueMonth());
        }
        ObjectNode curve = node.putObject("survival");
        ArrayNode s = curve.putArray("central");
        ArrayNode lo = curve.putArray("lower");
        ArrayNode hi = curve.putArray("upper");
        for (int m = 0; m <= f.horizonMonths(); m++) {
            s.add(f.survival()[m]);
            lo.add(f.lower()[m]);
            hi.add(f.upper()[m]);
        }
        return node;
    }

    private static void putNumber(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }
}
