package dev.parley.model.domain;

/**
 * One negotiable issue of a {@link Domain}: a finite list of labelled options, an integer range, or a real
 * interval. Records only; evaluation semantics live with the profiles and in the engine.
 */
public sealed interface Issue permits DiscreteIssue, IntegerIssue, RealIssue {
    /** @return the issue's name as written in the source file */
    String name();
}
