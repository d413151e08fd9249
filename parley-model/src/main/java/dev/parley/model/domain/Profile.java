package dev.parley.model.domain;

import java.util.OptionalDouble;

/**
 * One party's preferences over a {@link Domain}, as read from a GENIUS or GeniusWeb file.
 */
public sealed interface Profile permits AdditiveProfile, HyperRectangleProfile {
    /** @return the profile's name (file name or the name given in the file) */
    String name();

    /**
     * @return the reservation value as written; empty when the file has none (GENIUS then uses 0, see
     *         {@link #reservationValueOrZero()})
     */
    OptionalDouble reservationValue();

    /** @return the discount factor as written; empty when absent */
    OptionalDouble discountFactor();

    /** @return the reservation value, 0 when absent (GENIUS {@code AbstractUtilitySpace}) */
    default double reservationValueOrZero() {
        return reservationValue().orElse(0.0);
    }

    /**
     * GENIUS rule ({@code AbstractUtilitySpace}, GENIUS 10.4): a discount factor outside (0, 1], or none,
     * means no discounting.
     *
     * @return the discount factor in (0, 1] actually applied
     */
    default double effectiveDiscountFactor() {
        double d = discountFactor().orElse(1.0);
        return (d <= 0 || d > 1) ? 1.0 : d;
    }

    /**
     * GENIUS discounting: U(t) = U·d^t for normalised time t in [0, 1]; the reservation value is discounted
     * the same way (GENIUS user guide, section on discounting).
     *
     * @param utility undiscounted utility
     * @param time    normalised time in [0, 1]
     * @return the discounted utility
     */
    default double discounted(double utility, double time) {
        if (!(time >= 0 && time <= 1)) {
            throw new IllegalArgumentException("normalised time must be in [0, 1], got " + time);
        }
        return utility * Math.pow(effectiveDiscountFactor(), time);
    }
}
