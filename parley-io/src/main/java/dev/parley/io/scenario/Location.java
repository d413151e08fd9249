package dev.parley.io.scenario;

/** A 1-based line and column in a source file; {@link #UNKNOWN} when there is none. */
public record Location(int line, int column) {

    public static final Location UNKNOWN = new Location(0, 0);
}
