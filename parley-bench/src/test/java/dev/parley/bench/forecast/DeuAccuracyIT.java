package dev.parley.bench.forecast;

import dev.parley.engine.forecast.CompromiseModel;
import dev.parley.engine.forecast.ExpectedUtilityModel;
import dev.parley.engine.forecast.ExpectedUtilityOptions;
import dev.parley.engine.forecast.ExpectedUtilityOptions.ProbabilityDenominator;
import dev.parley.engine.forecast.ExpectedUtilityOptions.ReferencePosition;
import dev.parley.engine.forecast.ForecastAccuracy;
import dev.parley.engine.forecast.ForecastModel;
import dev.parley.engine.forecast.KtabSpatialModel;
import dev.parley.engine.forecast.WeightedMedianModel;
import dev.parley.engine.forecast.WithoutWeightlessActors;
import dev.parley.io.forecast.DeuTsvReader;
import dev.parley.model.forecast.ForecastCase;
import dev.parley.model.forecast.ForecastProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every forecast model on the DEU III development split (118 issues with an outcome), end to end: reader,
 * models, evaluator. Prints the accuracy table.
 */
class DeuAccuracyIT {

    /** A named variant of a model, so that the table can show several configurations of one model. */
    record Named(String name, ForecastModel model) implements ForecastModel {
        @Override
        public double[] forecast(ForecastProblem problem) {
            return model.forecast(problem);
        }
    }

    static List<ForecastModel> models() {
        ExpectedUtilityOptions eu = ExpectedUtilityOptions.defaults();
        ExpectedUtilityOptions pair = eu.withDenominator(ProbabilityDenominator.PAIR);
        return List.of(
                new CompromiseModel(),
                new WeightedMedianModel(),
                new Named("ktab-smp (defaults)", new WithoutWeightlessActors(new KtabSpatialModel())),
                new Named("eu all-pairs median", new ExpectedUtilityModel(eu)),
                new Named("eu all-pairs mean", new ExpectedUtilityModel(eu.withOutcome(ReferencePosition.MEAN))),
                new Named("eu pair median", new ExpectedUtilityModel(pair)),
                new Named("eu pair mean", new ExpectedUtilityModel(pair.withOutcome(ReferencePosition.MEAN))));
    }

    @Test
    void everyModelForecastsEveryDevelopmentIssue() throws IOException {
        String tsv;
        try (InputStream in = DeuAccuracyIT.class.getResourceAsStream("/deu/deu3-dev.tsv")) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DeuTsvReader.Result data = new DeuTsvReader().read(tsv, "deu3-dev.tsv");
        List<ForecastCase> cases = data.cases();
        assertThat(cases).hasSize(118);
        List<ForecastModel> models = models();
        for (ForecastModel m : models) {
            for (ForecastCase c : cases) {
                try {
                    double f = m.forecast(c.problem())[0];
                    assertThat(f).as("%s on %s", m.name(), c.id()).isBetween(-1e-9, 100 + 1e-9); // weighted means can round past the end
                } catch (IllegalArgumentException e) {
                    // only KTAB has a restricted domain: at least 3 actors with positive weight
                    assertThat(m.name()).startsWith("ktab");
                    assertThat(e).hasMessageContaining("KTAB's SMP needs 3 to 250 actors");
                }
            }
        }
        StringBuilder table = new StringBuilder();
        // all models on the issues KTAB can take, then the others on every issue
        ForecastAccuracy.Report common = new ForecastAccuracy().evaluate(cases, models);
        ForecastAccuracy.Report all = new ForecastAccuracy().evaluate(cases, models.stream()
                .filter(m -> !m.name().startsWith("ktab")).toList());
        assertThat(all.scored()).isEqualTo(118);
        assertThat(common.scored()).isBetween(100, 118);
        for (ForecastAccuracy.Report report : List.of(common, all)) {
            table.append(String.format(Locale.ROOT, "DEU III dev split: %d issues scored of %d read%n"
                    + "%-22s %5s %8s %8s %8s%n", report.scored(), report.cases(), "model", "n", "MAE", "MedAE", "hits"));
            for (ForecastAccuracy.Score s : report.scores()) {
                assertThat(s.observations()).isEqualTo(report.scored());
                table.append(String.format(Locale.ROOT, "%-22s %5d %8.2f %8.2f %7.1f%%%n", s.model(),
                        s.observations(), s.meanAbsoluteError(), s.medianAbsoluteError(), 100 * s.hitRate()));
            }
        }
        System.out.print(table);
    }
}
