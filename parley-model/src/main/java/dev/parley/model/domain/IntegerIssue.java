package dev.parley.model.domain;

import java.util.Objects;

/**
 * An issue taking every integer in {@code [lowerBound, upperBound]} (GENIUS {@code IssueInteger}).
 *
 * @param name       issue name
 * @param lowerBound smallest value, inclusive
 * @param upperBound largest value, inclusive, {@code >= lowerBound}
 */
public record IntegerIssue(String name, long lowerBound, long upperBound) implements Issue {
    public IntegerIssue {
        Objects.requireNonNull(name, "name");
        if (upperBound < lowerBound) {
            throw new IllegalArgumentException("integer issue '" + name + "': upper bound " + upperBound
                    + " is below lower bound " + lowerBound);
        }
    }

    /** @return the number of integers in the range */
    public long valueCount() {
        return upperBound - lowerBound + 1;
    }
}
