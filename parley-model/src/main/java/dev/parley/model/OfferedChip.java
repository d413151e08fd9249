package dev.parley.model;

/**
 * An option that one actor presents to another as a concession (a "chip"), e.g. the US agreeing that Ukraine will
 * not be invited to NATO. The bargaining analysis says whether it is worth anything to the recipient.
 */
public record OfferedChip(String issue, String option, String offeredBy, String offeredTo, String source) {
}
