package dev.parley.model.domain;

/**
 * GENIUS integer evaluator ({@code EvaluatorInteger}, GENIUS 10.4): eval(v) = clamp to [0, 1] of
 * {@code slope·(v − lowerBound) + offset}.
 *
 * @param lowerBound the issue's lower bound as written in the profile
 * @param slope      evaluation change per unit
 * @param offset     evaluation at the lower bound
 */
public record LinearIntegerEvaluator(long lowerBound, double slope, double offset) implements IssueEvaluator {
    /** @return the clamped evaluation of integer value {@code v} */
    public double evaluate(long v) {
        double u = slope * (v - lowerBound) + offset;
        return u < 0 ? 0 : (u > 1 ? 1 : u);
    }
}
