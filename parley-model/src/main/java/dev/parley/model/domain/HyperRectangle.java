package dev.parley.model.domain;

import java.util.List;

/**
 * A GENIUS hyper-rectangle constraint ({@code InclusiveHyperRectangle} / {@code ExclusiveHyperRectangle},
 * GENIUS 10.4). An inclusive rectangle contributes {@code utility·weight} when every bound holds; an
 * exclusive one when at least one bound fails. So an inclusive rectangle without bounds always contributes
 * and an exclusive one never does (as in GENIUS, whose bound loops then do not run).
 *
 * @param utility   the rectangle's utility as written
 * @param weight    the rectangle's weight (1 when not written)
 * @param exclusive true for {@code EXCLUDES} bounds
 * @param bounds    the bounds
 */
public record HyperRectangle(double utility, double weight, boolean exclusive, List<Bound> bounds) {
    public HyperRectangle {
        bounds = List.copyOf(bounds);
    }

    /**
     * One inclusive bound {@code min <= value <= max} on one issue.
     *
     * @param issue zero-based issue position in the domain (the file's 1-based {@code index} minus 1)
     * @param min   smallest value inside
     * @param max   largest value inside
     */
    public record Bound(int issue, double min, double max) {
        /** @return whether {@code value} lies in {@code [min, max]} */
        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    /**
     * @param values the outcome's numeric value per issue
     * @return this rectangle's contribution to the outcome
     */
    public double contribution(double[] values) {
        boolean allHold = true;
        for (Bound b : bounds) {
            if (!b.contains(values[b.issue()])) {
                allHold = false;
                break;
            }
        }
        return (allHold != exclusive) ? utility * weight : 0.0;
    }
}
