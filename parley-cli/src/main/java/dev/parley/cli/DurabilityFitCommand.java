package dev.parley.cli;

import dev.parley.engine.durability.CensoredWeibullFit;
import dev.parley.engine.durability.CensoredWeibullRegression;
import dev.parley.engine.durability.CoxFit;
import dev.parley.engine.durability.CoxProportionalHazardsFit;
import dev.parley.engine.durability.KaplanMeierCurve;
import dev.parley.engine.durability.KaplanMeierEstimator;
import dev.parley.io.survival.SurvivalCsvReader;
import dev.parley.io.survival.SurvivalData;
import dev.parley.io.survival.SurvivalDataException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code parley durability fit DATA.csv}: Kaplan–Meier, censored Weibull or Cox PH on researchers' own data. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        header = "Fit a survival model to your own data (CSV).",
        description = {"Reads survival data from CSV with a header row: either a column time (one row",
            "per spell) or start and stop (counting-process rows, for covariates that change",
            "over time), a column event (1 = failure, 0 = censored), an optional id, and",
            "numeric covariate columns.",
            "Models:",
            "  km       Kaplan-Meier curve with Greenwood standard errors and the median",
            "  weibull  Weibull with censoring: shape and scale (no --covariates), or a",
            "           Weibull proportional-hazards regression on the --covariates",
            "  cox      Cox proportional hazards on the --covariates (Efron ties by default)",
            "Errors in the file are reported with file, line and column (exit code 2)."})
final class DurabilityFitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DATA.csv", description = "Survival data (CSV, UTF-8).")
    Path file;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "km",
            description = "km, weibull or cox (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--covariates", paramLabel = "A,B", split = ",",
            description = "Covariate columns to use (weibull, cox); default for cox: all of them.")
    List<String> covariates = new ArrayList<>();

    @Option(names = "--ties", paramLabel = "TIES", defaultValue = "efron",
            description = "Cox ties: efron or breslow (default: ${DEFAULT-VALUE}).")
    String ties;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!List.of("km", "weibull", "cox").contains(model)) {
            throw new UserInputException("--model '" + model + "' is not one of km, weibull, cox");
        }
        if (!List.of("text", "json").contains(format)) {
            throw new UserInputException("--format '" + format + "' is not one of text, json");
        }
        if (!List.of("efron", "breslow").contains(ties)) {
            throw new UserInputException("--ties '" + ties + "' is not one of efron, breslow");
        }
        PrintWriter out = spec.commandLine().getOut();
        SurvivalData data;
        try {
            data = new SurvivalCsvReader().read(file);
        } catch (SurvivalDataException e) {
            throw new UserInputException(e.getMessage());
        }
        int[] columns = columns(data);
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("file", file.toString());
        json.put("rows", data.rows());
        json.put("events", java.util.Arrays.stream(data.event()).sum());
        json.put("model", model);
        List<String> text = new ArrayList<>();
        text.add(String.format(Locale.ROOT, "%s: %d rows, %d events", file, data.rows(),
                java.util.Arrays.stream(data.event()).sum()));
        try {
            switch (model) {
                case "km" -> km(data, json, text);
                case "weibull" -> weibull(data, columns, json, text);
                default -> cox(data, columns, json, text);
            }
        } catch (IllegalArgumentException | ArithmeticException | IllegalStateException e) {
            throw new UserInputException(file + ": cannot fit " + model + ": " + e.getMessage());
        }
        if (format.equals("json")) {
            out.println(OutputFormat.JSON.writeValueAsString(json));
        } else {
            text.forEach(out::println);
        }
        out.flush();
        return ParleyCommand.OK;
    }

    private int[] columns(SurvivalData data) {
        List<String> wanted = covariates.isEmpty() && model.equals("cox") ? data.covariateNames() : covariates;
        int[] idx = new int[wanted.size()];
        for (int j = 0; j < idx.length; j++) {
            idx[j] = data.covariateNames().indexOf(wanted.get(j).trim());
            if (idx[j] < 0) {
                throw new UserInputException("--covariates: " + file + " has no column '" + wanted.get(j)
                        + "'; its covariates: " + (data.covariateNames().isEmpty() ? "none"
                        : String.join(", ", data.covariateNames())));
            }
        }
        if (model.equals("cox") && idx.length == 0) {
            throw new UserInputException(file + ": Cox regression needs at least one covariate column; the file has"
                    + " none besides time/start/stop, event and id");
        }
        if (model.equals("km") && idx.length > 0) {
            throw new UserInputException("--covariates does not apply to km (use --model weibull or cox)");
        }
        return idx;
    }

    private static double[][] design(SurvivalData data, int[] columns) {
        double[][] x = new double[data.rows()][columns.length];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < columns.length; j++) {
                x[r][j] = data.covariates()[r][columns[j]];
            }
        }
        return x;
    }

    private static void km(SurvivalData data, ObjectNode json, List<String> text) {
        KaplanMeierCurve c = new KaplanMeierEstimator().estimate(data.start(), data.stop(), data.event());
        double median = c.median();
        text.add("Kaplan-Meier: median " + (Double.isNaN(median) ? "not reached" : fmt(median)));
        text.add(String.format(Locale.ROOT, "%10s %8s %7s %9s %9s %9s %9s", "time", "at risk", "events", "S(t)", "se",
                "95% low", "95% high"));
        if (Double.isNaN(median)) {
            json.putNull("median");
        } else {
            json.put("median", median);
        }
        ArrayNode rows = json.putArray("curve");
        for (int j = 0; j < c.times().length; j++) {
            double[] ci = c.logLogInterval(c.times()[j]);
            text.add(String.format(Locale.ROOT, "%10s %8d %7d %9.4f %9.4f %9.4f %9.4f", fmt(c.times()[j]),
                    c.atRisk()[j], c.events()[j], c.survival()[j], c.standardError()[j], ci[0], ci[1]));
            ObjectNode o = rows.addObject();
            o.put("time", c.times()[j]);
            o.put("at_risk", c.atRisk()[j]);
            o.put("events", c.events()[j]);
            o.put("survival", c.survival()[j]);
            o.put("se", c.standardError()[j]);
            o.put("ci_low", ci[0]);
            o.put("ci_high", ci[1]);
        }
    }

    private void weibull(SurvivalData data, int[] columns, ObjectNode json, List<String> text) {
        if (columns.length == 0) {
            CensoredWeibullFit.Result r = new CensoredWeibullFit().fit(data.start(), data.stop(), data.event());
            text.add(String.format(Locale.ROOT, "Weibull with censoring: shape %.4f (se %.4f), scale %s (se %s), "
                            + "median %s, log-likelihood %.4f", r.baseline().shape(), r.shapeSe(),
                    fmt(r.baseline().scale()), fmt(r.scaleSe()), fmt(r.baseline().median(1.0)), r.logLikelihood()));
            json.put("shape", r.baseline().shape());
            json.put("shape_se", r.shapeSe());
            json.put("scale", r.baseline().scale());
            json.put("scale_se", r.scaleSe());
            json.put("median", r.baseline().median(1.0));
            json.put("log_likelihood", r.logLikelihood());
            return;
        }
        CensoredWeibullRegression.Result r = new CensoredWeibullRegression().fit(data.start(), data.stop(),
                data.event(), design(data, columns));
        text.add(String.format(Locale.ROOT, "Weibull proportional hazards: shape %.4f (se %.4f), baseline scale %s, "
                + "log-likelihood %.4f", r.baseline().shape(), r.shapeSe(), fmt(r.baseline().scale()),
                r.logLikelihood()));
        json.put("shape", r.baseline().shape());
        json.put("shape_se", r.shapeSe());
        json.put("scale", r.baseline().scale());
        json.put("log_likelihood", r.logLikelihood());
        coefficients(data, columns, r.coefficients(), r.standardErrors(), json, text);
    }

    private void cox(SurvivalData data, int[] columns, ObjectNode json, List<String> text) {
        CoxFit fit = new CoxProportionalHazardsFit(ties.equals("breslow") ? CoxProportionalHazardsFit.Ties.BRESLOW
                : CoxProportionalHazardsFit.Ties.EFRON).fit(data.start(), data.stop(), data.event(),
                design(data, columns));
        double[] se = new double[columns.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = fit.standardError(j);
        }
        text.add(String.format(Locale.ROOT, "Cox proportional hazards (%s ties): log partial likelihood %.4f, "
                + "likelihood-ratio statistic %.4f on %d df", ties, fit.logPartialLikelihood(),
                fit.likelihoodRatioStatistic(), columns.length));
        json.put("ties", ties);
        json.put("log_partial_likelihood", fit.logPartialLikelihood());
        json.put("likelihood_ratio", fit.likelihoodRatioStatistic());
        coefficients(data, columns, fit.coefficients(), se, json, text);
    }

    private static void coefficients(SurvivalData data, int[] columns, double[] beta, double[] se, ObjectNode json,
                                     List<String> text) {
        text.add(String.format(Locale.ROOT, "%-16s %10s %10s %10s %8s", "covariate", "beta", "se", "HR", "z"));
        ArrayNode rows = json.putArray("coefficients");
        for (int j = 0; j < columns.length; j++) {
            String name = data.covariateNames().get(columns[j]);
            text.add(String.format(Locale.ROOT, "%-16s %10.4f %10.4f %10.4f %8.3f", name, beta[j], se[j],
                    Math.exp(beta[j]), beta[j] / se[j]));
            ObjectNode o = rows.addObject();
            o.put("covariate", name);
            o.put("beta", beta[j]);
            o.put("se", se[j]);
            o.put("hazard_ratio", Math.exp(beta[j]));
        }
    }

    private static String fmt(double x) {
        return dev.parley.report.Numbers.format(x);
    }
}
