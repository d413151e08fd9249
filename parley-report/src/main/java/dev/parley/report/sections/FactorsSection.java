package dev.parley.report.sections;

import dev.parley.engine.montecarlo.MedianDurabilityShapley;
import dev.parley.engine.montecarlo.PerDrawFactorShapley;
import dev.parley.model.Effect;
import dev.parley.model.Factor;
import dev.parley.model.Scenario;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The prerequisites, obstacles and other factors, each with its source sentence and its parameter changes, and — when
 * the run computed it — each random factor's Shapley value on the headline probabilities, drawn as a bar.
 */
public final class FactorsSection implements ReportSection {

    private final Scenario scenario;
    private final Optional<PerDrawFactorShapley.Result> attribution;

    public FactorsSection(Scenario scenario) {
        this(scenario, Optional.empty());
    }

    public FactorsSection(Scenario scenario, Optional<PerDrawFactorShapley.Result> attribution) {
        this.scenario = scenario;
        this.attribution = attribution;
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
        StringBuilder out = new StringBuilder();
        attribution.ifPresent(a -> out.append(attributionIntro(a)));
        out.append("<table>\n<thead><tr><th>Factor and its effects</th><th>Kind</th><th>Side</th><th>Status</th>");
        List<Column> columns = attribution.map(FactorsSection::columns).orElse(List.of());
        columns.forEach(c -> out.append("<th>Shapley on ").append(Html.escape(c.title())).append("</th>"));
        Optional<MedianDurabilityShapley.Result> median = attribution.flatMap(a -> a.medianDurability())
                .filter(MedianDurabilityShapley.Result::defined);
        median.ifPresent(m -> out.append("<th>Shapley on the median durability of an agreement</th>"));
        double monthsScale = median.map(FactorsSection::largestMonths).orElse(1.0);
        out.append("</tr></thead>\n<tbody>\n");
        double scale = attribution.map(FactorsSection::largest).orElse(1.0);
        for (Factor f : scenario.factors()) {
            out.append("<tr><td class=\"factor\"><strong>").append(Html.escape(f.name())).append("</strong><br>")
                    .append(Html.escape(f.text()));
            if (!f.effects().isEmpty()) {
                out.append("<span class=\"effects\">Effects: ").append(Html.escape(effects(f.effects())))
                        .append("</span>");
            }
            if (!f.source().isEmpty()) {
                out.append("<blockquote>").append(Html.escape(f.source())).append("</blockquote>");
            }
            out.append("</td><td>").append(f.kind().id()).append("</td><td>").append(Html.escape(f.side()))
                    .append("</td><td>").append(Html.escape(status(f))).append("</td>");
            attribution.ifPresent(a -> {
                int j = a.players().indexOf(f.id());
                for (Column c : columns) {
                    out.append("<td class=\"num\">");
                    if (j < 0) {
                        out.append("not a player");
                    } else {
                        for (int r = 0; r < c.rows().length; r++) {
                            int h = c.rows()[r];
                            out.append("<span class=\"barline\">").append(c.labels().get(r).isEmpty() ? ""
                                    : Html.escape(c.labels().get(r)) + " ")
                                    .append(pointsBar(a.values()[h][j], a.standardErrors()[h][j], scale,
                                            a.draws()))
                                    .append("</span>");
                        }
                    }
                    out.append("</td>");
                }
                median.ifPresent(m -> out.append("<td class=\"num\">").append(j < 0 ? "not a player"
                        : "<span class=\"barline\">" + bar(m.values()[j], m.standardErrors()[j], monthsScale, 1,
                        "months") + "</span>").append("</td>"));
            });
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    /**
     * A column of the factor table: one headline, or the three windows of P(talks start within m months) together,
     * a line each ({@code rows} index the result's headlines; {@code labels} name the lines, empty for one).
     */
    private record Column(String title, int[] rows, List<String> labels) {
    }

    /** Talk windows grouped, as the answers give them; every other headline in a column of its own. */
    private static List<Column> columns(PerDrawFactorShapley.Result a) {
        List<Column> columns = new ArrayList<>();
        List<Integer> talks = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (int h = 0; h < a.headlines().size(); h++) {
            Matcher m = TALKS_WINDOW.matcher(a.headlines().get(h));
            if (m.matches()) {
                talks.add(h);
                months.add(m.group(1));
            }
        }
        if (!talks.isEmpty()) {
            columns.add(new Column("P(talks start within " + String.join(" / ", months) + " months)",
                    talks.stream().mapToInt(Integer::intValue).toArray(),
                    months.stream().map(m -> m + " mo").toList()));
        }
        for (int h = 0; h < a.headlines().size(); h++) {
            if (!talks.contains(h)) {
                columns.add(new Column(label(a.headlines().get(h)), new int[] {h}, List.of("")));
            }
        }
        return columns;
    }

    private static final Pattern TALKS_WINDOW = Pattern.compile("talks_within_(\\d+)_months");

    /** The label of headline {@code id} (its id when the engine no longer names it). */
    private static String label(String id) {
        return PerDrawFactorShapley.HEADLINES.stream().filter(h -> h.id().equals(id))
                .map(PerDrawFactorShapley.Headline::label).findFirst().orElse(id);
    }

    private static String attributionIntro(PerDrawFactorShapley.Result a) {
        StringBuilder s = new StringBuilder("Attribution: the Shapley value of each random factor (the players: the "
                + a.players().size() + " factors with a probability; the others keep their status) on each headline,"
                + " in percentage points: how much the factor adds, averaged over the orders in which factors can be"
                + " switched on, with every other factor off at the start. Values sum to the headline with all"
                + " players on minus with none on (");
        for (int h = 0; h < a.headlines().size(); h++) {
            s.append(h == 0 ? "" : "; ").append(label(a.headlines().get(h))).append(": ")
                    .append(Numbers.tenth(100 * a.none()[h])).append(" % → ")
                    .append(Numbers.tenth(100 * a.all()[h])).append(" %");
        }
        s.append("). Computed on ").append(a.draws()).append(" attribution draws with common random numbers (each")
                .append(" draw's parameters shared by all its coalitions), ")
                .append(a.exactPerDraw() ? "every coalition valued in each draw"
                        : "one random order of the factors per draw (Castro et al. 2009)")
                .append("; ± is one standard error of the mean over draws.")
                .append(a.partial() ? " The attribution was cancelled: fewer draws than asked." : "")
                .append(" ").append(medianSentence(a));
        return Html.paragraph(s.toString());
    }

    private static double largest(PerDrawFactorShapley.Result a) {
        double m = 0;
        for (double[] row : a.values()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        return m == 0 ? 1 : m;
    }

    /**
     * A bar (CSS, no script) of width |φ|/scale, blue when the factor raises the headline, orange when it lowers it,
     * labelled in percentage points. A value of exactly 0 ± 0 means the factor's value was 0 in every draw (along
     * the sampled order, or all its marginals cancelling), which does not make it zero: the label then gives the
     * 95 % bound of {@link #unseenEffectBound}.
     */
    static String pointsBar(double value, double se, double scale, int draws) {
        if (value == 0.0 && se == 0.0 && draws > 0) {
            return "<span class=\"bars\"></span>" + Html.escape("0 in all " + draws + " draws: |φ| ≤ "
                    + Numbers.tenth(100 * unseenEffectBound(draws)) + " pts (95 %)");
        }
        return bar(value, se, scale, 100, "pts");
    }

    /**
     * How large a Shapley value can be when it was 0 in every one of n draws, at 95 % confidence. Every headline
     * attributed scores a draw in [0, 1], so a draw's value of a factor (its Shapley value in that draw, or its
     * marginal along the draw's order) lies in [−1, 1], and |φ| ≤ p, the probability that a draw's value is not 0.
     * No such draw in n gives p ≤ 1 − 0.05^(1/n) (the exact one-sided binomial bound; about 3/n, the "rule of
     * three"). It matters most along one order per draw, where a rarely pivotal factor is seldom met at its pivot.
     */
    static double unseenEffectBound(int draws) {
        return -Math.expm1(Math.log(0.05) / draws);
    }

    /** The bar of {@code value}, its label in {@code unit} after multiplying value and se by {@code factor}. */
    private static String bar(double value, double se, double scale, double factor, String unit) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double width = Math.round(1000 * Math.abs(value) / scale) / 10.0;
        String cls = value >= 0 ? "bar up" : "bar down";
        return "<span class=\"bars\"><span class=\"" + cls + "\" style=\"width:" + Numbers.format(width)
                + "%\"></span></span>" + Html.escape((value >= 0 ? "+" : "−") + Numbers.tenth(factor
                * Math.abs(value)) + " ± " + (Double.isFinite(se) ? Numbers.tenth(factor * se) : "n/a")
                + " " + unit);
    }

    /** What the attribution says of the median durability: its values' meaning, or why there are none. */
    static String medianSentence(PerDrawFactorShapley.Result a) {
        if (a.medianDurability().isEmpty()) {
            return "The median durability of an agreement is attributed only with --exact-attribution: a median is"
                    + " not an average over draws, so its game needs every coalition valued on the same draws"
                    + " (2^k pipeline runs per draw).";
        }
        MedianDurabilityShapley.Result m = a.medianDurability().get();
        if (!m.defined()) {
            return "The median durability of an agreement could not be attributed: under " + m.undefinedCoalitions()
                    + " of the " + (1 << a.players().size()) + " coalitions no attribution draw reached an agreement"
                    + " (" + m.agreements() + " agreements in all), so those coalitions have no median; run more"
                    + " attribution draws.";
        }
        return "On the median durability of an agreement (the median over the agreeing draws of each agreement's"
                + " median months to renewed war): " + months(m.none()) + " with no player on → " + months(m.all())
                + " with all on; values in months, ± one bootstrap standard error (" + m.resamples()
                + " resamples of the draws), from " + m.agreements() + " agreements over all draws and coalitions.";
    }

    private static String months(double v) {
        return Numbers.tenth(v) + " months";
    }

    private static double largestMonths(MedianDurabilityShapley.Result m) {
        double largest = 0;
        for (double v : m.values()) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest == 0 ? 1 : largest;
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
            attribution.ifPresent(a -> {
                int j = a.players().indexOf(f.id());
                o.put("player", j >= 0);
                if (j >= 0) {
                    ObjectNode sh = o.putObject("shapley");
                    for (int h = 0; h < a.headlines().size(); h++) {
                        ObjectNode v = sh.putObject(a.headlines().get(h));
                        putNumber(v, "value", a.values()[h][j]);
                        putNumber(v, "standard_error", a.standardErrors()[h][j]);
                    }
                    a.medianDurability().filter(MedianDurabilityShapley.Result::defined).ifPresent(m -> {
                        ObjectNode v = sh.putObject("median_durability_months");
                        putNumber(v, "value", m.values()[j]);
                        putNumber(v, "standard_error", m.standardErrors()[j]);
                    });
                }
            });
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

    private static void putNumber(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
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
