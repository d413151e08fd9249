package dev.parley.engine.conflict;

/**
 * An estimated expectation with its error.
 *
 * @param value  the estimate
 * @param error  for {@link Method#SAMPLED}: the Monte Carlo standard error; for {@link Method#DISCRETISED}: the
 *               change when the grid is halved (an estimate of the discretisation error); 0 for {@link Method#EXACT}
 * @param method how it was obtained
 */
public record ValueEstimate(double value, double error, Method method) {

    /** How an expectation was computed. */
    public enum Method {
        /** Closed form, no approximation beyond floating point. */
        EXACT,
        /** Exact expectation of the front discretised on a grid. */
        DISCRETISED,
        /** Seeded sampling of paths. */
        SAMPLED
    }
}
