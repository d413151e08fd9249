package dev.parley.model.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Per-value evaluations of a discrete issue.
 *
 * <p>GENIUS rule ({@code EvaluatorDiscrete.normalize}, GENIUS 10.4): the evaluation of a value is its raw
 * {@code evaluation} divided by the largest raw evaluation of that issue in the same profile, and 0 when that
 * largest evaluation is below {@value #GENIUS_MIN_MAX}. GeniusWeb {@code discreteutils} are used as written
 * ({@code divideByMax = false}).
 *
 * @param rawEvaluations value label to evaluation as written, in file order; values not listed evaluate to 0
 * @param divideByMax    true for GENIUS semantics, false for GeniusWeb
 */
public record DiscreteEvaluator(Map<String, Double> rawEvaluations, boolean divideByMax) implements IssueEvaluator {
    /** Below this largest evaluation GENIUS returns 0 for every value ({@code EvaluatorDiscrete}, GENIUS 10.4). */
    public static final double GENIUS_MIN_MAX = 1e-5;

    public DiscreteEvaluator {
        rawEvaluations = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(rawEvaluations)));
    }

    /** @return the largest raw evaluation, or 0 when there is none */
    public double maxRawEvaluation() {
        double max = 0;
        boolean any = false;
        for (double v : rawEvaluations.values()) {
            max = any ? Math.max(max, v) : v;
            any = true;
        }
        return max;
    }

    /**
     * @param value a value label of the issue
     * @return the evaluation under this evaluator's rule (0 for an unlisted value)
     */
    public double evaluate(String value) {
        Double raw = rawEvaluations.get(value);
        if (raw == null) {
            return 0.0;
        }
        if (!divideByMax) {
            return raw;
        }
        double max = maxRawEvaluation();
        return max < GENIUS_MIN_MAX ? 0.0 : raw / max;
    }
}
