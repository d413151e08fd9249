package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastProblem;

import java.util.List;
import java.util.Objects;

/**
 * Runs a model on a problem without the actors whose capability × total salience is zero. Such actors cast no
 * votes in any of the models here, but KTAB's SMP rejects them outright ({@code Model::vote} throws on a zero
 * weight); data sets such as DEU III record positions with salience 0.
 */
public final class WithoutWeightlessActors implements ForecastModel {

    private final ForecastModel delegate;

    public WithoutWeightlessActors(ForecastModel delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public double[] forecast(ForecastProblem problem) {
        List<ForecastActor> kept = problem.actors().stream()
                .filter(a -> a.capability() * a.totalSalience() > 0).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("problem '" + problem.name() + "' has no actor with positive "
                    + "capability and salience");
        }
        if (kept.size() == problem.actorCount()) {
            return delegate.forecast(problem);
        }
        return delegate.forecast(new ForecastProblem(problem.name(), problem.description(), problem.dimensions(),
                kept));
    }
}
