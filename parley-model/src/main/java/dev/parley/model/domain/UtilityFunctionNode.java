package dev.parley.model.domain;

import java.util.List;
import java.util.Objects;

/**
 * A GENIUS non-linear {@code ufun} node ({@code UtilityFunction}, GENIUS 10.4): it aggregates its rectangles'
 * contributions and its children's utilities, each child's multiplied by the child's weight, with SUM, MIN or
 * MAX. (Its own weight is applied by its parent.)
 *
 * @param weight      weight applied by the parent
 * @param aggregation how contributions combine
 * @param rectangles  the rectangles of this node
 * @param children    nested nodes
 */
public record UtilityFunctionNode(double weight, Aggregation aggregation, List<HyperRectangle> rectangles,
                                  List<UtilityFunctionNode> children) {
    /** GENIUS {@code AGGREGATIONTYPE}. */
    public enum Aggregation { SUM, MIN, MAX }

    public UtilityFunctionNode {
        Objects.requireNonNull(aggregation, "aggregation");
        rectangles = List.copyOf(rectangles);
        children = List.copyOf(children);
    }

    /**
     * GENIUS semantics, including its start values for MIN ({@code Integer.MAX_VALUE}) and MAX
     * ({@code -Integer.MAX_VALUE}) when a node is empty.
     *
     * @param values the outcome's numeric value per issue
     * @return the node's aggregated utility (before the node's own weight)
     */
    public double utility(double[] values) {
        double acc = switch (aggregation) {
            case SUM -> 0.0;
            case MIN -> Integer.MAX_VALUE;
            case MAX -> -Integer.MAX_VALUE;
        };
        for (HyperRectangle r : rectangles) {
            acc = combine(acc, r.contribution(values));
        }
        for (UtilityFunctionNode c : children) {
            acc = combine(acc, c.utility(values) * c.weight());
        }
        return acc;
    }

    private double combine(double acc, double x) {
        return switch (aggregation) {
            case SUM -> acc + x;
            case MIN -> Math.min(acc, x);
            case MAX -> Math.max(acc, x);
        };
    }
}
