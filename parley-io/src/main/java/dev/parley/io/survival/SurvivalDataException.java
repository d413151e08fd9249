package dev.parley.io.survival;

import dev.parley.io.InputFormatException;

/**
 * Bad survival input: names the file, the line (1-based) and column (1-based, 0 when the problem is the whole
 * line), what is wrong and what would be valid.
 */
public final class SurvivalDataException extends InputFormatException {
    private static final long serialVersionUID = 1L;

    public SurvivalDataException(String file, int line, int column, String problem) {
        super(file, line, column, problem, "");
    }

    /** The file (or source name) read. */
    public String file() {
        return source();
    }
}
