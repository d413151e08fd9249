package dev.parley.model;

/**
 * A pairwise interaction term: {@code value} is added to the actor's utility when issue {@code issueA} takes option
 * {@code optionA} and issue {@code issueB} takes option {@code optionB} together (synergy if positive).
 */
public record Interaction(String issueA, String optionA, String issueB, String optionB, Param value) {
}
