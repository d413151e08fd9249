package dev.parley.report.sections;

import static dev.parley.report.Numbers.correlation;
import static dev.parley.report.Numbers.percentNumber;
import static dev.parley.report.Numbers.points;
import static dev.parley.report.Numbers.share;
import static dev.parley.report.Numbers.signedPoints;
import static dev.parley.report.Numbers.tenth;

import dev.parley.engine.montecarlo.AgreedTerms;
import dev.parley.engine.montecarlo.ConvergenceStep;
import dev.parley.engine.montecarlo.PerDrawFactorShapley;
import dev.parley.engine.montecarlo.ScenarioDrawPipeline;
import dev.parley.engine.montecarlo.SurvivalBand;
import dev.parley.engine.montecarlo.TalksFromFirstRipeMonth;
import dev.parley.engine.montecarlo.TalksWindow;
import dev.parley.engine.pipeline.ScenarioBargaining;
import dev.parley.engine.space.OutcomeSpace;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Monte Carlo answers (DESIGN.md §4.7, issue 6): over N draws of the scenario's uncertain parameters and random
 * factors — P(talks start within 6, 12 and 24 months) and the most likely quarter (talks start at the first ripe
 * month), P(agreement within the horizon), the agreed terms per issue, P(renewed war within 1, 2 and 5 years of the
 * agreement reached) and its median duration, each with a 90% interval; the survival curve of those agreements; how
 * each interval narrows on the first N/8, N/4, N/2 and N draws; the PRCC of every uncertain parameter with each
 * output; the tornado. Everything is computed from the draws in draw order, so the section is the same for any thread
 * count.
 */
public final class MonteCarloSection implements ReportSection {

    /** The outputs the PRCC table ranks, in column order. */
    public static final List<String> PRCC_OUTPUTS = List.of("zopa_at_start", "first_ripe_month",
            "median_durability", "agreement");

    private final DrawResults<DrawOutcome> run;
    private final MonteCarloSummary summary;
    private final List<List<ConvergenceStep>> convergence;
    private final List<ConvergenceStep> durabilityConvergence;
    private final List<String> parameters;
    private final double[][] prcc;
    private final List<String> prccNotes;
    private final List<OneAtATimeSwings.Swing> swings;
    private final YearMonth start;
    private final int horizonMonths;
    private final OutcomeSpace space;
    private final SurvivalBand survival;
    private final Optional<String> talksUnavailable;
    private final Optional<PerDrawFactorShapley.Result> attribution;
    private final ScenarioDrawPipeline pipeline;

    /**
     * @param pipeline    the pipeline the run used (its sampler names the PRCC rows; its scenario the issues, options,
     *                    start and horizon)
     * @param run         the draws, in draw order
     * @param swings      one-at-a-time swings of the first ripe month (a month that never ripens counted as the
     *                    horizon + 1), widest first, for the tornado chart; empty for none
     * @param attribution the Shapley values of the random factors, if computed
     */
    public MonteCarloSection(ScenarioDrawPipeline pipeline, DrawResults<DrawOutcome> run,
                             List<OneAtATimeSwings.Swing> swings, Optional<PerDrawFactorShapley.Result> attribution) {
        DrawSampler sampler = pipeline.sampler();
        this.pipeline = pipeline;
        this.swings = List.copyOf(swings);
        this.run = run;
        this.attribution = attribution;
        this.start = pipeline.scenario().info().start();
        this.horizonMonths = pipeline.scenario().info().horizonMonths();
        this.space = ScenarioBargaining.of(pipeline.scenario()).space();
        this.talksUnavailable = pipeline.talksUnavailable();
        this.summary = MonteCarloSummary.of(run);
        this.convergence = MonteCarloSummary.convergence(run);
        this.durabilityConvergence = MonteCarloSummary.durabilityConvergence(run);
        this.survival = SurvivalBand.of(run.results());
        this.parameters = sampler.uncertain().stream().map(UncertainParameter::path).toList();
        List<ToDoubleFunction<DrawOutcome>> outputs = List.of(o -> o.zopaAtStart() ? 1.0 : 0.0,
                ScenarioSensitivity.firstRipeMonth(horizonMonths), DrawOutcome::medianDurability,
                o -> o.agreed() ? 1.0 : 0.0);
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
        s.append(summary.draws()).append(" draws").append(run.partial() ? " (partial: cancelled)" : "");
        for (int k = 0; k < MonteCarloSummary.RIPE_WITHIN.length; k++) {
            s.append(k == 0 ? ": " : "; ").append("P(talks start within ").append(MonteCarloSummary.RIPE_WITHIN[k])
                    .append(" months) ").append(percent(summary.ripeWithin().get(k)));
        }
        int q = summary.window().modalQuarter();
        if (q >= 0) {
            s.append("; most likely window ").append(quarterName(q)).append(": ")
                    .append(percent(summary.window().quarter(q)));
        }
        s.append("; P(agreement within ").append(horizonMonths).append(" months) ")
                .append(percent(summary.agreement()));
        if (summary.agreement().successes() > 0) {
            double[] w = summary.warWithinInterval(1);
            s.append("; P(renewed war within 2 years of it) ").append(percent(w));
            double[] d = summary.agreementDurabilityInterval();
            s.append("; its median duration ").append(months(d[0])).append(" (90%: ").append(months(d[1]))
                    .append(" to ").append(months(d[2])).append(')');
        }
        s.append("; P(ZOPA at month 0) ").append(percent(summary.zopaAtStart()));
        return s.append('.').toString();
    }

    /**
     * The factors that move P(talks within 12 months) and P(agreement) most, for the console, or empty without an
     * attribution.
     */
    public Optional<String> driversSentence() {
        return attribution.map(a -> drivers(a) + " (Shapley values ± one standard error, " + a.draws()
                + " attribution draws)");
    }

    /**
     * The answers to the analyst's questions (DESIGN.md §1) in plain sentences, for the first screen of the report:
     * escaped HTML list items.
     *
     * @param chipsSentence what the bargaining analysis says of the chips, or empty
     */
    public List<String> answerSentences(String chipsSentence) {
        List<String> out = new ArrayList<>();
        String cancelled = run.partial() ? " (run cancelled: " + summary.draws() + " of " + run.requested()
                + " draws)" : "";
        StringBuilder talks = new StringBuilder("<strong>Will talks start?</strong> Talks start when the situation"
                + " first turns ripe (stalemate, both sides hurting, a deal both prefer to fighting). Probability"
                + " they start within 12 months of " + start + ": " + percent(summary.ripeWithin().get(1))
                + "; within 6 months " + percent(summary.ripeWithin().get(0)) + "; within 24 months "
                + percent(summary.ripeWithin().get(2)) + ".");
        TalksWindow w = summary.window();
        int q = w.modalQuarter();
        if (q >= 0) {
            talks.append(" Most likely window: ").append(quarterName(q)).append(", ")
                    .append(percent(w.quarter(q))).append('.');
        }
        out.add(Html.escape(talks.toString()).replace("&lt;strong&gt;", "<strong>")
                .replace("&lt;/strong&gt;", "</strong>") + Html.escape(cancelled));
        StringBuilder deal = new StringBuilder("Will they agree? Probability of an agreement within the "
                + horizonMonths + "-month horizon: " + percent(summary.agreement()) + ".");
        if (talksUnavailable.isPresent()) {
            deal.append(" (No talks were simulated: ").append(talksUnavailable.get()).append(".)");
        } else {
            deal.append(' ').append(endingsSentence());
        }
        if (talksUnavailable.isEmpty() && summary.agreement().successes() > 0) {
            deal.append(" Median month of signing: ").append(monthName((int) Math.round(
                    summary.agreementMonths().median()))).append(". Most frequent terms: ").append(likelyTerms())
                    .append('.');
        }
        out.add(bold(deal.toString(), "Will they agree?"));
        if (summary.agreement().successes() > 0 && summary.warWithin().get(0).n() > 0) {
            double[] d = summary.agreementDurabilityInterval();
            out.add(bold("How long would it last? If signed, probability of renewed war within 1 year "
                    + percent(summary.warWithinInterval(0)) + ", 2 years " + percent(summary.warWithinInterval(1))
                    + ", 5 years " + percent(summary.warWithinInterval(2)) + "; median duration " + months(d[0])
                    + " (90%: " + months(d[1]) + " to " + months(d[2]) + ").", "How long would it last?"));
        } else if (!Double.isNaN(summary.durabilityQuantiles().median())) {
            double[] ci = summary.medianDurabilityInterval();
            out.add(bold("How long would it last? No draw reached an agreement; an agreement signed at the first ripe"
                    + " month would last a median " + months(summary.durabilityQuantiles().median()) + " (90%: "
                    + months(ci[0]) + " to " + months(ci[1]) + ").", "How long would it last?"));
        }
        attribution.ifPresent(a -> out.add(bold("Which factors matter? Of the " + a.players().size() + " random"
                + " factors, the largest Shapley values " + drivers(a) + " (± one standard error, " + a.draws()
                + " draws; every factor in Prerequisites and obstacles).", "Which factors matter?")));
        if (!chipsSentence.isEmpty()) {
            out.add(bold("Empty chips? " + chipsSentence, "Empty chips?"));
        }
        return out;
    }

    /** "Talks start in k of N draws; they end in …" (only the endings that occur). */
    private String endingsSentence() {
        long started = summary.draws() - summary.ending(TalksFromFirstRipeMonth.Ending.NO_TALKS);
        if (started == 0) {
            return "Talks start in no draw.";
        }
        List<String> parts = new ArrayList<>();
        String[] words = {null, "an agreement", "an agreement only after the horizon",
            "the deadline without agreement", "a walk-out"};
        for (TalksFromFirstRipeMonth.Ending e : TalksFromFirstRipeMonth.Ending.values()) {
            long c = summary.ending(e);
            if (e != TalksFromFirstRipeMonth.Ending.NO_TALKS && c > 0) {
                parts.add(words[e.ordinal()] + " in " + c);
            }
        }
        return "Talks start in " + started + " of " + summary.draws() + " draws and end in " + String.join(", ", parts)
                + ".";
    }

    private static String bold(String sentence, String question) {
        return "<strong>" + Html.escape(question) + "</strong>" + Html.escape(sentence.substring(question.length()));
    }

    /** The two largest Shapley values on P(talks within 12 months) and on P(agreement), signed. */
    private String drivers(PerDrawFactorShapley.Result a) {
        List<String> parts = new ArrayList<>();
        String[] ids = {"talks_within_12_months", "agreement"};
        String[] names = {"talks within 12 months", "agreement"};
        for (int n = 0; n < ids.length; n++) {
            int h = a.headline(ids[n]);
            double[] v = a.values()[h];
            Integer[] order = new Integer[v.length];
            for (int j = 0; j < v.length; j++) {
                order[j] = j;
            }
            double[] vv = v;
            java.util.Arrays.sort(order, (x, y) -> Double.compare(Math.abs(vv[y]), Math.abs(vv[x])));
            List<String> top = new ArrayList<>();
            for (int r = 0; r < Math.min(2, order.length); r++) {
                int j = order[r];
                if (Math.abs(v[j]) > 0) {
                    top.add(a.players().get(j) + " " + signedPoints(v[j]) + " ± " + points(a.standardErrors()[h][j]));
                }
            }
            parts.add("on " + names[n] + ": " + (top.isEmpty() ? "no factor changed it in any of the " + a.draws()
                    + " draws" : String.join(", ", top)));
        }
        return String.join("; ", parts);
    }

    private String likelyTerms() {
        AgreedTerms t = summary.terms();
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < space.issueCount(); k++) {
            int best = 0;
            for (int o = 1; o < space.optionCount(k); o++) {
                if (t.share(k, o).successes() > t.share(k, best).successes()) {
                    best = o;
                }
            }
            parts.add(space.issueName(k) + " = " + space.optionLabel(k, best) + " ("
                    + Math.round(100 * t.share(k, best).estimate()) + " %)");
        }
        return String.join(", ", parts);
    }

    /** "2025-04 to 2025-06" for quarter 1 of a scenario starting 2025-01. */
    private String quarterName(int q) {
        int first = q * TalksWindow.MONTHS;
        int last = Math.min(first + TalksWindow.MONTHS - 1, horizonMonths);
        return monthName(first) + " to " + monthName(last) + " (months " + first + "–" + last + ")";
    }

    private String monthName(int month) {
        return start.plusMonths(month).toString();
    }

    private static String percent(ProportionSummary p) {
        double[] ci = p.interval();
        return percent(new double[] {p.estimate(), ci[0], ci[1]});
    }

    private static String percent(double[] estimateLowHigh) {
        if (Double.isNaN(estimateLowHigh[0])) {
            return "n/a";
        }
        return pct(estimateLowHigh[0]) + " % (90%: " + pct(estimateLowHigh[1]) + "–" + pct(estimateLowHigh[2])
                + " %)";
    }

    /** A percentage, whole below 100 and above 1; one decimal under 1 % so that a small bound does not read 0. */
    private static String pct(double p) {
        double x = 100 * p;
        if (x > 0 && x < 1) {
            return Numbers.format(Math.round(10 * x) / 10.0);
        }
        return Long.toString(Math.round(x));
    }

    private static String months(double m) {
        if (Double.isNaN(m)) {
            return "n/a";
        }
        if (Double.isInfinite(m)) {
            return m > 0 ? "∞" : "−∞";
        }
        return Numbers.format(Math.round(10 * m) / 10.0) + " months";
    }

    @Override
    public String html() {
        StringBuilder out = new StringBuilder();
        out.append(Html.paragraph(summary.draws() + " draws (seed " + run.seed() + ") of the scenario's uncertain"
                + " parameters and random factors. In each draw the scenario is rebuilt and the pipeline asks:"
                + " when does the situation first turn ripe (talks start then; no ripe month, no talks), do the talks"
                + " reach an agreement within the horizon, on which terms, and how long would it last? The talks are"
                + " the negotiation stage run on the draw's scenario opening in that month: each side's value of no"
                + " deal moves month by month from there as the battlefield does, and the deadline counts from it;"
                + " the agreement month is that month plus the months the talks took. Durability is the durability"
                + " stage's forecast for the negotiated terms signed at that month (their commitments and what each"
                + " side expects of them)."
                + " Proportions carry Wilson 90% intervals; medians distribution-free 90% order-statistic intervals;"
                + " P(renewed war) is the mean over agreed draws with a 90% normal interval of that mean."
                + (run.partial() ? " The run was cancelled: these figures cover the completed draws only." : "")));
        talksUnavailable.ifPresent(r -> out.append("<div class=\"caveat\">").append(Html.paragraph(
                "No talks simulated in the draws: " + r)).append("</div>\n"));
        out.append("<div class=\"answer\">").append(Html.escape(summarySentence())).append("</div>\n");
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < MonteCarloSummary.RIPE_WITHIN.length; k++) {
            rows.add(proportionRow("Talks start within " + MonteCarloSummary.RIPE_WITHIN[k] + " months",
                    summary.ripeWithin().get(k)));
        }
        int q = summary.window().modalQuarter();
        if (q >= 0) {
            rows.add(proportionRow("Talks start in " + quarterName(q) + " (most likely quarter)",
                    summary.window().quarter(q)));
        }
        rows.add(proportionRow("Agreement within " + horizonMonths + " months", summary.agreement()));
        if (summary.agreementMonths().count() > 0) {
            double[] ci = summary.agreementMonths().interval(0.5, ProportionSummary.LEVEL);
            rows.add(List.of("Median agreement month", tenth(summary.agreementMonths().median()), tenth(ci[0]),
                    tenth(ci[1]), summary.agreementMonths().count() + " of " + summary.draws()));
        }
        for (int k = 0; k < TalksFromFirstRipeMonth.WAR_WITHIN.length; k++) {
            double[] w = summary.warWithinInterval(k);
            rows.add(List.of("Renewed war within " + TalksFromFirstRipeMonth.WAR_WITHIN[k]
                    + " months of the agreement", share(w[0]), share(w[1]), share(w[2]),
                    summary.warWithin().get(k).n() + " of " + summary.draws()));
        }
        double[] ad = summary.agreementDurabilityInterval();
        rows.add(List.of("Median duration of the agreement (months)", tenth(ad[0]), tenth(ad[1]), tenth(ad[2]),
                summary.agreementDurability().count() + " of " + summary.draws()));
        rows.add(proportionRow("ZOPA at month 0", summary.zopaAtStart()));
        double[] ci = summary.medianDurabilityInterval();
        rows.add(List.of("Median durability if signed at the first ripe month (months)",
                tenth(summary.durabilityQuantiles().median()), tenth(ci[0]), tenth(ci[1]),
                summary.durabilityQuantiles().count() + " of " + summary.draws()));
        out.append(Html.table(List.of("Answer", "Estimate", "90% low", "90% high", "Draws used"), rows));
        out.append(windowTable());
        out.append(termsHtml());
        if (survival.size() > 0) {
            out.append(Html.paragraph("Survival of the agreements reached: the mean over the " + survival.curves()
                    + " agreed draws of P(no renewed war by month m after signing), its 90% interval, and the 5th–95th"
                    + " percentile band of the draws' own curves (exported in survival.csv)."));
            out.append("<figure>").append(survivalChart()).append("</figure>\n");
        }
        out.append(Html.paragraph("Convergence: the estimate and its 90% interval on the first N/8, N/4, N/2 and N"
                + " draws (the half-width should roughly halve from N/4 to N)."));
        List<String> header = new ArrayList<>(List.of("Draws"));
        header.add("ZOPA at month 0 (%)");
        for (int months : MonteCarloSummary.RIPE_WITHIN) {
            header.add("Talks within " + months + " months (%)");
        }
        header.add("Agreement (%)");
        header.add("Median durability (months)");
        List<List<String>> conv = new ArrayList<>();
        for (int step = 0; step < convergence.get(0).size(); step++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(convergence.get(0).get(step).draws()));
            for (List<ConvergenceStep> c : convergence) {
                ConvergenceStep at = c.get(step);
                row.add(percentNumber(at.estimate()) + " (" + percentNumber(at.low()) + "–"
                        + percentNumber(at.high()) + ")");
            }
            row.add(step < durabilityConvergence.size() ? monthsCell(durabilityConvergence.get(step)) : "n/a");
            conv.add(row);
        }
        out.append(Html.table(header, conv));
        if (!parameters.isEmpty()) {
            out.append(prccHtml());
        }
        if (!swings.isEmpty()) {
            out.append(swingsHtml());
        }
        return out.toString();
    }

    /**
     * The PRCC table, rows by the largest |PRCC| in the row; the parameters under {@link #PRCC_SHOWN} on every
     * output are named in one sentence (results.json keeps every value, in scenario order).
     */
    private String prccHtml() {
        StringBuilder out = new StringBuilder(Html.paragraph("Partial rank correlation (PRCC, Marino et al. 2008) of"
                + " each uncertain parameter with each output: the sign says the direction, the size how strongly"
                + " the parameter's rank moves the output's once the others are accounted for. A draw that never"
                + " ripens ranks after every ripe month; draws without a durability drop out of that column. Rows"
                + " by the largest |PRCC| in the row."));
        Integer[] order = new Integer[parameters.size()];
        double[] largest = new double[parameters.size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
            largest[j] = Double.NaN; // no finite PRCC: its row stays, with n/a, after the others
            for (double[] output : prcc) {
                if (Double.isFinite(output[j])) {
                    largest[j] = Double.isNaN(largest[j]) ? Math.abs(output[j])
                            : Math.max(largest[j], Math.abs(output[j]));
                }
            }
        }
        // largest first, NaN last (Double.compare puts NaN above every number); stable: ties keep scenario order
        java.util.Arrays.sort(order, (x, y) -> Double.compare(Double.isNaN(largest[y]) ? -1 : largest[y],
                Double.isNaN(largest[x]) ? -1 : largest[x]));
        List<List<String>> rows = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (int j : order) {
            if (largest[j] < PRCC_SHOWN) { // false for NaN: a parameter without any PRCC is not called weak
                weak.add(parameters.get(j));
                continue;
            }
            rows.add(List.of(parameters.get(j), correlation(prcc[0][j]), correlation(prcc[1][j]),
                    correlation(prcc[2][j]), correlation(prcc[3][j])));
        }
        if (!rows.isEmpty()) {
            out.append(Html.table(List.of("Parameter", "ZOPA at month 0", "First ripe month", "Median durability",
                    "Agreement"), rows));
        }
        if (!weak.isEmpty()) {
            out.append(Html.paragraph(weak.size() + " parameter" + (weak.size() == 1 ? " has" : "s have")
                    + " |PRCC| below " + Numbers.format(PRCC_SHOWN) + " on every output: " + String.join(", ", weak)
                    + "."));
        }
        prccNotes.forEach(n -> out.append(Html.paragraph("PRCC not available for " + n)));
        return out.toString();
    }

    /** Swings whose ends give the same first ripe month are named in a sentence, not drawn as empty rows. */
    private String swingsHtml() {
        StringBuilder out = new StringBuilder(Html.paragraph("One-at-a-time swings (tornado): the first ripe month"
                + " on the central case with one uncertain parameter at its " + Math.round(100 * OneAtATimeSwings.LOW)
                + "th and " + Math.round(100 * OneAtATimeSwings.HIGH) + "th percentile, the others at their central"
                + " values (a case that never ripens counts as the horizon + 1), widest first."));
        List<OneAtATimeSwings.Swing> moving = new ArrayList<>();
        List<String> still = new ArrayList<>();
        for (OneAtATimeSwings.Swing w : swings) {
            if (w.outputAtLow() == w.outputAtHigh()) {
                still.add(w.path());
            } else {
                moving.add(w);
            }
        }
        if (moving.isEmpty()) {
            out.append(Html.paragraph("No parameter moves the first ripe month between its two ends."));
        } else {
            out.append("<figure>").append(tornado(moving)).append("</figure>\n");
            List<List<String>> t = new ArrayList<>();
            for (OneAtATimeSwings.Swing w : moving) {
                t.add(List.of(w.path(), number(w.lowValue()), number(w.highValue()), number(w.outputAtLow()),
                        number(w.outputAtHigh())));
            }
            out.append(Html.table(List.of("Parameter", "Low value", "High value", "First ripe month at low",
                    "at high"), t));
        }
        if (!still.isEmpty() && !moving.isEmpty()) {
            out.append(Html.paragraph("The first ripe month is the same at both ends of the other " + still.size()
                    + ": " + String.join(", ", still) + "."));
        }
        return out.toString();
    }

    /**
     * |PRCC| under which a parameter gets no row of its own (a display choice): r² = 1 % of the output's rank
     * variance that the other parameters leave.
     */
    private static final double PRCC_SHOWN = 0.1;

    private String windowTable() {
        TalksWindow w = summary.window();
        long[] byQuarter = w.byQuarter();
        if (byQuarter.length == 0) {
            return Html.paragraph("Talks start in no draw: no month is ripe.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int q = 0; q < byQuarter.length; q++) {
            if (byQuarter[q] > 0) {
                rows.add(proportionRow(quarterName(q), w.quarter(q)));
            }
        }
        rows.add(proportionRow("never (no ripe month)", new ProportionSummary(w.never(), w.draws())));
        return Html.paragraph("When talks start: the share of draws whose first ripe month falls in each quarter.")
                + Html.table(List.of("Talks start", "Share", "90% low", "90% high", "Draws"), rows);
    }

    private String termsHtml() {
        AgreedTerms t = summary.terms();
        if (t.agreements() == 0) {
            return Html.paragraph("Agreed terms: no draw reached an agreement.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < space.issueCount(); k++) {
            List<String> never = new ArrayList<>();
            double[] neverInterval = null;
            for (int o = 0; o < space.optionCount(k); o++) {
                ProportionSummary p = t.share(k, o);
                double[] ci = p.interval();
                if (p.successes() == 0) {
                    never.add(space.optionLabel(k, o));
                    neverInterval = ci; // the same for every option with no agreement: 0 of the same trials
                    continue;
                }
                rows.add(List.of(space.issueName(k), space.optionLabel(k, o), share(p.estimate()), share(ci[0]),
                        share(ci[1]), Long.toString(p.successes())));
            }
            if (never.size() == 1) {
                rows.add(List.of(space.issueName(k), never.get(0), share(0), share(neverInterval[0]),
                        share(neverInterval[1]), "0"));
            } else if (!never.isEmpty()) {
                rows.add(List.of(space.issueName(k), "none of the other " + never.size()
                        + (never.size() <= LISTED_UNAGREED ? ": " + String.join(", ", never)
                        : " (" + never.get(0) + " … " + never.get(never.size() - 1) + ")"),
                        share(0), share(neverInterval[0]), share(neverInterval[1]), "0 each"));
            }
        }
        return Html.paragraph("The distribution of outcomes: how often each option is in the " + t.agreements()
                + " agreements reached (each issue's shares sum to 100 %; the options no agreement took share one"
                + " row, whose 90% high bounds each of them).")
                + Html.table(List.of("Issue", "Option", "Share of agreements", "90% low", "90% high", "Agreements"),
                rows);
    }

    private String survivalChart() {
        // the band is the draws' 5–95% spread, not an interval of the mean
        return SvgCharts.survivalChart("Survival of the agreements reached", "5–95% of draws", survival.drawP05(),
                survival.drawP95(), "mean", survival.mean(), "mc-survival-");
    }

    private static String tornado(List<OneAtATimeSwings.Swing> swings) {
        int k = swings.size();
        XYChart chart = SvgCharts.xyChart(720, Math.max(200, 60 + 28 * k), "Swing of the first ripe month",
                "first ripe month", "");
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.5);
        chart.getStyler().setYAxisMax(k + 0.5);
        // a tick every row at most (28 px a row), so each bar gets its label
        chart.getStyler().setYAxisTickMarkSpacingHint(20);
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
        // XChart drops a tick spacing whose labels repeat (it then labels only the axis ends), so ticks between rows
        // get distinct labels made of zero-width spaces: invisible and of no width
        chart.setCustomYAxisTickLabelsFormatter(v -> {
            long row = Math.round(v);
            if (Math.abs(v - row) < 1e-9 && row >= 1 && row <= k) {
                return names.get((int) (k - row));
            }
            return "\u200B".repeat((int) Math.max(1, Math.round(4 * (v + k + 2))));
        });
        return SvgCharts.toSvg(chart, "tornado-");
    }

    private static List<String> proportionRow(String name, ProportionSummary p) {
        double[] ci = p.interval();
        return List.of(name, share(p.estimate()), share(ci[0]), share(ci[1]), Long.toString(p.trials()));
    }

    private static String monthsCell(ConvergenceStep s) {
        return tenth(s.estimate()) + " (" + tenth(s.low()) + "–" + tenth(s.high()) + ")";
    }

    /** Options no agreement took are named one by one up to this many an issue, else by the first and last. */
    private static final int LISTED_UNAGREED = 6;

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
        ObjectNode talks = node.putObject("talks_start");
        talks.put("definition", "the first ripe month of the draw; no ripe month, no talks");
        ObjectNode within = talks.putObject("within_months");
        for (int k = 0; k < MonteCarloSummary.RIPE_WITHIN.length; k++) {
            proportion(within.putObject(Integer.toString(MonteCarloSummary.RIPE_WITHIN[k])),
                    summary.ripeWithin().get(k), convergence.get(k + 1));
        }
        TalksWindow tw = summary.window();
        ArrayNode quarters = talks.putArray("by_quarter");
        long[] byQuarter = tw.byQuarter();
        for (int q = 0; q < byQuarter.length; q++) {
            ObjectNode o = quarters.addObject();
            o.put("quarter", q);
            o.put("first_month", q * TalksWindow.MONTHS);
            o.put("from", monthName(q * TalksWindow.MONTHS));
            proportion(o, tw.quarter(q), List.of());
            o.remove("convergence");
        }
        talks.put("never", tw.never());
        int mq = tw.modalQuarter();
        if (mq >= 0) {
            ObjectNode o = talks.putObject("most_likely_window");
            o.put("quarter", mq);
            o.put("from", monthName(mq * TalksWindow.MONTHS));
            o.put("to", monthName(Math.min(mq * TalksWindow.MONTHS + TalksWindow.MONTHS - 1, horizonMonths)));
            proportion(o, tw.quarter(mq), List.of());
            o.remove("convergence");
        } else {
            talks.putNull("most_likely_window");
        }
        ObjectNode agreement = node.putObject("agreement");
        agreement.put("horizon_months", horizonMonths);
        talksUnavailable.ifPresentOrElse(r -> agreement.put("talks_unavailable", r),
                () -> agreement.putNull("talks_unavailable"));
        proportion(agreement, summary.agreement(), convergence.get(convergence.size() - 1));
        ObjectNode endings = agreement.putObject("talks_endings");
        for (TalksFromFirstRipeMonth.Ending e : TalksFromFirstRipeMonth.Ending.values()) {
            endings.put(e.name().toLowerCase(java.util.Locale.ROOT), summary.ending(e));
        }
        ObjectNode month = agreement.putObject("month");
        double[] mci = summary.agreementMonths().count() == 0 ? new double[] {Double.NaN, Double.NaN}
                : summary.agreementMonths().interval(0.5, ProportionSummary.LEVEL);
        putNumber(month, "median", summary.agreementMonths().median());
        putNumber(month, "low", mci[0]);
        putNumber(month, "high", mci[1]);
        ArrayNode terms = agreement.putArray("terms");
        AgreedTerms t = summary.terms();
        for (int k = 0; k < space.issueCount(); k++) {
            ObjectNode issue = terms.addObject();
            issue.put("issue", space.issueName(k));
            ArrayNode options = issue.putArray("options");
            for (int o = 0; o < space.optionCount(k); o++) {
                ObjectNode on = options.addObject();
                on.put("option", space.optionLabel(k, o));
                ProportionSummary share = t.share(k, o);
                on.put("agreements", share.successes());
                if (t.agreements() == 0) {
                    on.putNull("share");
                    on.putNull("low");
                    on.putNull("high");
                } else {
                    double[] sci = share.interval();
                    on.put("share", share.estimate());
                    on.put("low", sci[0]);
                    on.put("high", sci[1]);
                }
            }
        }
        ObjectNode dur = agreement.putObject("durability");
        ObjectNode war = dur.putObject("renewed_war_within_months");
        for (int k = 0; k < TalksFromFirstRipeMonth.WAR_WITHIN.length; k++) {
            double[] wi = summary.warWithinInterval(k);
            ObjectNode o = war.putObject(Integer.toString(TalksFromFirstRipeMonth.WAR_WITHIN[k]));
            putNumber(o, "estimate", wi[0]);
            putNumber(o, "low", wi[1]);
            putNumber(o, "high", wi[2]);
            o.put("draws_used", summary.warWithin().get(k).n());
        }
        double[] ad = summary.agreementDurabilityInterval();
        ObjectNode med = dur.putObject("median_months");
        putNumber(med, "estimate", ad[0]);
        putNumber(med, "low", ad[1]);
        putNumber(med, "high", ad[2]);
        med.put("draws_used", summary.agreementDurability().count());
        attribution.ifPresentOrElse(a -> attributionJson(node.putObject("attribution"), a),
                () -> node.putNull("attribution"));
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

    /** The Shapley values under {@code attribution}: players, headlines, values with standard errors. */
    static void attributionJson(ObjectNode node, PerDrawFactorShapley.Result a) {
        node.put("draws", a.draws());
        node.put("partial", a.partial());
        node.put("method", a.exactPerDraw() ? "exact per draw (all coalitions), mean over draws"
                : "one random permutation per draw, mean over draws");
        ArrayNode players = node.putArray("players");
        a.players().forEach(players::add);
        ObjectNode values = node.putObject("headlines");
        for (int h = 0; h < a.headlines().size(); h++) {
            ObjectNode o = values.putObject(a.headlines().get(h));
            putNumber(o, "none_on", a.none()[h]);
            putNumber(o, "all_on", a.all()[h]);
            ObjectNode per = o.putObject("shapley");
            for (int j = 0; j < a.players().size(); j++) {
                ObjectNode v = per.putObject(a.players().get(j));
                putNumber(v, "value", a.values()[h][j]);
                putNumber(v, "standard_error", a.standardErrors()[h][j]);
            }
        }
        ObjectNode median = node.putObject("median_durability");
        median.put("attributed", a.medianDurability().map(m -> m.defined()).orElse(false));
        median.put("note", FactorsSection.medianSentence(a));
        a.medianDurability().filter(m -> m.defined()).ifPresent(m -> {
            median.put("method", "exact on the attribution draws: v(S) = median over the draws agreeing under S of"
                    + " the agreement's median months to renewed war; bootstrap standard errors over draws");
            putNumber(median, "none_on", m.none());
            putNumber(median, "all_on", m.all());
            median.put("bootstrap_resamples", m.resamples());
            median.put("agreements", m.agreements());
            ObjectNode per = median.putObject("shapley_months");
            for (int j = 0; j < a.players().size(); j++) {
                ObjectNode v = per.putObject(a.players().get(j));
                putNumber(v, "value", m.values()[j]);
                putNumber(v, "standard_error", m.standardErrors()[j]);
            }
        });
    }

    public Optional<PerDrawFactorShapley.Result> attribution() {
        return attribution;
    }

    public ScenarioDrawPipeline pipeline() {
        return pipeline;
    }

    /** The outcome space whose issues and options name the agreed terms. */
    public OutcomeSpace space() {
        return space;
    }

    public DrawResults<DrawOutcome> run() {
        return run;
    }

    public SurvivalBand survival() {
        return survival;
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
