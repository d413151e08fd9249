package dev.parley.model.domain;

import java.util.Objects;

/**
 * GENIUS real evaluator ({@code EvaluatorReal}, {@code EVALFUNCTYPE}, GENIUS 10.4).
 * <ul>
 * <li>{@code LINEAR}: clamp to [0, 1] of {@code parameter1·x + parameter0};</li>
 * <li>{@code CONSTANT}: {@code parameter0};</li>
 * <li>{@code TRIANGULAR}: 0 below {@code parameter0}, rising linearly to 1 at the top {@code parameter2},
 * falling linearly to 0 at {@code parameter1}, 0 from {@code parameter1} on (not clamped, as in GENIUS).</li>
 * </ul>
 *
 * @param function   the function type
 * @param lowerBound range lower bound from the profile
 * @param upperBound range upper bound from the profile
 * @param parameter0 {@code parameter0}
 * @param parameter1 {@code parameter1} (0 when absent)
 * @param parameter2 {@code parameter2} (0 when absent)
 */
public record RealEvaluator(Function function, double lowerBound, double upperBound,
                            double parameter0, double parameter1, double parameter2) implements IssueEvaluator {
    /** The supported GENIUS evaluation function types. */
    public enum Function { LINEAR, CONSTANT, TRIANGULAR }

    public RealEvaluator {
        Objects.requireNonNull(function, "function");
    }

    /** @return the evaluation of real value {@code x} */
    public double evaluate(double x) {
        switch (function) {
            case LINEAR: {
                double u = parameter1 * x + parameter0;
                return u < 0 ? 0 : (u > 1 ? 1 : u);
            }
            case CONSTANT:
                return parameter0;
            case TRIANGULAR: {
                double low = parameter0;
                double high = parameter1;
                double top = parameter2;
                if (x < low) {
                    return 0;
                }
                if (x < top) {
                    return (x - low) / (top - low);
                }
                if (x < high) {
                    return 1 - (x - top) / (high - top);
                }
                return 0;
            }
            default:
                throw new IllegalStateException("unknown function " + function);
        }
    }
}
