package dev.parley.model.domain;

import java.util.Objects;

/**
 * An issue taking any real value in {@code [lowerBound, upperBound]} (GENIUS {@code IssueReal}); it must be
 * discretised with a stated step before enumeration. A GeniusWeb number value set with a step is read as a
 * {@link DiscreteIssue} instead, because its values are finite.
 *
 * @param name       issue name
 * @param lowerBound lower end, inclusive
 * @param upperBound upper end, inclusive, {@code >= lowerBound}
 */
public record RealIssue(String name, double lowerBound, double upperBound) implements Issue {
    public RealIssue {
        Objects.requireNonNull(name, "name");
        if (!(upperBound >= lowerBound)) {
            throw new IllegalArgumentException("real issue '" + name + "': upper bound " + upperBound
                    + " is below lower bound " + lowerBound);
        }
    }
}
