package dev.parley.model.domain;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A GENIUS non-linear profile ({@code <utility_space type="nonlinear">}, {@code NonlinearUtilitySpace},
 * GENIUS 10.4): U(ω) = min(1, root(ω) / maxUtility).
 *
 * @param name             profile name
 * @param maxUtility       the {@code maxutility} attribute (positive)
 * @param root             the {@code <utility>} element's ufun tree (a SUM node of weight 1 holding the top
 *                         {@code ufun} elements)
 * @param reservationValue reservation value as written; empty when absent
 * @param discountFactor   discount factor as written; empty when absent
 */
public record HyperRectangleProfile(String name, double maxUtility, UtilityFunctionNode root,
                                    OptionalDouble reservationValue, OptionalDouble discountFactor)
        implements Profile {
    public HyperRectangleProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(reservationValue, "reservationValue");
        Objects.requireNonNull(discountFactor, "discountFactor");
        if (!(maxUtility > 0)) {
            throw new IllegalArgumentException("profile '" + name + "': maxutility must be positive, got "
                    + maxUtility);
        }
    }

    /**
     * @param values the outcome's numeric value per issue
     * @return min(1, root(values) / maxUtility)
     */
    public double utility(double[] values) {
        return Math.min(1.0, root.utility(values) / maxUtility);
    }
}
