package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.model.forecast.KtabParameters;
import dev.parley.model.forecast.KtabScenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs several forecast models on one problem and keeps, per model, the forecast and each actor's position
 * trajectory, so that the forecasts can be compared and their spread reported.
 *
 * <p>Models ({@link Method}): KTAB's SMP runs to its stopping rule (at most {@value KtabSpatialModel#MAX_ITERATIONS}
 * turns) unless a round cap is given, in which case its trace is cut after that many turns and the forecast is
 * taken from the last state kept (the SMP is deterministic and each turn depends only on the ones before, so this
 * equals a run stopped there). The expected-utility model runs {@code rounds} rounds (default 10, the length of
 * Scholz's published example, {@link ExpectedUtilityOptions#defaults()}). The compromise and weighted-median
 * baselines have no rounds. A model that cannot take the problem (KTAB's SMP needs 3 to 250 actors, the
 * expected-utility model 2) is reported as not applicable with the reason instead of failing the comparison.
 */
public final class ForecastComparison {

    /** The models that can be compared, in report order. */
    public enum Method {
        /** {@link KtabSpatialModel}: the winning-probability-weighted mean of the final positions. */
        SMP("smp", "KTAB Spatial Model of Politics"),
        /** {@link ExpectedUtilityModel} with its defaults: the median voter position after the last round. */
        EU("eu", "expected-utility model (Scholz et al. 2011)"),
        /** {@link CompromiseModel}: Σ c·s·x / Σ c·s. */
        COMPROMISE("compromise", "compromise model (capability × salience weighted mean)"),
        /** {@link WeightedMedianModel}: the capability × salience weighted median. */
        MEDIAN("median", "weighted median");

        private final String id;
        private final String description;

        Method(String id, String description) {
            this.id = id;
            this.description = description;
        }

        /** @return the short name used on the command line and in results */
        public String id() {
            return id;
        }

        /** @return what the model is, for legends */
        public String description() {
            return description;
        }

        /** @return the method with this id, if any */
        public static Optional<Method> byId(String id) {
            return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
        }

        /** @return whether the model moves actors over rounds (and so has trajectories) */
        public boolean dynamic() {
            return this == SMP || this == EU;
        }
    }

    /**
     * One model's result.
     *
     * @param method        the model
     * @param notApplicable why the model could not take the problem; empty when it ran
     * @param forecast      the forecast per dimension (empty array when not applicable)
     * @param trajectories  for dynamic models, per dimension, {@code [turn][actor]} positions, turn 0 the input;
     *                      {@code NaN} for an actor the model left out; empty for the baselines
     * @param stoppedAfter  for the SMP, the number of turns its stopping rule ran (equal to the turns kept unless
     *                      capped); 0 otherwise
     * @param note          what the run decided on the reader's behalf (actors left out, a cap), may be empty
     */
    public record Outcome(Method method, Optional<String> notApplicable, double[] forecast,
                          List<double[][]> trajectories, int stoppedAfter, String note) {

        public Outcome {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(notApplicable, "notApplicable");
            forecast = forecast.clone();
            trajectories = List.copyOf(trajectories);
            note = note == null ? "" : note;
        }

        @Override
        public double[] forecast() {
            return forecast.clone();
        }

        /** @return whether the model ran */
        public boolean applicable() {
            return notApplicable.isEmpty();
        }

        /** @return rounds (EU) or turns (SMP) run on dimension {@code d}, 0 for the baselines */
        public int rounds(int d) {
            return trajectories.isEmpty() ? 0 : trajectories.get(d).length - 1;
        }

        /** @return the positions after the last round on dimension {@code d}, one per actor */
        public double[] finalPositions(int d) {
            double[][] t = trajectories.get(d);
            return t[t.length - 1].clone();
        }
    }

    /**
     * The comparison.
     *
     * @param problem  the problem as given
     * @param outcomes one per requested model, in {@link Method} order
     */
    public record Comparison(ForecastProblem problem, List<Outcome> outcomes) {

        public Comparison {
            Objects.requireNonNull(problem, "problem");
            outcomes = List.copyOf(outcomes);
        }

        /** @return the lowest forecast on dimension {@code d} over the models that ran, NaN when none did */
        public double lowest(int d) {
            return outcomes.stream().filter(Outcome::applicable).mapToDouble(o -> o.forecast[d]).min()
                    .orElse(Double.NaN);
        }

        /** @return the highest forecast on dimension {@code d} over the models that ran, NaN when none did */
        public double highest(int d) {
            return outcomes.stream().filter(Outcome::applicable).mapToDouble(o -> o.forecast[d]).max()
                    .orElse(Double.NaN);
        }

        /** @return the spread across models on dimension {@code d}: highest − lowest forecast (0 for one model) */
        public double spread(int d) {
            return highest(d) - lowest(d);
        }
    }

    private final Set<Method> methods;
    private final OptionalInt rounds;

    /**
     * @param methods the models to run
     * @param rounds  the expected-utility rounds and the cap on SMP turns; empty for the defaults (10 rounds, SMP
     *                to its stopping rule)
     */
    public ForecastComparison(Collection<Method> methods, OptionalInt rounds) {
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("no model to run (choose at least one of smp, eu, compromise, median)");
        }
        if (rounds.isPresent() && rounds.getAsInt() < 1) {
            throw new IllegalArgumentException("rounds = " + rounds.getAsInt() + " (need at least 1)");
        }
        this.methods = EnumSet.copyOf(methods);
        this.rounds = rounds;
    }

    /** Every model with default rounds. */
    public ForecastComparison() {
        this(EnumSet.allOf(Method.class), OptionalInt.empty());
    }

    /** @return the models this comparison runs, in {@link Method} order */
    public List<Method> methods() {
        return List.copyOf(methods);
    }

    /** @return the expected-utility options used: the defaults, with the round count when one was given */
    public ExpectedUtilityOptions expectedUtilityOptions() {
        ExpectedUtilityOptions o = ExpectedUtilityOptions.defaults();
        return rounds.isPresent() ? o.withRounds(rounds.getAsInt(), o.tolerance()) : o;
    }

    /** Compares the models on a problem (SMP with KTAB's default parameters and identity accommodation). */
    public Comparison compare(ForecastProblem problem) {
        return compare(KtabScenario.of(problem));
    }

    /**
     * Compares the models on a KTAB scenario: the SMP uses the scenario's parameters when it has them and its
     * accommodation matrix; the other models use the problem alone.
     */
    public Comparison compare(KtabScenario scenario) {
        ForecastProblem problem = scenario.problem();
        List<Outcome> outcomes = new ArrayList<>();
        for (Method m : methods) {
            try {
                outcomes.add(switch (m) {
                    case SMP -> smp(scenario);
                    case EU -> expectedUtility(problem);
                    case COMPROMISE -> baseline(m, new CompromiseModel(), problem);
                    case MEDIAN -> baseline(m, new WeightedMedianModel(), problem);
                });
            } catch (IllegalArgumentException e) {
                outcomes.add(new Outcome(m, Optional.of(e.getMessage()), new double[0], List.of(), 0, ""));
            }
        }
        return new Comparison(problem, outcomes);
    }

    /**
     * The plain forecast model behind a method, for accuracy evaluation. Without a round cap the SMP is
     * {@code new WithoutWeightlessActors(new KtabSpatialModel())}, exactly as {@code DeuAccuracyIT} scores it;
     * with one it is this comparison's capped run.
     */
    public ForecastModel model(Method method) {
        return switch (method) {
            case SMP -> rounds.isEmpty() ? new WithoutWeightlessActors(new KtabSpatialModel()) : new ForecastModel() {
                @Override
                public String name() {
                    return "ktab-smp";
                }

                @Override
                public double[] forecast(ForecastProblem problem) {
                    return smp(KtabScenario.of(problem)).forecast;
                }
            };
            case EU -> new ExpectedUtilityModel(expectedUtilityOptions());
            case COMPROMISE -> new CompromiseModel();
            case MEDIAN -> new WeightedMedianModel();
        };
    }

    private static Outcome baseline(Method m, ForecastModel model, ForecastProblem problem) {
        return new Outcome(m, Optional.empty(), model.forecast(problem), List.of(), 0, "");
    }

    private Outcome expectedUtility(ForecastProblem problem) {
        ExpectedUtilityModel model = new ExpectedUtilityModel(expectedUtilityOptions());
        int nd = problem.dimensionCount();
        double[] forecast = new double[nd];
        List<double[][]> trajectories = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            ExpectedUtilityModel.Run run = model.run(problem, d);
            forecast[d] = model.options().outcome() == ExpectedUtilityOptions.ReferencePosition.MEDIAN
                    ? run.finalMedian() : run.finalMean();
            double[][] t = new double[run.rounds().size() + 1][];
            t[0] = run.initialPositions();
            for (int r = 0; r < run.rounds().size(); r++) {
                t[r + 1] = run.rounds().get(r).positions();
            }
            trajectories.add(t);
        }
        return new Outcome(Method.EU, Optional.empty(), forecast, trajectories, 0, "");
    }

    /** The SMP on the actors with positive capability × salience (KTAB rejects the others), capped if asked. */
    private Outcome smp(KtabScenario scenario) {
        ForecastProblem problem = scenario.problem();
        KtabSpatialModel model = new KtabSpatialModel(scenario.parameters().orElse(KtabParameters.defaults()));
        int n = problem.actorCount();
        List<Integer> kept = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ForecastActor a = problem.actors().get(i);
            if (a.capability() * a.totalSalience() > 0) {
                kept.add(i);
            } else {
                left.add(a.name());
            }
        }
        KtabScenario run = scenario;
        if (!left.isEmpty()) {
            double[][] acc = scenario.accommodation();
            double[][] sub = new double[kept.size()][kept.size()];
            List<ForecastActor> actors = new ArrayList<>();
            for (int a = 0; a < kept.size(); a++) {
                actors.add(problem.actors().get(kept.get(a)));
                for (int b = 0; b < kept.size(); b++) {
                    sub[a][b] = acc[kept.get(a)][kept.get(b)];
                }
            }
            run = new KtabScenario(new ForecastProblem(problem.name(), problem.description(), problem.dimensions(),
                    actors), scenario.parameters(), scenario.seed(), sub);
        }
        KtabRun trace = model.run(run);
        int turns = trace.stateCount() - 1;
        int keptTurns = rounds.isPresent() ? Math.min(rounds.getAsInt(), turns) : turns;
        KtabRun.State last = trace.states().get(keptTurns);
        int nd = problem.dimensionCount();
        List<double[][]> trajectories = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            double[][] t = new double[keptTurns + 1][n];
            for (int s = 0; s <= keptTurns; s++) {
                Arrays.fill(t[s], Double.NaN);
                double[][] pos = trace.states().get(s).positions();
                for (int a = 0; a < kept.size(); a++) {
                    t[s][kept.get(a)] = pos[a][d];
                }
            }
            trajectories.add(t);
        }
        List<String> notes = new ArrayList<>();
        if (!left.isEmpty()) {
            notes.add("left out " + String.join(", ", left) + " (capability × salience 0; KTAB's SMP rejects them)");
        }
        if (keptTurns < turns) {
            notes.add(String.format(Locale.ROOT, "capped at %d turn%s (the stopping rule would run %d)", keptTurns,
                    keptTurns == 1 ? "" : "s", turns));
        }
        return new Outcome(Method.SMP, Optional.empty(), expectedOutcome(last, run.problem()), trajectories, turns,
                String.join("; ", notes));
    }

    /**
     * KTAB's outcome summary of a state, as {@link KtabSpatialModel#forecast}: the distinct positions (closer
     * than {@link KtabSpatialModel#POSITION_TOLERANCE} on the 0–1 scale are the same, first actor representing
     * them) weighted by their winning probabilities.
     */
    static double[] expectedOutcome(KtabRun.State state, ForecastProblem problem) {
        double[][] pos = state.positions();
        double[] prob = state.winningProbabilities();
        int n = pos.length;
        int nd = problem.dimensionCount();
        double[][] unit = new double[n][nd];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < nd; d++) {
                var dim = problem.dimensions().get(d);
                unit[i][d] = (pos[i][d] - dim.low()) / dim.width();
            }
        }
        double[] out = new double[nd];
        List<Integer> unique = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean seen = false;
            for (int u : unique) {
                double s = 0;
                for (int d = 0; d < nd; d++) {
                    double x = unit[u][d] - unit[i][d];
                    s += x * x;
                }
                seen |= Math.sqrt(s) < KtabSpatialModel.POSITION_TOLERANCE;
            }
            if (!seen) {
                unique.add(i);
                for (int d = 0; d < nd; d++) {
                    out[d] += prob[i] * unit[i][d];
                }
            }
        }
        for (int d = 0; d < nd; d++) {
            var dim = problem.dimensions().get(d);
            out[d] = dim.low() + out[d] * dim.width();
        }
        return out;
    }
}
