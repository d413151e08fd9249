package dev.parley.cli;

import dev.parley.engine.forecast.ForecastAccuracy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output of {@code parley forecast --evaluate}: one table over the issues every model can take and, when some
 * model could not take some issue, a second over every issue for the models that take them all.
 */
final class AccuracyOutput {

    private AccuracyOutput() {
    }

    static void text(PrintWriter out, String source, ForecastAccuracy.Report common,
            ForecastAccuracy.Report every) {
        out.printf(Locale.ROOT, "%s: %d issues read, %d scored (the issues every model can take)%n", source,
                common.cases(), common.scored());
        table(out, common);
        for (ForecastAccuracy.Score s : common.scores()) {
            if (s.notApplicable() > 0) {
                out.printf(Locale.ROOT, "%s cannot take %d issue%s (too few actors with positive capability × "
                        + "salience)%n", s.model(), s.notApplicable(), s.notApplicable() == 1 ? "" : "s");
            }
        }
        if (every != null) {
            out.printf(Locale.ROOT, "%nOn all %d issues, the models that take every issue:%n", every.scored());
            table(out, every);
        }
        out.println("MAE, MedAE: mean and median absolute error on the 0-100 scale; hits: error below 10 points "
                + "(50 on dichotomous issues)");
        out.flush();
    }

    private static void table(PrintWriter out, ForecastAccuracy.Report r) {
        out.printf("%-12s %5s %8s %8s %8s%n", "model", "n", "MAE", "MedAE", "hits");
        for (ForecastAccuracy.Score s : r.scores()) {
            out.printf(Locale.ROOT, "%-12s %5d %8.2f %8.2f %7.1f%%%n", s.model(), s.observations(),
                    s.meanAbsoluteError(), s.medianAbsoluteError(), 100 * s.hitRate());
        }
    }

    static ObjectNode json(String source, ForecastAccuracy.Report common, ForecastAccuracy.Report every) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("source", source);
        root.put("cases", common.cases());
        root.put("scored", common.scored());
        scores(root.putArray("scores"), common);
        if (every != null) {
            ObjectNode all = root.putObject("all_cases");
            all.put("scored", every.scored());
            scores(all.putArray("scores"), every);
        }
        return root;
    }

    private static void scores(ArrayNode array, ForecastAccuracy.Report r) {
        for (ForecastAccuracy.Score s : r.scores()) {
            ObjectNode o = array.addObject();
            o.put("model", s.model());
            o.put("n", s.observations());
            o.put("not_applicable", s.notApplicable());
            o.put("mean_absolute_error", s.meanAbsoluteError());
            o.put("median_absolute_error", s.medianAbsoluteError());
            o.put("hit_rate", s.hitRate());
        }
    }

    static void csv(PrintWriter out, ForecastAccuracy.Report common, ForecastAccuracy.Report every) {
        ForecastCsv.line(out, List.of("cases", "model", "n", "not_applicable", "mean_absolute_error",
                "median_absolute_error", "hit_rate"));
        rows(out, "common", common);
        if (every != null) {
            rows(out, "all", every);
        }
        out.flush();
    }

    private static void rows(PrintWriter out, String cases, ForecastAccuracy.Report r) {
        for (ForecastAccuracy.Score s : r.scores()) {
            List<String> row = new ArrayList<>(List.of(cases, s.model(), Integer.toString(s.observations()),
                    Integer.toString(s.notApplicable()), ForecastCsv.number(s.meanAbsoluteError()),
                    ForecastCsv.number(s.medianAbsoluteError()), ForecastCsv.number(s.hitRate())));
            ForecastCsv.line(out, row);
        }
    }
}
