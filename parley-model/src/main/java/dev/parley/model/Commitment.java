package dev.parley.model;

/**
 * A promise attached to an option: {@code obligor} must act for the option to be implemented, and does so with
 * probability {@code credibility} (DESIGN.md §4.1; actor i further discounts it by its trust in the obligor).
 */
public record Commitment(String obligor, Param credibility) {
}
