package dev.parley.model.domain;

/**
 * How one profile evaluates one issue: maps an issue value to an evaluation, usually in [0, 1], before the
 * issue weight is applied. Each implementation states the exact GENIUS or GeniusWeb rule it follows.
 */
public sealed interface IssueEvaluator
        permits DiscreteEvaluator, LinearIntegerEvaluator, RealEvaluator, NumberInterpolationEvaluator {
}
