package dev.parley.engine.bargain;

/**
 * Computes the Pareto frontier of a finite set of utility vectors, ties kept (DESIGN.md §4.2). Every
 * implementation returns the same {@link ParetoSet} for the same input and tolerance; they differ in speed and
 * in the number of parties they accept.
 */
public interface ParetoFrontier {
    /**
     * @param utilities {@code utilities[party][point]}: one column per party, all of equal length
     * @return the non-dominated points, grouped by distinct utility vector
     */
    ParetoSet compute(double[][] utilities);
}
