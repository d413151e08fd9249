package dev.parley.engine.bargain;

/**
 * An option offered as a concession ("bargaining chip"): option {@code option} of issue {@code issue},
 * offered by party {@code offerer} to party {@code recipient}.
 *
 * @param issue     issue index
 * @param option    option index
 * @param offerer   index of the offering party
 * @param recipient index of the party it is offered to
 */
public record Chip(int issue, int option, int offerer, int recipient) {
}
