package dev.parley.model.domain;

import java.util.List;
import java.util.Objects;

/**
 * An issue whose options are a finite list of labels, in file order.
 *
 * @param name   issue name
 * @param values option labels, distinct, at least one
 */
public record DiscreteIssue(String name, List<String> values) implements Issue {
    public DiscreteIssue {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("discrete issue '" + name + "' has no values; give at least one");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("discrete issue '" + name + "' repeats a value: " + values);
        }
    }
}
