package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastCase;
import dev.parley.model.forecast.ForecastDimension;
import org.hipparchus.stat.descriptive.rank.Median;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Scores forecast models against observed outcomes (e.g. the DEU III issues): per model, the mean and median
 * absolute error and the hit rate, on the cases every model could handle, so that the figures are comparable.
 *
 * <p>Each (case, dimension) pair is one observation. A forecast is a <em>hit</em> when its absolute error is
 * below a fraction of the dimension's scale width; for a dichotomous observation (every actor position and the
 * outcome at an end of the scale) a wider fraction applies. The defaults, 10 % and 50 %, are those of the DEU
 * validator {@code blksv/predictioneers_game:validation.nim} (10 points, 50 for dichotomous issues, on 0–100).
 * A model that rejects a case with {@link IllegalArgumentException} is "not applicable" to it; such cases are
 * left out for all models and counted per model.
 */
public final class ForecastAccuracy {

    private final double hitFraction;
    private final double dichotomousHitFraction;

    /**
     * @param hitFraction            hit threshold as a fraction of the scale width
     * @param dichotomousHitFraction hit threshold for dichotomous observations
     */
    public ForecastAccuracy(double hitFraction, double dichotomousHitFraction) {
        if (!(hitFraction > 0 && hitFraction <= 1) || !(dichotomousHitFraction > 0 && dichotomousHitFraction <= 1)) {
            throw new IllegalArgumentException("hit fractions " + hitFraction + ", " + dichotomousHitFraction
                    + " must be in (0, 1] (blksv's DEU validator uses 0.1 and 0.5)");
        }
        this.hitFraction = hitFraction;
        this.dichotomousHitFraction = dichotomousHitFraction;
    }

    /** The thresholds of {@code blksv/predictioneers_game:validation.nim}: 10 % and 50 % of the scale. */
    public ForecastAccuracy() {
        this(0.1, 0.5);
    }

    /**
     * One model's figures.
     *
     * @param model               the model's name
     * @param observations        (case, dimension) pairs scored
     * @param notApplicable       cases the model rejected
     * @param meanAbsoluteError   mean |forecast − outcome|, in scale units
     * @param medianAbsoluteError median |forecast − outcome|
     * @param hitRate             share of hits
     */
    public record Score(String model, int observations, int notApplicable, double meanAbsoluteError,
                        double medianAbsoluteError, double hitRate) {
    }

    /**
     * The evaluation.
     *
     * @param cases      cases given
     * @param scored     cases every model handled (the ones scored)
     * @param scores     one per model, in the order given
     */
    public record Report(int cases, int scored, List<Score> scores) {
    }

    /** Runs every model on every case and scores them on the cases all could handle. */
    public Report evaluate(List<ForecastCase> cases, List<? extends ForecastModel> models) {
        Objects.requireNonNull(cases, "cases");
        int m = models.size();
        double[][][] forecasts = new double[m][cases.size()][];
        int[] notApplicable = new int[m];
        boolean[] usable = new boolean[cases.size()];
        Arrays.fill(usable, true);
        for (int k = 0; k < m; k++) {
            for (int c = 0; c < cases.size(); c++) {
                try {
                    forecasts[k][c] = models.get(k).forecast(cases.get(c).problem());
                } catch (IllegalArgumentException e) {
                    notApplicable[k]++;
                    usable[c] = false;
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        int scored = 0;
        for (boolean u : usable) {
            scored += u ? 1 : 0;
        }
        for (int k = 0; k < m; k++) {
            List<Double> errors = new ArrayList<>();
            int hits = 0;
            for (int c = 0; c < cases.size(); c++) {
                if (!usable[c]) {
                    continue;
                }
                ForecastCase fc = cases.get(c);
                double[] outcome = fc.outcome();
                for (int d = 0; d < outcome.length; d++) {
                    ForecastDimension dim = fc.problem().dimensions().get(d);
                    double err = Math.abs(forecasts[k][c][d] - outcome[d]);
                    errors.add(err);
                    double fraction = dichotomous(fc, d) ? dichotomousHitFraction : hitFraction;
                    if (err < fraction * dim.width()) {
                        hits++;
                    }
                }
            }
            double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
            double mean = e.length == 0 ? Double.NaN : Arrays.stream(e).sum() / e.length;
            double median = e.length == 0 ? Double.NaN : new Median().evaluate(e);
            scores.add(new Score(models.get(k).name(), e.length, notApplicable[k], mean, median,
                    e.length == 0 ? Double.NaN : (double) hits / e.length));
        }
        return new Report(cases.size(), scored, List.copyOf(scores));
    }

    /** Every actor position and the outcome lie at an end of the scale. */
    static boolean dichotomous(ForecastCase c, int d) {
        ForecastDimension dim = c.problem().dimensions().get(d);
        double out = c.outcome()[d];
        if (out != dim.low() && out != dim.high()) {
            return false;
        }
        for (ForecastActor a : c.problem().actors()) {
            double x = a.position(d);
            if (x != dim.low() && x != dim.high()) {
                return false;
            }
        }
        return true;
    }
}
