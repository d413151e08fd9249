package dev.parley.model;

/** What an actor does in the negotiation (DESIGN.md §3). */
public enum Role {
    /** Sits at the table: makes and accepts offers. */
    PARTY,
    /** Must accept a deal for it to be implemented (two-level game), but does not bargain. */
    RATIFIER,
    /** Influences the outcome (forecast models) without a veto. */
    STAKEHOLDER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
