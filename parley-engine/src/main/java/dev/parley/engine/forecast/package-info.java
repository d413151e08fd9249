/**
 * Multi-actor forecast models (DESIGN §4.6): {@link dev.parley.engine.forecast.KtabSpatialModel} (a port of
 * KTAB's Spatial Model of Politics that reproduces KTAB's reference log turn by turn),
 * {@link dev.parley.engine.forecast.ExpectedUtilityModel} (Bueno de Mesquita's expected-utility model as unravelled
 * by Scholz, Calbert &amp; Smith 2011, reproducing the {@code Example.log} of the jmckib/dmasad replication), and
 * the baselines {@link dev.parley.engine.forecast.CompromiseModel} and
 * {@link dev.parley.engine.forecast.WeightedMedianModel}. {@link dev.parley.engine.forecast.ForecastAccuracy}
 * scores any of them against observed outcomes.
 *
 * <p>All models implement {@link dev.parley.engine.forecast.ForecastModel} (one predicted value per dimension)
 * and offer a richer {@code run(...)} with their trace. They are deterministic and need no random numbers.
 * Typical use, with the readers of {@code dev.parley.io.forecast}:
 * <pre>{@code
 * KtabScenario s = new KtabCsvReader().read(Path.of("dummyData_3Dim.csv"));
 * KtabRun run = KtabSpatialModel.forScenario(s).run(s);          // states, steps, winning probabilities
 *
 * ForecastProblem p = new BdmCsvReader().read(Path.of("ExampleActors.csv"));
 * ExpectedUtilityModel.Run eu = new ExpectedUtilityModel().run(p, 0);  // round by round
 *
 * List<ForecastCase> deu = new DeuTsvReader().read(Path.of("deu3-dev.tsv")).cases();
 * ForecastAccuracy.Report r = new ForecastAccuracy().evaluate(deu,
 *         List.of(new CompromiseModel(), new WeightedMedianModel(), new ExpectedUtilityModel(),
 *                 new WithoutWeightlessActors(new KtabSpatialModel())));
 * }</pre>
 */
package dev.parley.engine.forecast;
