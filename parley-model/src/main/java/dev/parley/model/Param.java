package dev.parley.model;

/**
 * A numeric scenario parameter with the source it comes from (a quote, a citation, or "judgement: ..."), so that every
 * number in a report can be traced. {@code source} is empty when the scenario gives none.
 */
public record Param(double value, String source) {

    public Param {
        source = source == null ? "" : source;
    }

    public static Param of(double value) {
        return new Param(value, "");
    }

    public boolean hasSource() {
        return !source.isEmpty();
    }
}
