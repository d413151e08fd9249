package dev.parley.io.genius;

import dev.parley.io.InputFormatException;

/**
 * A GENIUS or GeniusWeb file could not be read. The message names the file, the line (and column) when known,
 * what is wrong and what would be valid.
 */
public final class GeniusFormatException extends InputFormatException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source  file name or resource the data came from
     * @param line    1-based line, or -1 when unknown
     * @param column  1-based column, or -1 when unknown
     * @param problem what is wrong, with the offending value and what would be valid
     */
    public GeniusFormatException(String source, int line, int column, String problem) {
        super(source, line, column, problem, "");
    }

    /** Same, keeping the underlying parser exception as the cause. */
    public GeniusFormatException(String source, int line, int column, String problem, Throwable cause) {
        this(source, line, column, problem);
        initCause(cause);
    }
}
