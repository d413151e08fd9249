package dev.parley.io.genius;

/**
 * A GENIUS or GeniusWeb file could not be read. The message names the file, the line (and column) when known,
 * what is wrong and what would be valid.
 */
public final class GeniusFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final int column;

    /**
     * @param source  file name or resource the data came from
     * @param line    1-based line, or -1 when unknown
     * @param column  1-based column, or -1 when unknown
     * @param problem what is wrong, with the offending value and what would be valid
     */
    public GeniusFormatException(String source, int line, int column, String problem) {
        super(source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** Same, keeping the underlying parser exception as the cause. */
    public GeniusFormatException(String source, int line, int column, String problem, Throwable cause) {
        this(source, line, column, problem);
        initCause(cause);
    }

    /** @return the file or resource name */
    public String source() {
        return source;
    }

    /** @return the 1-based line, or -1 */
    public int line() {
        return line;
    }

    /** @return the 1-based column, or -1 */
    public int column() {
        return column;
    }
}
