package dev.parley.engine.durability;

/** The kind of agreement that ended the fighting; the empirical baseline hazard differs (DESIGN.md §4.5). */
public enum AgreementType {
    /** A ceasefire or truce: UCDP termination outcome 2. */
    CEASEFIRE,
    /** A comprehensive peace agreement: UCDP termination outcome 1. */
    COMPREHENSIVE
}
