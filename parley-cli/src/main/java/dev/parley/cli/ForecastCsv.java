package dev.parley.cli;

import dev.parley.engine.forecast.ForecastComparison.Comparison;
import dev.parley.engine.forecast.ForecastComparison.Outcome;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.report.sections.ForecastSection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV output of {@code parley forecast} (RFC 4180, one header line): per issue a row {@code start} with the
 * actors' initial positions, then one row per model that ran with its forecast, the spread across models and, for
 * the dynamic models, its rounds and each actor's final position. Numbers are written in full precision.
 */
final class ForecastCsv {

    private ForecastCsv() {
    }

    static void write(PrintWriter out, ForecastSection section) {
        Comparison c = section.comparison();
        ForecastProblem p = c.problem();
        List<String> header = new ArrayList<>(List.of("issue", "model", "forecast", "lowest", "highest", "spread",
                "rounds"));
        header.addAll(section.actorNames());
        line(out, header);
        for (int d = 0; d < p.dimensionCount(); d++) {
            String issue = section.dimensions().get(d).id();
            List<String> start = new ArrayList<>(List.of(issue, "start", "", "", "", "", "0"));
            for (int a = 0; a < p.actorCount(); a++) {
                start.add(number(p.actors().get(a).position(d)));
            }
            line(out, start);
            for (Outcome o : c.outcomes()) {
                if (!o.applicable()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(issue, o.method().id(), number(o.forecast()[d]),
                        number(c.lowest(d)), number(c.highest(d)), number(c.spread(d)),
                        o.method().dynamic() ? Integer.toString(o.rounds(d)) : ""));
                for (int a = 0; a < p.actorCount(); a++) {
                    row.add(o.method().dynamic() ? number(o.finalPositions(d)[a]) : "");
                }
                line(out, row);
            }
        }
        out.flush();
    }

    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    static void line(PrintWriter out, List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String f : fields) {
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0;
            quoted.add(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        out.print(String.join(",", quoted));
        out.print("\r\n");
    }
}
