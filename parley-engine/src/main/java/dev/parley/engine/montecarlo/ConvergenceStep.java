package dev.parley.engine.montecarlo;

/**
 * A headline figure computed on the first {@code draws} draws, with its interval: the steps N/8, N/4, N/2, N show how
 * the interval narrows with N (DESIGN.md §4.7).
 */
public record ConvergenceStep(int draws, double estimate, double low, double high) {

    public double halfWidth() {
        return (high - low) / 2;
    }
}
