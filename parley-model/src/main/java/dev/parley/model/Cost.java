package dev.parley.model;

import java.util.Optional;

/**
 * An actor's cost of fighting, in utility units per month: c(t) = perMonth + growthPerMonth·t. {@code hurting} is
 * the threshold κ above which the actor counts as hurting (ripeness, DESIGN.md §4.3).
 */
public record Cost(Param perMonth, Param growthPerMonth, Optional<Param> hurting) {
}
