package dev.parley.model;

/**
 * The front line as a random walk on [0, 1] (share of the contested area held by {@code heldBy}): each month
 * f' = clamp(f + drift + volatility·ε), absorbing at 0 and 1 (DESIGN.md §4.3).
 */
public record Front(String heldBy, Param initial, Param driftPerMonth, Param volatility) {
}
