package dev.parley.cli;

import dev.parley.engine.forecast.ForecastComparison.Comparison;
import dev.parley.engine.forecast.ForecastComparison.Method;
import dev.parley.engine.forecast.ForecastComparison.Outcome;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.report.sections.ForecastSection;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The readable output of {@code parley forecast}: per issue, each model's forecast, the spread, final positions. */
final class ForecastText {

    private ForecastText() {
    }

    static void write(PrintWriter out, String heading, ForecastSection section, int euRounds) {
        Comparison c = section.comparison();
        ForecastProblem p = c.problem();
        List<String> actors = section.actorNames();
        out.println(heading);
        out.printf(Locale.ROOT, "%d actor%s (%s), %d issue%s%n", p.actorCount(), p.actorCount() == 1 ? "" : "s",
                String.join(", ", actors), p.dimensionCount(), p.dimensionCount() == 1 ? "" : "s");
        for (Outcome o : c.outcomes()) {
            String what = o.method().description();
            String detail;
            if (!o.applicable()) {
                detail = "not applicable: " + o.notApplicable().get();
            } else if (o.method() == Method.SMP) {
                detail = o.rounds(0) == o.stoppedAfter() ? "stopped by its rule after " + o.stoppedAfter() + " turns"
                        : o.note();
                if (o.rounds(0) == o.stoppedAfter() && !o.note().isEmpty()) {
                    detail += "; " + o.note();
                }
            } else if (o.method() == Method.EU) {
                detail = "at most " + euRounds + " rounds";
            } else {
                detail = "";
            }
            out.printf("  %-10s %s%s%n", o.method().id(), what, detail.isEmpty() ? "" : "; " + detail);
        }
        int width = 9;
        for (String a : actors) {
            width = Math.max(width, a.length() + 2);
        }
        for (int d = 0; d < p.dimensionCount(); d++) {
            ForecastSection.Dimension dim = section.dimensions().get(d);
            boolean terms = dim.issue().isPresent();
            out.println();
            out.println(dim.id().equals(dim.name()) ? dim.id() : dim.id() + ": " + dim.name());
            out.println("  scale: " + dim.scale());
            String termsColumn = terms ? "  %-18s" : "%s";
            out.printf("  %-12s %9s" + termsColumn + " %6s%n", "model", "forecast", terms ? "in issue terms" : "",
                    "rounds");
            for (Outcome o : c.outcomes()) {
                if (!o.applicable()) {
                    out.printf("  %-12s %9s%n", o.method().id(), "n/a");
                    continue;
                }
                double f = o.forecast()[d];
                out.printf(Locale.ROOT, "  %-12s %9.2f" + termsColumn + " %6s%n", o.method().id(), f,
                        ForecastSection.inIssueTerms(dim.issue(), f),
                        o.method().dynamic() ? Integer.toString(o.rounds(d)) : "-");
            }
            if (!Double.isNaN(c.spread(d))) {
                out.printf(Locale.ROOT, "  %-12s %9.2f  (%.2f to %.2f)%n", "spread", c.spread(d), c.lowest(d),
                        c.highest(d));
            }
            StringBuilder head = new StringBuilder(String.format("  %-12s", "positions"));
            for (String a : actors) {
                head.append(String.format("%" + width + "s", a));
            }
            out.println(head);
            final int dd = d;
            out.println(positions("start", p.actors().stream().mapToDouble(a -> a.position(dd)).toArray(), width));
            for (Outcome o : c.outcomes()) {
                if (o.applicable() && o.method().dynamic()) {
                    out.println(positions(o.method().id() + " final", o.finalPositions(d), width));
                }
            }
        }
        out.flush();
    }

    private static String positions(String label, double[] x, int width) {
        StringBuilder row = new StringBuilder(String.format("  %-12s", label));
        for (double v : x) {
            row.append(Double.isNaN(v) ? String.format("%" + width + "s", "-")
                    : String.format(Locale.ROOT, "%" + width + ".2f", v));
        }
        return row.toString();
    }
}
